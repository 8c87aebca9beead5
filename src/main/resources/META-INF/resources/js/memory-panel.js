// Translation memory panel of the translate page (issue 16): while a paragraph is edited, shows the memory's best
// matches for its source (score, the memory source's words that differ, where and when it was used, status) and
// inserts match n into the paragraph with Ctrl+n (1 to 3). A file of its own, apart from translate.js.
(function () {
  if (window.parallaxMemoryPanel) {
    return;
  }
  window.parallaxMemoryPanel = true;
  var shown = [];
  var asked = null;

  function panel() {
    return document.getElementById('memory-panel');
  }

  function sourceOf(textarea) {
    var row = textarea.closest('tr');
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
    if (text != null) {
      e.textContent = text;
    }
    if (cls) {
      e.className = cls;
    }
    return e;
  }

  function render(box, matches, textarea) {
    var list = box.querySelector('.memory-matches');
    var status = box.querySelector('.memory-status');
    list.textContent = '';
    shown = matches;
    status.textContent = matches.length ? '' : 'No match in the memory.';
    matches.forEach(function (m, i) {
      var li = el('li');
      li.className = 'memory-match';
      var score = el('span', Math.round(m.score * 100) + ' %', 'score' + (m.score >= 1 ? ' exact' : ''));
      li.appendChild(score);
      if (m.substitutions && m.substitutions.length) {
        li.appendChild(document.createTextNode(' (numbers substituted: ' + m.substitutions.map(function (s) {
          return s.from + ' → ' + s.to;
        }).join(', ') + ')'));
      }
      var src = el('p', null, 'memory-source');
      src.setAttribute('lang', box.dataset.source);
      src.setAttribute('dir', 'auto');
      (m.diff || []).forEach(function (op) {
        src.appendChild(op.op === 'equal' ? document.createTextNode(op.text) : el(op.op === 'delete' ? 'del' : 'ins', op.text));
      });
      li.appendChild(src);
      var tgt = el('p', m.target, 'memory-target');
      tgt.setAttribute('lang', box.dataset.target);
      tgt.setAttribute('dir', 'auto');
      li.appendChild(tgt);
      var where = m.origin.memory ? 'memory “' + m.origin.memory + '”' : (m.origin.storyTitle || 'story ' + m.origin.story)
          + ', paragraph ' + (m.origin.index + 1);
      li.appendChild(el('p', where + ' · ' + m.status + (m.updatedAt ? ' · ' + m.updatedAt.substring(0, 10) : ''), 'meta'));
      var insert = el('button', 'Insert (Ctrl+' + (i + 1) + ')');
      insert.type = 'button';
      insert.addEventListener('mousedown', function (e) { e.preventDefault(); });
      insert.addEventListener('click', function () { use(i, textarea); });
      li.appendChild(insert);
      list.appendChild(li);
    });
  }

  function use(i, textarea) {
    var box = textarea || document.querySelector('form.editor textarea');
    if (!box || !shown[i]) {
      return false;
    }
    box.value = shown[i].target;
    box.dispatchEvent(new Event('input', {bubbles: true}));
    box.focus();
    return true;
  }

  function lookUp(textarea) {
    var box = panel();
    if (!box) {
      return;
    }
    var form = textarea.closest('form.editor');
    if (form && form.nextElementSibling !== box) {
      form.after(box); // under the paragraph being edited
    }
    var text = sourceOf(textarea);
    if (!text) {
      box.hidden = true;
      return;
    }
    if (asked === text && !box.hidden) {
      return;
    }
    asked = text;
    box.hidden = false;
    box.querySelector('.memory-status').textContent = 'Looking up…';
    var url = '/api/memory/matches?source=' + encodeURIComponent(box.dataset.source) + '&target='
        + encodeURIComponent(box.dataset.target) + '&min=0.5&limit=3&text=' + encodeURIComponent(text.substring(0, 5000));
    fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.json() : r.json().then(function (e) { throw new Error(e.detail || r.status); }); })
      .then(function (json) {
        if (asked === text) {
          render(box, json.matches, textarea);
        }
      })
      .catch(function (e) { box.querySelector('.memory-status').textContent = 'The memory could not be asked: ' + e.message; });
  }

  document.addEventListener('focusin', function (e) {
    if (e.target.matches && e.target.matches('form.editor textarea')) {
      lookUp(e.target);
    }
  });
  document.body.addEventListener('htmx:afterSwap', function () {
    var box = panel();
    if (box && !document.querySelector('form.editor textarea')) {
      box.hidden = true; // the edit is over (saved or cancelled)
      asked = null;
    }
  });
  document.addEventListener('keydown', function (e) {
    if (!e.ctrlKey || e.altKey || e.metaKey || !/^[1-3]$/.test(e.key)) {
      return;
    }
    var active = document.activeElement;
    if (active && active.matches && active.matches('form.editor textarea') && use(Number(e.key) - 1, active)) {
      e.preventDefault();
    }
  });
})();
