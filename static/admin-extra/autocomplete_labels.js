// The admin's autocomplete (Select2) types into a search field of its own, which carries no
// label: a screen reader announces a bare text box. Each such field is named after the label
// of the list it searches, now and whenever Select2 draws it again (it does after each
// choice). Select2 has no option for this, hence the few lines here.
'use strict';
window.addEventListener('DOMContentLoaded', function () {
  function labelOf(container) {
    var list = container.previousElementSibling;
    if (!list || list.tagName !== 'SELECT') {
      return '';
    }
    var label = document.querySelector('label[for="' + list.id + '"]');
    return label ? label.textContent.replace(/:\s*$/, '').trim() : '';
  }
  function nameSearchFields() {
    document.querySelectorAll('.select2-container .select2-search__field:not([aria-label])')
      .forEach(function (field) {
        var name = labelOf(field.closest('.select2-container'));
        if (name) {
          field.setAttribute('aria-label', name);
        }
      });
  }
  nameSearchFields();
  new MutationObserver(nameSearchFields).observe(document.body, { childList: true, subtree: true });
});
