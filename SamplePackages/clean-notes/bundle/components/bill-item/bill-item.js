Component({
  properties: { bill: Object },
})
