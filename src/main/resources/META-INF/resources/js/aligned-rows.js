// The aligned page renders its rows a chunk at a time (issue 18). A link to a row that is not loaded yet
// (the divergence overview, a #row-N address) opens the page from that row instead of going nowhere.
(function () {
  function rowFromHash(hash) {
    var m = /^#row-(\d+)$/.exec(hash || '');
    return m ? parseInt(m[1], 10) : null;
  }
  function openAt(row) {
    var url = new URL(window.location.href);
    url.searchParams.set('from', String(row));
    url.hash = 'row-' + row;
    window.location.assign(url.toString());
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[href^="#row-"]');
    if (!link) {
      return;
    }
    var row = rowFromHash(link.getAttribute('href'));
    if (row !== null && !document.getElementById('row-' + row)) {
      event.preventDefault();
      openAt(row);
    }
  });
  function checkHash() {
    var row = rowFromHash(window.location.hash);
    if (row !== null && !document.getElementById('row-' + row) && document.querySelector('table.aligned')) {
      openAt(row);
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', checkHash);
  } else {
    checkHash();
  }
})();
