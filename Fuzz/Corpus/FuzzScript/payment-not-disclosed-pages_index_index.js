Page({
  buy() {
    wx.request({
      url: 'https://api.example.com/order',
      success: ({ data }) => {
        wx.requestPayment({ ...data.payment, success: () => wx.showToast({ title: '已解锁' }) })
      },
    })
  },
})
