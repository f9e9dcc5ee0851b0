Page({
  submit(event) {
    wx.showToast({ title: '感谢反馈' })
  },
})
