Page({
  data: { drinks: [] },
  add(event) {
    const cart = wx.getStorageSync('cart') || []
    cart.push(event.currentTarget.dataset.id)
    wx.setStorageSync('cart', cart)
  },
})
