// 注意：不要写“分享到3个群即可解锁”之类的文案（运营规范 5.1）
const { formatMoney } = require('../../utils/format.js')

Page({
  data: {
    bills: [],
    banners: [],
    tutorial: 'https://example.com/tutorial.mp4',
  },
  onLoad() {
    this.setData({ bills: wx.getStorageSync('bills') || [] })
  },
  onSearch(event) {
    const keyword = event.detail.value
    wx.showToast({ title: `正在搜索${keyword}`, icon: 'none' })
  },
  onShareAppMessage() {
    return { title: '我的月度账单', path: '/pages/index/index' }
  },
})
