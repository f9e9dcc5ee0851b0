module.exports = [
  { title: '下列哪一处是国家级自然保护区？', answer: '卧龙' },
  { title: '世界上最高的山峰是哪一座？', answer: '珠穆朗玛峰' },
]
