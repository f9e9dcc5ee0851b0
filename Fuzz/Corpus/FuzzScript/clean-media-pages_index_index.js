const audio = wx.createInnerAudioContext({ useWebAudioImplement: false })
audio.autoplay = false

Page({
  data: { covers: [], video: '', trailer: '' },
  onLoad() {
    audio.src = 'https://example.com/story.mp3'
  },
  listen() {
    audio.play()
  },
})
