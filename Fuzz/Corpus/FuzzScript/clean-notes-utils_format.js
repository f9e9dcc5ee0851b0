module.exports.formatMoney = (n) => `¥${n.toFixed(2)}`
