#!/usr/bin/env python3
"""Validate the probe: corpus, metadata, gold/forecasts.csv, gold/actors.csv, styles.csv (and gold2 if present)."""
import csv, glob, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from split import split

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []
def err(*a):
    errors.append(' '.join(str(x) for x in a))

def read(path):
    with open(path, encoding='utf-8', newline='') as f:
        r = csv.DictReader(f)
        return r.fieldnames, list(r)

texts = {}
for p in sorted(glob.glob(os.path.join(ROOT, 'corpus', '*.txt'))):
    raw = open(p, 'rb').read()
    t = raw.decode('utf-8')
    d = os.path.basename(p)
    texts[d] = t
    if '\r' in t: err(d, 'CR line ends')
    if t.startswith('\ufeff'): err(d, 'BOM')
    lines = t.split('\n')
    if len(lines) < 3 or lines[1] != '' or not lines[0].strip(): err(d, 'title + blank line expected')
    if '\n\n\n' in t: err(d, 'more than one blank line between paragraphs')
    if re.search(r'\b(Dr|Mr|Mrs|Ms|St|Prof|Gen|Jr|Sr|Inc|Ltd|Co|vs)\.|\b[A-Z]\.[A-Z]\.', t): err(d, 'abbreviation with period')
    if '[[' in t or ']]' in t: err(d, 'annotation marker left in text')

fn, meta = read(os.path.join(ROOT, 'corpus', 'metadata.csv'))
if fn != ['file', 'date', 'title', 'author', 'source', 'license']: err('metadata header', fn)
mfiles = [m['file'] for m in meta]
if sorted(mfiles) != sorted(texts): err('metadata files differ from corpus', set(mfiles) ^ set(texts))
for m in meta:
    if not re.fullmatch(r'2026-(11-\d\d|12-0\d)', m['date']): err('bad date', m)
    if m['file'] in texts and m['title'] != texts[m['file']].split('\n', 1)[0]: err('title mismatch', m['file'])
    if m['license'] != 'CC0' or m['source'] != 'written for the Augur attribution probe 2': err('source/license', m['file'])
print('authors filled:', sum(1 for m in meta if m['author']))

def check_forecasts(path, full):
    fn, rows = read(path)
    want = ['doc_id', 'sentence', 'begin', 'end', 'text', 'is_forecast', 'certainty', 'polarity', 'predictor', 'gist', 'horizon_text']
    if full and fn != want: err(path, 'header', fn)
    bydoc = {}
    for r in rows:
        bydoc.setdefault(r['doc_id'], []).append(r)
    if sorted(bydoc) != sorted(texts): err(path, 'docs differ from corpus', set(bydoc) ^ set(texts))
    for d, rs in bydoc.items():
        t = texts.get(d)
        if t is None: continue
        spans = split(t)
        idx = [int(r['sentence']) for r in rs]
        if idx != list(range(len(rs))): err(path, d, 'indices not 0..n-1')
        if len(rs) != len(spans): err(path, d, 'sentence count', len(rs), 'splitter says', len(spans))
        for r in rs:
            b, e = int(r['begin']), int(r['end'])
            i = int(r['sentence'])
            if t[b:e] != r['text']: err(path, d, i, 'text != file[begin:end]')
            if i < len(spans) and spans[i] != (b, e): err(path, d, i, 'span differs from splitter')
            if r['is_forecast'] not in ('0', '1'): err(path, d, i, 'is_forecast')
            if r['is_forecast'] == '1':
                if r['certainty'] not in ('certain', 'probable', 'possible'): err(path, d, i, 'certainty')
                if r['polarity'] not in ('positive', 'negative'): err(path, d, i, 'polarity')
                if not r['predictor'].strip(): err(path, d, i, 'empty predictor')
                if full:
                    if not (3 <= len(r['gist'].split()) <= 12): err(path, d, i, 'gist length')
                    if r['horizon_text'] and r['horizon_text'] not in r['text']: err(path, d, i, 'horizon not in sentence')
            else:
                if any(r.get(k) for k in ('certainty', 'polarity', 'predictor', 'gist', 'horizon_text')): err(path, d, i, 'labels on non-forecast')
    return rows

rows = check_forecasts(os.path.join(ROOT, 'gold', 'forecasts.csv'), True)

fn, actors = read(os.path.join(ROOT, 'gold', 'actors.csv'))
if fn != ['doc_id', 'actor', 'type', 'aliases']: err('actors header', fn)
seen = set()
for a in actors:
    d = a['doc_id']
    if d not in texts: err('actor doc', d); continue
    if a['type'] not in ('PERSON', 'ORGANIZATION', 'PLACE'): err('actor type', a)
    if (d, a['actor']) in seen: err('duplicate actor', d, a['actor'])
    seen.add((d, a['actor']))
    for al in a['aliases'].split('|'):
        if not re.search(r'(?<!\w)' + re.escape(al) + r'(?!\w)', texts[d]): err('alias not verbatim', d, al)
for d in texts:
    if not any(a['doc_id'] == d for a in actors): err('no actors for', d)

fn, styles = read(os.path.join(ROOT, 'styles.csv'))
if fn != ['doc_id', 'sentence', 'style', 'predictor']: err('styles header', fn)
fc = {(r['doc_id'], r['sentence']): r['predictor'] for r in rows if r['is_forecast'] == '1'}
st = {(s['doc_id'], s['sentence']): s['predictor'] for s in styles}
if fc != st: err('styles.csv does not match gold forecasts', set(fc.items()) ^ set(st.items()))
for s in styles:
    if s['style'] not in list('abcdefghx'): err('style', s)

g2 = os.path.join(ROOT, 'gold2', 'forecasts.csv')
if os.path.exists(g2):
    check_forecasts(g2, False)

if errors:
    print('\n'.join(errors)); print(len(errors), 'errors'); sys.exit(1)
print('OK:', len(texts), 'docs,', len(rows), 'sentences,', len(fc), 'forecasts,', len(actors), 'actors')
