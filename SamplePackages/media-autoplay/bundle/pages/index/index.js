Page({ data: { film: { url: '' } } })
