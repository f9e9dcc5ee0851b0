Page({ data: { recipe: { title: '' } } })
