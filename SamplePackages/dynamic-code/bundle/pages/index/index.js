Page({
  data: { result: '' },
  onInput(event) {
    this.setData({ result: String(eval(event.detail.value)) })
  },
})
