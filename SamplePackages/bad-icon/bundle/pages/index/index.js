Page({ data: { km: 0 } })
