Page({ draw() {} })
