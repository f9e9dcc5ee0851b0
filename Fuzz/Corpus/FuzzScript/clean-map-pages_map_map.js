Page({
  data: { lat: 39.9, lng: 116.4, parks: [], needConsent: false },
  onLoad() {
    wx.getPrivacySetting({ success: (res) => this.setData({ needConsent: res.needAuthorization }) })
  },
  onAgree() {
    this.setData({ needConsent: false })
  },
  locate() {
    wx.getLocation({ type: 'gcj02', success: (res) => this.setData({ lat: res.latitude, lng: res.longitude }) })
  },
  pick() {
    wx.chooseLocation({ success: (res) => this.setData({ target: res.name }) })
  },
})
