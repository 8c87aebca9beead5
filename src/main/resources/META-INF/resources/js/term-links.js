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
