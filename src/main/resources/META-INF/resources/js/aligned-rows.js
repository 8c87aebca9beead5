// The aligned, translate, grammar and story pages render their rows a chunk at a time (issue 18). A link to a row
// that is not loaded yet (the divergence overview, a #row-N, #t-version-paragraph, #gp-version-paragraph or #p-version-paragraph
// address, the place a saved form returns to) opens the page from that row instead of going nowhere.
// htmx-boosted navigation runs this file again on each page that includes it (the story page, then the aligned
// page): the listeners are registered once, or every correction would be posted twice.
if (!window.__parallaxRows) {
window.__parallaxRows = true;
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
    if ((m = /^#p-(\d+)-(\d+)$/.exec(hash || ''))) {
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

// Corrections (Confirm, Release, Merge, Split, Unlink, Link) swap only the rows they change (issue 14): the form is
// posted with the rows the page holds, the answer carries the changed rows, the differences panel and a status
// line. The reader keeps the place on the page and every sentence view stays open. Without this script the forms
// post as usual and the page comes back at the row.
(function () {
  function numberOf(tr) {
    var m = /^(?:row|sentences|more-rows)-(\d+)$/.exec(tr.id || '');
    return m ? parseInt(m[1], 10) : -1;
  }
  function loadedRange(tbody) {
    var numbers = Array.prototype.map.call(tbody.querySelectorAll(':scope > tr[id^="row-"]'), numberOf);
    if (!numbers.length) {
      return null;
    }
    return [Math.min.apply(null, numbers), Math.max.apply(null, numbers)];
  }
  function say(node) {
    var messages = document.getElementById('messages');
    if (messages) {
      messages.replaceChildren(node);
    }
  }
  function sayText(text) {
    var p = document.createElement('p');
    p.className = 'error';
    p.setAttribute('role', 'alert');
    p.textContent = text;
    say(p);
  }
  function swapRows(tbody, changed, openCells) {
    var from = parseInt(changed.dataset.from, 10);
    var to = parseInt(changed.dataset.to, 10);
    var tail = changed.dataset.tail === 'true';
    var before = null;
    var gone = [];
    Array.prototype.slice.call(tbody.children).forEach(function (tr) {
      var n = numberOf(tr);
      if (n < 0 || before) {
        return;
      }
      if (n >= from && (tail || n <= to)) {
        if (tr.classList.contains('sentences-holder') && !tr.hidden && tr.previousElementSibling) {
          openCells.push(tr.previousElementSibling.getAttribute('data-cells'));
        }
        gone.push(tr);
      } else if (!tail && n > to) {
        before = tr;
      }
    });
    gone.forEach(function (tr) { tr.remove(); });
    var inserted = [];
    Array.prototype.slice.call(changed.children).forEach(function (tr) {
      tbody.insertBefore(tr, before);
      inserted.push(tr);
    });
    return inserted;
  }
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var table = document.querySelector('table.aligned');
    if (!form.matches || !form.matches('form[data-row-action]') || !table || !window.fetch) {
      return;
    }
    var tbody = table.tBodies[0];
    var range = loadedRange(tbody);
    if (!range) {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    var body = new URLSearchParams(new FormData(form));
    var here = new URLSearchParams(window.location.search);
    body.set('shown', range[0] + '-' + range[1]);
    if (here.get('flag')) {
      body.set('flag', here.get('flag'));
    }
    if (here.get('view')) {
      body.set('view', here.get('view'));
    }
    var anchorRow = form.closest('tr[id^="row-"]');
    var anchorNumber = anchorRow ? numberOf(anchorRow) : -1;
    var anchorTop = anchorRow ? anchorRow.getBoundingClientRect().top : 0;
    var buttons = form.querySelectorAll('button');
    buttons.forEach(function (b) { b.disabled = true; });
    fetch(form.action, { method: 'POST', body: body, credentials: 'same-origin', headers: { 'HX-Request': 'true' } })
      .then(function (response) {
        return response.text().then(function (text) { return { ok: response.ok, status: response.status, text: text }; });
      })
      .then(function (answer) {
        buttons.forEach(function (b) { b.disabled = false; });
        var doc = new DOMParser().parseFromString(answer.text, 'text/html');
        var changed = doc.getElementById('changed-rows');
        if (!answer.ok || !changed) {
          var error = doc.querySelector('p.error');
          if (error) {
            say(document.importNode(error, true));
          } else {
            sayText('The correction was not saved (status ' + answer.status + '). Reload the page and try again.');
          }
          return;
        }
        var openCells = [];
        var inserted = swapRows(tbody, changed, openCells);
        var differences = doc.getElementById('differences');
        var current = document.getElementById('differences');
        if (differences && current) {
          current.replaceWith(document.importNode(differences, true));
          window.htmx && window.htmx.process(document.getElementById('differences'));
        }
        inserted.forEach(function (tr) { window.htmx && window.htmx.process(tr); });
        openCells.forEach(function (cells) {
          var row = Array.prototype.find.call(tbody.querySelectorAll(':scope > tr[data-cells]'),
            function (tr) { return tr.getAttribute('data-cells') === cells; });
          var link = row && row.querySelector('a.sentences-link');
          if (link) {
            link.click();
          }
        });
        var message = doc.getElementById('change-message');
        if (message) {
          say(document.importNode(message, true));
        }
        var anchor = anchorNumber >= 0 ? document.getElementById('row-' + anchorNumber) : null;
        if (anchor) {
          window.scrollBy(0, anchor.getBoundingClientRect().top - anchorTop);
          var focus = anchor.querySelector('td.row-actions button, td.row-actions summary, a.sentences-link');
          if (focus) {
            focus.focus({ preventScroll: true });
          }
        }
      })
      .catch(function () {
        buttons.forEach(function (b) { b.disabled = false; });
        sayText('The server could not be reached; nothing was changed. Try again.');
      });
  }, true);
})();
}
