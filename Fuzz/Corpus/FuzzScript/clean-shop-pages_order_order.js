Page({
  data: { total: 0 },
  onPhone() {},
  pay() {
    wx.showModal({
      title: '确认支付',
      content: `本次将支付 ${this.data.total} 元`,
      success: (res) => {
        if (res.confirm) {
          wx.requestPayment({ timeStamp: '', nonceStr: '', package: '', signType: 'MD5', paySign: '' })
        }
      },
    })
  },
})
