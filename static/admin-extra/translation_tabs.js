// Accessibility fixes for modeltranslation's language tabs (jQuery UI), run after they exist.
// jQuery UI puts a focusable link inside each role="tab" item, so screen readers meet two
// controls per tab; the item itself is the tab, and its link only carried the panel's id.
// The "all languages" switch it adds has no label: give it the one the page provides.
'use strict';
function fixTranslationTabs() {
  var jq = window.django && window.django.jQuery;
  if (jq && jq.ui && jq.ui.tabs) {
    // Without its href, jQuery UI would take a tab for a remote one and try to fetch it;
    // these panels are always on the page.
    var isLocal = jq.ui.tabs.prototype._isLocal;
    jq.ui.tabs.prototype._isLocal = function (anchor) {
      return !anchor.getAttribute('href') || isLocal.call(this, anchor);
    };
  }
  document.querySelectorAll('[role="tab"] > a.ui-tabs-anchor').forEach(function (anchor) {
    anchor.removeAttribute('href');
    anchor.setAttribute('role', 'presentation');
  });
  // The rich-text editor's editable area stands in for a textarea whose label it lacks.
  document.querySelectorAll('.prose-editor').forEach(function (editor) {
    var textarea = editor.querySelector('textarea');
    var area = editor.querySelector('[contenteditable][role="textbox"]');
    var label = textarea && document.querySelector('label[for="' + textarea.id + '"]');
    if (area && label) {
      var language = textarea.name.split('_').slice(1).join('-').toUpperCase();
      area.setAttribute('aria-label', label.textContent.replace(/:\s*$/, '') + ' (' + language + ')');
    }
  });
  var labels = document.getElementById('translation-tab-labels');
  var mainSwitch = document.getElementById('modeltranslation-main-switch');
  if (labels && mainSwitch) {
    mainSwitch.setAttribute('aria-label', labels.dataset.switchLabel);
  }
}
// The tabs are built by a jQuery "ready" handler, which jQuery may run from its own window
// "load" listener: wait one turn after load so they exist.
window.addEventListener('load', function () { window.setTimeout(fixTranslationTabs, 0); });
