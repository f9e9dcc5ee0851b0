Page({
  data: {
    trailer: '',
    // mpcheck-disable-next-line induced-sharing
    notice: '活动规则：禁止“转发后领取红包”一类的诱导文案',
  },
  onLoad() {
    this.setData({ trailer: 'https://example.com/trailer.mp4' })
  },
})
