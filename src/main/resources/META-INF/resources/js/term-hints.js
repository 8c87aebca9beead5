// Termbase hints of the translate page (issue 12): while a paragraph is edited, lists the termbase concepts of its
// source with the target language's preferred form and inserts hint n at the cursor with Alt+n (1 to 9); after a
// save, asks the termbase whether the saved target lacks a concept of the source or uses a forbidden form and says
// so inline, under the paragraph (the save itself is never blocked). A file of its own, apart from translate.js.
(function () {
  'use strict';
  if (window.parallaxTermHints) {
    return;
  }
  window.parallaxTermHints = true;
  var shown = [];
  var asked = null;
  var pending = null;

  function box() { return document.getElementById('term-hints'); }

  function sourceOf(el) {
    var row = el.closest('tr');
    var cell = row && row.querySelector('td');
    if (!cell || cell.classList.contains('omitted')) {
      return '';
    }
    var parts = [];
    cell.querySelectorAll('p').forEach(function (p) { parts.push(p.textContent.trim()); });
    return parts.join(' ').trim();
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text != null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  function get(url) {
    return fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.json() : r.json().then(function (e) { throw new Error(e.detail || r.status); }); });
  }

  function insert(i, textarea) {
    if (!textarea || !shown[i]) { return false; }
    var s = textarea.selectionStart, e = textarea.selectionEnd, v = textarea.value;
    var text = shown[i].preferred;
    textarea.value = v.slice(0, s) + text + v.slice(e);
    textarea.selectionStart = textarea.selectionEnd = s + text.length;
    textarea.dispatchEvent(new Event('input', {bubbles: true}));
    textarea.focus();
    return true;
  }

  function render(b, hints, textarea) {
    var list = b.querySelector('.term-hints-list');
    list.textContent = '';
    shown = hints.slice(0, 9);
    b.querySelector('.term-hints-status').textContent = hints.length ? '' : 'No termbase term in this paragraph.';
    shown.forEach(function (h, i) {
      var li = el('li', null, 'term-hint');
      var src = el('span', h.source, 'term-source');
      src.setAttribute('lang', b.dataset.source);
      src.setAttribute('dir', 'auto');
      li.appendChild(src);
      li.appendChild(document.createTextNode(' → '));
      var tgt = el('span', h.preferred, 'term-target');
      tgt.setAttribute('lang', b.dataset.target);
      tgt.setAttribute('dir', 'auto');
      li.appendChild(tgt);
      if (h.forbidden && h.forbidden.length) {
        var no = el('span', ' not: ' + h.forbidden.join(', '), 'term-forbidden');
        li.appendChild(no);
      }
      var button = el('button', 'Insert (Alt+' + (i + 1) + ')');
      button.type = 'button';
      button.addEventListener('mousedown', function (e) { e.preventDefault(); });
      button.addEventListener('click', function () { insert(i, document.querySelector('form.editor textarea')); });
      li.appendChild(button);
      list.appendChild(li);
    });
  }

  function lookUp(textarea) {
    var b = box();
    if (!b) { return; }
    var form = textarea.closest('form.editor');
    var memory = document.getElementById('memory-panel');
    var after = memory && form && form.nextElementSibling === memory ? memory : form;
    if (after && after.nextElementSibling !== b) {
      after.after(b);
    }
    var text = sourceOf(textarea);
    if (!text) { b.hidden = true; return; }
    if (asked === text && !b.hidden) { return; }
    asked = text;
    b.hidden = false;
    b.querySelector('.term-hints-status').textContent = 'Looking up…';
    get('/api/terms/hints?source=' + encodeURIComponent(b.dataset.source) + '&target=' + encodeURIComponent(b.dataset.target)
        + '&text=' + encodeURIComponent(text.substring(0, 5000)))
      .then(function (hints) { if (asked === text) { render(b, hints, textarea); } })
      .catch(function (e) { b.querySelector('.term-hints-status').textContent = 'The termbase could not be asked: ' + e.message; });
  }

  function warn(cell, warnings) {
    var old = cell.querySelector('.term-warnings');
    if (old) { old.remove(); }
    if (!warnings.length) { return; }
    var note = el('div', null, 'term-warnings');
    note.setAttribute('role', 'status');
    note.setAttribute('lang', 'en');
    note.setAttribute('dir', 'ltr');
    note.appendChild(el('strong', 'Termbase: '));
    var list = el('ul');
    warnings.forEach(function (w) {
      var li = el('li');
      var b = box();
      function term(text, lang) { var s = el('span', text, 'term'); s.setAttribute('lang', lang); s.setAttribute('dir', 'auto'); return s; }
      if (w.kind === 'forbidden') {
        li.appendChild(term(w.used, b.dataset.target));
        li.appendChild(document.createTextNode(' is a forbidden form'));
        if (w.preferred) { li.appendChild(document.createTextNode('; write ')); li.appendChild(term(w.preferred, b.dataset.target)); }
      } else {
        li.appendChild(term(w.source, b.dataset.source));
        li.appendChild(document.createTextNode(' has no counterpart in the text; the termbase says '));
        li.appendChild(term(w.preferred, b.dataset.target));
      }
      list.appendChild(li);
    });
    note.appendChild(list);
    cell.appendChild(note);
  }

  document.addEventListener('focusin', function (e) {
    if (e.target.matches && e.target.matches('form.editor textarea')) { lookUp(e.target); }
  });
  document.body.addEventListener('htmx:beforeRequest', function (e) {
    var form = e.detail && e.detail.elt;
    if (form && form.matches && form.matches('form.editor')) {
      var textarea = form.querySelector('textarea');
      pending = {cell: form.closest('td'), source: sourceOf(form), saved: textarea ? textarea.value : ''};
    }
  });
  document.body.addEventListener('htmx:afterSwap', function () {
    var b = box();
    if (pending && pending.cell && !pending.cell.querySelector('form.editor') && b) {
      var p = pending;
      pending = null;
      if (p.source && p.saved.trim()) {
        get('/api/terms/check?source=' + encodeURIComponent(b.dataset.source) + '&target=' + encodeURIComponent(b.dataset.target)
            + '&text=' + encodeURIComponent(p.source.substring(0, 5000)) + '&saved=' + encodeURIComponent(p.saved.substring(0, 5000)))
          .then(function (w) { warn(p.cell, w); })
          .catch(function () { /* the hint is a courtesy; the save went through */ });
      } else {
        warn(p.cell, []);
      }
    } else if (pending && pending.cell && pending.cell.querySelector('form.editor')) {
      pending = null; // refused (conflict or bad input): the form is back with its message
    }
    if (b && !document.querySelector('form.editor textarea')) {
      b.hidden = true;
      asked = null;
    }
  });
  document.addEventListener('keydown', function (e) {
    if (!e.altKey || e.ctrlKey || e.metaKey) { return; }
    var m = /^Digit([1-9])$/.exec(e.code || '');
    if (!m) { return; }
    var active = document.activeElement;
    if (active && active.matches && active.matches('form.editor textarea') && insert(Number(m[1]) - 1, active)) {
      e.preventDefault();
    }
  });
})();
