// The termbase on the aligned and translate pages (issue 12). Hovering or focusing a linked word (.w[data-k])
// lights up the words with the same key in the other cells of its row; a selection inside a text offers
// "Add to termbase" (editors), which opens the termbase page with the selected text and its language filled in.
(function () {
  'use strict';
  function row(el) { return el.closest('tr') || el.closest('[data-term-scope]') || document; }
  function light(el, on) {
    var k = el.getAttribute('data-k');
    if (!k) { return; }
    row(el).querySelectorAll('.w[data-k="' + k + '"]').forEach(function (w) { w.classList.toggle('lit', on); });
  }
  function over(e) { var w = e.target.closest && e.target.closest('.w[data-k]'); if (w) { light(w, true); } }
  function out(e) { var w = e.target.closest && e.target.closest('.w[data-k]'); if (w) { light(w, false); } }
  document.addEventListener('mouseover', over);
  document.addEventListener('mouseout', out);
  document.addEventListener('focusin', over);
  document.addEventListener('focusout', out);

  function offer() {
    var link = document.getElementById('add-term');
    if (!link) { return; }
    var sel = window.getSelection();
    var text = sel ? sel.toString().replace(/\s+/g, ' ').trim() : '';
    var node = sel && sel.rangeCount ? sel.getRangeAt(0).commonAncestorContainer : null;
    var host = node && (node.nodeType === 1 ? node : node.parentElement);
    var lang = host && host.closest('[lang]') ? host.closest('[lang]').getAttribute('lang') : '';
    if (!text || text.length > 300 || (host && host.closest('#add-term'))) {
      link.hidden = true;
      return;
    }
    link.href = '/terms?add=' + encodeURIComponent(text) + '&addLanguage=' + encodeURIComponent(lang);
    link.textContent = 'Add “' + (text.length > 40 ? text.slice(0, 39) + '…' : text) + '” to the termbase';
    link.hidden = false;
  }
  document.addEventListener('mouseup', function () { setTimeout(offer, 0); });
  document.addEventListener('keyup', function (e) { if (e.shiftKey || e.key === 'Shift') { offer(); } });
})();

// Content words with no counterpart in the row's other languages come as offsets on their paragraph
// (data-nf="start-end …", UTF-16 offsets into the paragraph's text, which JavaScript strings share), not as
// markup: this wraps them in a quiet underline once the paragraph is on the page, including rows htmx adds.
(function () {
  'use strict';
  var TITLE = 'Not found in the other version';
  function underline(p) {
    var ranges = (p.getAttribute('data-nf') || '').split(' ').filter(Boolean).map(function (r) {
      var x = r.split('-'); return [+x[0], +x[1]];
    });
    p.removeAttribute('data-nf');
    if (!ranges.length) { return; }
    // the paragraph's text nodes, outside the paragraph number, with their offsets into the paragraph's text
    var nodes = [];
    var walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {
      acceptNode: function (n) { return n.parentElement.closest('.pnum, .vh') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT; }
    });
    var at = 0;
    var first = true;
    for (var n = walker.nextNode(); n; n = walker.nextNode()) {
      var shift = 0;
      if (first) { shift = n.data.length - n.data.replace(/^\s+/, '').length; first = false; } // the space after ¶N
      nodes.push({ node: n, start: at - shift, end: at - shift + n.data.length });
      at += n.data.length - shift;
    }
    // last range first, so wrapping one leaves the earlier offsets of its node valid
    for (var i = ranges.length - 1; i >= 0; i--) {
      var s = ranges[i][0], e = ranges[i][1];
      for (var k = 0; k < nodes.length; k++) {
        var t = nodes[k];
        if (s >= t.start && e <= t.end && !t.node.parentElement.closest('.w, del, ins')) {
          var range = document.createRange();
          range.setStart(t.node, s - t.start);
          range.setEnd(t.node, e - t.start);
          var u = document.createElement('u');
          u.className = 'nf';
          u.title = TITLE;
          u.setAttribute('aria-description', TITLE);
          range.surroundContents(u);
          break;
        }
      }
    }
  }
  function all(root) { (root || document).querySelectorAll('p[data-nf]').forEach(underline); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', function () { all(); }); } else { all(); }
  document.addEventListener('htmx:afterSettle', function () { all(); });
})();
