Page({
  data: { top: { amount: 0 } },
})
