// Django's date picker puts "Note: you are N hours behind server time" under every date and
// time field when the computer's clock differs from the page's zone. Here no time is in the
// server's zone: publication times are in the editor's own (editorial/editor_time.py) and
// event dates and times are the venue's, which no clock can contradict. So the note goes, and
// under a time in the editor's zone our own note, already on the page and translated, shows
// instead when this computer's clock is elsewhere. Loaded after DateTimeShortcuts.js, so this
// runs after it has drawn its notes.
'use strict';
window.addEventListener('load', function () {
  document.querySelectorAll('.timezonewarning').forEach(function (note) {
    note.remove();
  });
  var pageOffset = document.body.dataset.adminUtcOffset;
  var computerOffset = new Date().getTimezoneOffset() * -60;
  if (pageOffset && Number(pageOffset) !== computerOffset) {
    document.querySelectorAll('[data-zone-mismatch]').forEach(function (note) {
      note.hidden = false;
    });
  }
});
