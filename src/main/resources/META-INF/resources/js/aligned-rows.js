// The aligned, translate and grammar pages render their rows a chunk at a time (issue 18). A link to a row
// that is not loaded yet (the divergence overview, a #row-N, #t-version-paragraph or #gp-version-paragraph
// address, the place a saved form returns to) opens the page from that row instead of going nowhere.
(function () {
  // what to ask the server for each kind of anchor
  function placeOf(hash) {
    var m;
    if ((m = /^#row-(\d+)$/.exec(hash || ''))) {
      return { from: m[1] };
    }
    if ((m = /^#t-(\d+)-(\d+)$/.exec(hash || ''))) {
      return { paragraph: m[2] };
    }
    if ((m = /^#gp-(\d+)-(\d+)$/.exec(hash || ''))) {
      return { version: m[1], from: m[2] };
    }
    return null;
  }
  function lazyPage() {
    return document.querySelector('table.aligned, [data-lazy-rows]');
  }
  function openAt(hash, place) {
    var url = new URL(window.location.href);
    var already = Object.keys(place).every(function (k) { return url.searchParams.get(k) === place[k]; });
    if (already) {
      return; // the server could not show that row (filtered out, gone): stay, never reload in a loop
    }
    ['from', 'paragraph', 'version'].forEach(function (k) { url.searchParams.delete(k); });
    Object.keys(place).forEach(function (k) { url.searchParams.set(k, place[k]); });
    url.hash = hash.substring(1);
    window.location.assign(url.toString());
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[href^="#"]');
    if (!link || !lazyPage()) {
      return;
    }
    var hash = link.getAttribute('href');
    var place = placeOf(hash);
    if (place !== null && !document.getElementById(hash.substring(1))) {
      event.preventDefault();
      openAt(hash, place);
    }
  });
  function checkHash() {
    var hash = window.location.hash;
    var place = placeOf(hash);
    if (place !== null && !document.getElementById(hash.substring(1)) && lazyPage()) {
      openAt(hash, place);
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', checkHash);
  } else {
    checkHash();
  }
})();
