// Keyboard for the translation table. Everything also works without it, through links and forms.
(function () {
  'use strict';
  // htmx's boosted navigation runs this file again on every translation page; the listeners below live on
  // document and body, which survive the swap, so install them once.
  if (window.parallaxTranslate) { return; }
  window.parallaxTranslate = true;

  function editorOf(el) { return el && el.closest ? el.closest('form.editor') : null; }

  // After htmx swaps in an editor, put the cursor in its text box.
  document.body.addEventListener('htmx:afterSwap', function (e) {
    var form = e.detail.elt && e.detail.elt.matches && e.detail.elt.matches('form.editor') ? e.detail.elt
      : document.querySelector('form.editor textarea:not([data-focused])') && document.querySelector('form.editor');
    var box = form && form.querySelector('textarea');
    if (box && !box.dataset.focused) {
      box.dataset.focused = '1';
      box.focus();
      box.setSelectionRange(box.value.length, box.value.length);
    }
  });

  // After a save, open the next paragraph still in draft (or simply the next one).
  document.body.addEventListener('parallax:saved', function (e) {
    var id = e.detail && (e.detail.value || e.detail);
    var all = Array.prototype.slice.call(document.querySelectorAll('.target-para, form.editor'));
    var saved = document.getElementById(id);
    var from = all.indexOf(saved);
    var next = null;
    for (var i = from + 1; i < all.length; i++) {
      if (all[i].matches('.target-para') && all[i].dataset.status === 'draft') { next = all[i]; break; }
    }
    if (!next) {
      for (var k = from + 1; k < all.length; k++) {
        if (all[k].matches('.target-para')) { next = all[k]; break; }
      }
    }
    if (next) {
      next.focus();
      htmx.trigger(next, 'click');
    } else if (saved) {
      saved.focus();
    }
  });

  // The "?" button opens the shortcuts (no inline handler: the Content-Security-Policy forbids them).
  document.addEventListener('click', function (e) {
    var button = e.target.closest ? e.target.closest('.help-button') : null;
    var help = document.getElementById('help');
    if (button && help && !help.open) { help.showModal(); }
  });

  // Enter on a target paragraph opens its editor (hx-trigger="parallax:edit"; htmx's key filters need eval).
  // Only an Enter pressed on the paragraph itself: the Enter that followed the skip link lands its keyup here.
  var enterDownOn = null;
  document.addEventListener('keydown', function (e) { if (e.key === 'Enter') { enterDownOn = e.target; } }, true);
  document.addEventListener('keyup', function (e) {
    var para = e.key === 'Enter' && e.target === enterDownOn && e.target.matches ? e.target : null;
    if (para && para.matches('.target-para[hx-get]')) { htmx.trigger(para, 'parallax:edit'); }
  });

  document.addEventListener('keydown', function (e) {
    var form = editorOf(e.target);
    if (form && e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.requestSubmit();
      return;
    }
    if (form && e.key === 'Escape') {
      e.preventDefault();
      var cancel = form.querySelector('a.cancel');
      if (cancel) { htmx.trigger(cancel, 'click'); }
      return;
    }
    // H on a target paragraph opens its history (its link is out of the Tab order, one stop per paragraph)
    if (!form && (e.key === 'h' || e.key === 'H') && !e.ctrlKey && !e.metaKey && !e.altKey && e.target.matches
        && e.target.matches('.target-para')) {
      var history = e.target.querySelector('a.history-link');
      if (history) { e.preventDefault(); history.click(); }
      return;
    }
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName);
    if (!typing && e.key === '?') {
      var help = document.getElementById('help');
      if (help && !help.open) { e.preventDefault(); help.showModal(); }
    }
  });

  // A link in a paragraph (history, edit) goes to its own page, with its own address: the click must not also
  // reach the paragraph, whose click opens the editor in place.
  document.addEventListener('click', function (e) {
    var link = e.target.closest ? e.target.closest('.target-para a[href]') : null;
    if (link) { e.stopPropagation(); }
  }, true);

  // Cancel (the link or Esc) asks before throwing typed text away.
  document.addEventListener('click', function (e) {
    var cancel = e.target.closest ? e.target.closest('form.editor a.cancel') : null;
    var box = cancel && editorOf(cancel).querySelector('textarea');
    if (box && box.value !== box.defaultValue
        && !window.confirm('Throw away what you typed in this paragraph? Press Cancel to keep editing.')) {
      e.preventDefault();
      e.stopImmediatePropagation();
      box.focus();
    }
  }, true);

  // Tab goes from paragraph to paragraph: the edit and history links of each stay clickable but out of the Tab
  // order (Enter edits, H opens the history), and the skip link jumps over the forms to the first paragraph.
  function oneStopPerParagraph(root) {
    Array.prototype.forEach.call((root || document).querySelectorAll('.target-para[tabindex] a'), function (a) {
      a.setAttribute('tabindex', '-1');
    });
  }
  oneStopPerParagraph();
  document.body.addEventListener('htmx:afterSwap', function (e) { oneStopPerParagraph(e.detail.elt && e.detail.elt.parentNode); });
  document.body.addEventListener('htmx:load', function () { oneStopPerParagraph(); });
  document.addEventListener('click', function (e) {
    var skip = e.target.closest ? e.target.closest('a.skip-link[href="#translation"]') : null;
    var first = skip && document.querySelector('#translation .target-para[tabindex], #translation form.editor textarea');
    if (first) { e.preventDefault(); first.focus(); }
  });

  // After Esc, give the focus back to the paragraph that was being edited.
  document.body.addEventListener('htmx:afterSwap', function (e) {
    var el = e.detail.elt;
    if (el && el.matches && el.matches('.target-para') && document.activeElement === document.body) {
      el.focus();
    }
  });
})();

// the ? button opens the keyboard help (no inline handler: the pages run under a strict CSP)
document.addEventListener('click', function (e) {
  var button = e.target.closest ? e.target.closest('.help-button') : null;
  var help = document.getElementById('help');
  if (button && help && !help.open) { help.showModal(); }
});
