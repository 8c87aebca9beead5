// Select words on any page and a small "Concordance" link appears beside them (issue 16): it opens the concordance
// of the selected words across every story.
(function () {
  if (window.parallaxConcordanceSelection) {
    return;
  }
  window.parallaxConcordanceSelection = true;
  var link = null;

  function hide() {
    if (link) {
      link.remove();
      link = null;
    }
  }

  document.addEventListener('mousedown', function (e) {
    if (link && e.target !== link) {
      hide();
    }
  });
  document.addEventListener('mouseup', function (e) {
    if (e.target.closest && e.target.closest('input, textarea, select, button, .selection-concordance')) {
      return;
    }
    setTimeout(function () {
      var selection = window.getSelection();
      var text = selection ? selection.toString().replace(/\s+/g, ' ').trim() : '';
      if (!text || text.length > 200 || selection.rangeCount === 0) {
        return;
      }
      var rect = selection.getRangeAt(0).getBoundingClientRect();
      var cell = selection.anchorNode && selection.anchorNode.parentElement && selection.anchorNode.parentElement.closest('[lang]');
      var language = cell && cell !== document.documentElement ? cell.getAttribute('lang') : '';
      hide();
      link = document.createElement('a');
      link.className = 'selection-concordance';
      link.textContent = 'Concordance';
      link.href = '/concordance?q=' + encodeURIComponent(text) + (language ? '&language=' + encodeURIComponent(language) : '');
      link.style.left = (window.scrollX + rect.left) + 'px';
      link.style.top = (window.scrollY + rect.bottom + 4) + 'px';
      document.body.appendChild(link);
    }, 0);
  });
})();
