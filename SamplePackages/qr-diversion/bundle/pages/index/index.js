Page({
  data: {
    breads: [
      { name: '全麦吐司', price: 16 },
      { name: '可颂', price: 9 },
      { name: '芝士蛋糕', price: 28 }
    ]
  }
})
