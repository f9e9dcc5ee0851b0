Page({
  data: { lat: 0, lng: 0 },
  locate() {
    wx.getLocation({
      type: 'gcj02',
      success: (res) => this.setData({ lat: res.latitude, lng: res.longitude }),
    })
  },
})
