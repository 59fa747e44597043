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

// One language switch for the whole form: modeltranslation gives every translated field a
// row of language tabs of its own (eight on an event's form, a screen's height on a phone),
// and its own main switch starts on English whatever the tabs show. Here one bar of buttons
// at the top switches every field at once; the per-field rows are hidden. The form opens on
// the item's original language, or on the first language with an error after a failed save.
function oneLanguageSwitch() {
  var bar = document.getElementById('language-switch');
  var mainSwitch = document.getElementById('modeltranslation-main-switch');
  var jq = window.django && window.django.jQuery;
  if (!bar || !mainSwitch || !jq) {
    return;
  }
  var codes = Array.prototype.map.call(mainSwitch.options, function (option) {
    return option.textContent.trim().toLowerCase();
  });
  var buttons = Array.prototype.slice.call(bar.querySelectorAll('button[data-language]'))
    .filter(function (button) { return codes.indexOf(button.dataset.language) >= 0; });
  var original = document.getElementById('id_original_language');

  function show(code) {
    var index = codes.indexOf(code);
    if (index < 0) {
      return;
    }
    mainSwitch.value = String(index);
    jq(mainSwitch).trigger('change');
    buttons.forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.dataset.language === code));
    });
  }
  function markOriginal() {
    buttons.forEach(function (button) {
      var mark = button.querySelector('.original-mark');
      var isOriginal = original && button.dataset.language === original.value;
      if (isOriginal && !mark) {
        mark = document.createElement('span');
        mark.className = 'original-mark';
        mark.textContent = ' (' + bar.dataset.originalLabel + ')';
        button.appendChild(mark);
      } else if (!isOriginal && mark) {
        mark.remove();
      }
    });
  }

  var withErrors = [];
  document.querySelectorAll('.ui-tabs-nav li.ui-tab-has-errors > a, .ui-tabs-nav li.ui-tab-has-errors')
    .forEach(function (tab) {
      var code = tab.textContent.trim().toLowerCase();
      if (code && withErrors.indexOf(code) < 0) {
        withErrors.push(code);
      }
    });
  buttons.forEach(function (button) {
    button.addEventListener('click', function () { show(button.dataset.language); });
    if (withErrors.indexOf(button.dataset.language) >= 0) {
      button.classList.add('has-errors');
      button.setAttribute('aria-label', button.textContent + ', ' + bar.dataset.errorsLabel);
    }
  });
  if (original) {
    original.addEventListener('change', function () {
      markOriginal();
      show(original.value);  // "I am writing in Spanish": the Spanish fields, at once
    });
  }
  markOriginal();
  document.body.classList.add('one-language-switch');
  bar.hidden = false;
  show(withErrors[0] || (original && original.value) || codes[0]);
}
window.addEventListener('load', function () { window.setTimeout(oneLanguageSwitch, 0); });
