// Let the browser check a content form before it is sent (required fields, dates, times and
// addresses, from the attributes the admin gives them). Django's admin turns the browser's
// checks off on every form; on a slow phone connection, learning of a missing date from the
// server costs a round trip and the photo's upload again. A field the browser stops at may
// sit in another language's fields or a folded section: those are opened first, so the
// browser can show its message there.
'use strict';
window.addEventListener('DOMContentLoaded', function () {
  var form = document.querySelector('#content-main form[novalidate][id$="_form"]');
  if (!form) {
    return;
  }
  form.noValidate = false;
  // An item needs its title in its original language: that one title is required.
  var original = document.getElementById('id_original_language');
  function requireTheOriginalTitle() {
    var wanted = 'id_title_' + original.value.replace('-', '_');
    form.querySelectorAll('input[id^="id_title_"]').forEach(function (title) {
      title.required = title.id === wanted;
    });
  }
  if (original) {
    original.addEventListener('change', requireTheOriginalTitle);
    requireTheOriginalTitle();
  }
  form.addEventListener('invalid', function (event) {
    var field = event.target;
    var folded = field.closest('details');
    if (folded) {
      folded.open = true;
    }
    var panel = field.closest('.ui-tabs-panel');
    var match = field.id && field.id.match(/_(en|es|fr|pt_br)$/);
    if (panel && match) {
      var button = document.querySelector(
        '#language-switch button[data-language="' + match[1].replace('_', '-') + '"]');
      if (button) {
        button.click();
      }
    }
  }, true);
});
