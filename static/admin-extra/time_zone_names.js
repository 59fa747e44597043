// Suggestions for time-zone inputs: the names are fetched once (the browser keeps them for
// a day) into one <datalist> that every such input on the page points to.
'use strict';
window.addEventListener('DOMContentLoaded', function () {
  var inputs = document.querySelectorAll('input[list="time-zone-names"][data-names-url]');
  if (!inputs.length || document.getElementById('time-zone-names')) {
    return;
  }
  var list = document.createElement('datalist');
  list.id = 'time-zone-names';
  document.body.appendChild(list);
  fetch(inputs[0].dataset.namesUrl, {credentials: 'same-origin'})
    .then(function (response) { return response.ok ? response.json() : []; })
    .then(function (names) {
      names.forEach(function (name) {
        var option = document.createElement('option');
        option.value = name;
        list.appendChild(option);
      });
    })
    .catch(function () { /* typing a name still works */ });
});
