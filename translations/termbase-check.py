#!/usr/bin/env python3
"""Checks translations/termbase.csv (the starter termbase) before it is committed.

Run: python3 translations/termbase-check.py [path]   (exit 1 on any error; warnings are printed only)
Checks the format the importer expects and the spelling rules the file promises: Persian with ی/ک
(never ي/ك), Arabic with ي/ك (never ی/ک), no Latin letters in Arabic or Persian terms, one preferred
term per language per concept, contiguous unique concept ids, no duplicate terms.
"""
import csv, re, sys, unicodedata
from collections import Counter, defaultdict

PATH = sys.argv[1] if len(sys.argv) > 1 else 'translations/termbase.csv'
HEADER = ['concept', 'domain', 'definition', 'language', 'term', 'status', 'part_of_speech', 'outlet', 'note']
DOMAINS = {'person': 'person-', 'place': 'place-', 'organisation': 'org-', 'title': 'title-',
           'event': 'event-', 'general': 'general-'}
LANGS = {'en', 'ar', 'fa'}
STATUSES = {'preferred', 'admitted', 'forbidden'}
POS = {'', 'noun', 'proper noun', 'verb', 'adjective'}
ZWNJ = '\u200c'
LATIN = re.compile(r'[A-Za-z\u00C0-\u024F]')
ARABIC_SCRIPT = re.compile(r'[\u0600-\u06FF]')
NON_JOINERS = set('اآأإدذرزژوؤة')  # letters that never join to the left: a ZWNJ after them does nothing

errors, warnings = [], []
def err(n, m): errors.append(f'line {n}: {m}')
def warn(n, m): warnings.append(f'line {n}: {m}')

raw = open(PATH, encoding='utf-8', newline='').read()
if raw.startswith('\ufeff'):
    err(1, 'byte-order mark')
lines = raw.split('\r\n') if '\r\n' in raw else raw.split('\n')
n_comments = 0
for l in lines:
    if l.startswith('#'):
        n_comments += 1
    else:
        break
comments = lines[:n_comments]
for key in ('Provenance', 'Licence', 'Date', 'Columns'):
    if not any(key.lower() in c.lower() for c in comments):
        err(1, f'no comment line stating {key}')
body = '\r\n'.join(lines[n_comments:]) if '\r\n' in raw else '\n'.join(lines[n_comments:])
reader = csv.reader(body.splitlines(keepends=True))
rows = list(reader)
if not rows or rows[0] != HEADER:
    err(n_comments + 1, f'header is {rows[0] if rows else None}')
seen_ids, last_id = set(), None
per_concept = defaultdict(list)
concept_domain = {}
dup = set()
pref_index = defaultdict(list)
for i, r in enumerate(rows[1:], start=n_comments + 2):
    if len(r) != 9:
        err(i, f'{len(r)} fields'); continue
    cid, dom, definition, lang, term, status, pos, outlet, note = r
    for f in r:
        if f != f.strip():
            err(i, f'leading/trailing space in {f!r}')
        if '  ' in f:
            err(i, f'double space in {f!r}')
        if unicodedata.normalize('NFC', f) != f:
            err(i, f'not NFC: {f!r}')
    if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', cid):
        err(i, f'bad concept id {cid}')
    if cid != last_id:
        if cid in seen_ids:
            err(i, f'concept {cid} not contiguous / duplicate id')
        seen_ids.add(cid)
        if not dom or not definition:
            err(i, f'first row of {cid} lacks domain or definition')
        concept_domain[cid] = (dom, definition)
        last_id = cid
    else:
        d0, def0 = concept_domain[cid]
        if dom and dom != d0: err(i, f'{cid}: domain changes')
        if definition and definition != def0: err(i, f'{cid}: definition changes')
    dom = dom or concept_domain[cid][0]
    if dom not in DOMAINS:
        err(i, f'bad domain {dom}')
    elif not cid.startswith(DOMAINS[dom]):
        warn(i, f'{cid} does not start with {DOMAINS[dom]}')
    if lang not in LANGS: err(i, f'bad language {lang}')
    if status not in STATUSES: err(i, f'bad status {status}')
    if pos not in POS: err(i, f'bad part of speech {pos}')
    if not term: err(i, 'empty term')
    if len(term) > 200: err(i, 'term over 200 characters')
    if (cid, lang, term) in dup: err(i, f'duplicate term {cid} {lang} {term}')
    dup.add((cid, lang, term))
    per_concept[cid].append((lang, status, term, i))
    if status == 'preferred':
        pref_index[(lang, term)].append(cid)
    if lang == 'en':
        if ARABIC_SCRIPT.search(term): err(i, f'Arabic script in en term {term}')
        if ZWNJ in term: err(i, 'ZWNJ in en term')
    if lang in ('ar', 'fa'):
        if LATIN.search(term): err(i, f'Latin letters in {lang} term {term}')
        if re.search(r'[\u064B-\u0652\u0670]', term): warn(i, f'diacritics in {lang} term {term}')
        if '\u0640' in term: err(i, f'tatweel in {term}')
        if not ARABIC_SCRIPT.search(term): err(i, f'no Arabic-script letter in {lang} term {term}')
    if lang == 'fa':
        if re.search('[يك]', term): err(i, f'Arabic ي/ك in Persian term {term}')
        if 'ى' in term: err(i, f'alef maqsura ى in Persian term {term}')
        if re.search('[٠-٩]', term): err(i, f'Arabic-Indic digits in Persian term {term}')
        if 'ة' in term: warn(i, f'ta marbuta in Persian term {term}')
        if re.search(r'ه ای(\s|$)', term) or re.search(r'ه ها(\s|$)', term): warn(i, f'space where ZWNJ expected: {term}')
        if re.search(r'(^|\s)(ن?می) ', term): warn(i, f'detached می: {term}')
        for m in re.finditer(ZWNJ, term):
            p = m.start()
            if p == 0 or p == len(term) - 1 or term[p - 1] == ' ' or term[p + 1] == ' ':
                err(i, f'ZWNJ at word edge in {term!r}')
            elif term[p - 1] in NON_JOINERS:
                warn(i, f'ZWNJ after non-joining letter in {term!r}')
    if lang == 'ar':
        if re.search('[یکۀ]', term): err(i, f'Persian ی/ک in Arabic term {term}')
        if re.search('[۰-۹]', term): err(i, f'Persian digits in Arabic term {term}')
        if ZWNJ in term: err(i, f'ZWNJ in Arabic term {term!r}')
        if re.search('[پچژگ]', term): warn(i, f'Persian letter in Arabic term {term}')

for cid, ts in per_concept.items():
    for lang in ('en', 'ar', 'fa'):
        n = sum(1 for l, s, _, _ in ts if l == lang and s == 'preferred')
        if n != 1:
            err(ts[0][3], f'{cid}: {n} preferred {lang} terms')
for (lang, term), cids in pref_index.items():
    if len(cids) > 1:
        warn(0, f'preferred {lang} term {term!r} in several concepts: {", ".join(cids)}')

doms = Counter(v[0] for v in concept_domain.values())
langs = Counter(l for ts in per_concept.values() for l, _, _, _ in ts)
for w in warnings: print('WARN', w)
for e in errors: print('ERROR', e)
print(f'{len(per_concept)} concepts, {len(rows) - 1} terms; by domain: {dict(sorted(doms.items()))}; by language: {dict(sorted(langs.items()))}')
print(f'{len(errors)} errors, {len(warnings)} warnings')
sys.exit(1 if errors else 0)
