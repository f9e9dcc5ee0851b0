const questions = require('./questions.js')

Page({
  data: { options: [], index: 0 },
  answer(event) {
    const correct = questions[this.data.index].answer === event.detail.value
    wx.showToast({ title: correct ? '回答正确' : '再想想', icon: 'none' })
  },
  onShareAppMessage() {
    return { title: '这道地理题你会吗？', path: '/pages/quiz/quiz' }
  },
})
