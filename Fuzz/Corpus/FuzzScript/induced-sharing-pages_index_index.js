Page({
  data: { unlocked: false, question: { title: '' } },
  onShareAppMessage() {
    wx.showToast({ title: '转发后领取10元红包', icon: 'none' })
    return { title: '来挑战今天的题目' }
  },
})
