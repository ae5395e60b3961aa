/* Voices: small enhancements. Every page works fully without this file
   (Tor Browser "safest" included); nothing here sends anything anywhere. */
(function () {
  'use strict';

  // Quick exit: blank the page, then replace it in history with the neutral site,
  // so the back button does not return here.
  var exit = document.getElementById('quick-exit');
  function leave(event) {
    if (event) { event.preventDefault(); }
    var target = exit.href;
    document.title = '';
    document.body.innerHTML = '';
    window.location.replace(target);
  }
  if (exit) {
    exit.addEventListener('click', leave);
    // Shift pressed three times on its own within a short time. Any other key in
    // between starts again, so typing capital letters never triggers it.
    var presses = 0;
    var last = 0;
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Shift') { presses = 0; return; }
      if (event.repeat) { return; }
      var now = Date.now();
      presses = (now - last < 1000) ? presses + 1 : 1;
      last = now;
      if (presses >= 3) { leave(); }
    });
  }

  // A live count of characters left under the text box.
  var text = document.getElementById('text');
  if (text && text.maxLength > 0 && !text.readOnly) {
    var label = text.getAttribute('data-counter') || '';
    var counter = document.createElement('p');
    counter.className = 'hint counter';
    text.parentNode.insertBefore(counter, text.nextSibling);
    var update = function () {
      counter.textContent = label + ' ' + Math.max(0, text.maxLength - text.value.length);
    };
    text.addEventListener('input', update);
    update();
  }

  // The quotes question shows only while "publish" is chosen (without this
  // script it is always shown, and its hint says when it applies). It stays
  // shown when it carries an error.
  var reveal = document.querySelectorAll('.conditional[data-shown-with]');
  for (var r = 0; r < reveal.length; r++) {
    (function (box) {
      var trigger = document.getElementById(box.getAttribute('data-shown-with'));
      if (!trigger || !trigger.form) { return; }
      var sync = function () {
        box.hidden = !trigger.checked && !box.querySelector('.has-error');
      };
      var group = trigger.form.querySelectorAll('input[name="' + trigger.name + '"]');
      for (var g = 0; g < group.length; g++) { group[g].addEventListener('change', sync); }
      sync();
    }(reveal[r]));
  }

  // An error summary takes focus, so the person (and a screen reader) starts
  // at what went wrong.
  var summary = document.getElementById('error-summary');
  if (summary) { summary.focus(); }

  // Print buttons are hidden until this script can make them work.
  var buttons = document.querySelectorAll('.print-button');
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].hidden = false;
    buttons[i].addEventListener('click', function () { window.print(); });
  }
}());

/* Staff set-up: say how strong a new passphrase looks, by length (the same rule
   the server applies). */
(function () {
  'use strict';
  var hint = document.getElementById('passphrase-strength');
  var input = document.getElementById('passphrase');
  if (!hint || !input) { return; }
  var min = parseInt(hint.getAttribute('data-min'), 10);
  var strong = parseInt(hint.getAttribute('data-strong'), 10);
  input.addEventListener('input', function () {
    var length = Array.from(input.value).length;
    var key = length >= strong ? 'data-strong-text' : (length >= min ? 'data-acceptable' : 'data-too-short');
    hint.textContent = hint.getAttribute(key);
    hint.hidden = input.value.length === 0;
  });
}());

/* Staff messages: choosing a template puts its words in the message box, in the
   survivor's language, for the moderator to change. Without this script the
   server puts the template before the moderator's own words. */
(function () {
  'use strict';
  var select = document.getElementById('template');
  var box = document.getElementById('message');
  if (!select || !box) { return; }
  select.addEventListener('change', function () {
    var option = select.options[select.selectedIndex];
    var text = option ? option.getAttribute('data-text') : '';
    if (text && box.value.trim() === '') {
      box.value = text;
      // Sent as the message itself now, not added again by the server.
      select.value = '';
      box.focus();
    }
  });
}());
