#!/usr/bin/env python3
"""Compare second-annotator labels (/work/probe2-b/forecasts.csv) with the first
annotator's gold (/work/probe2/gold/forecasts.csv), keyed by (doc_id, sentence).
Only the columns is_forecast, certainty, polarity, predictor (and text, for listing)
of the gold file are used."""
import csv, re, sys

GOLD = sys.argv[1] if len(sys.argv) > 1 else '/work/probe2/gold/forecasts.csv'
MINE = sys.argv[2] if len(sys.argv) > 2 else '/work/probe2-b/forecasts.csv'

def load(path):
    out = {}
    with open(path, newline='', encoding='utf-8') as f:
        for r in csv.DictReader(f):
            out[(r['doc_id'], int(r['sentence']))] = r
    return out

def norm(s):
    return re.sub(r'\s+', ' ', (s or '').strip()).lower()

def contains_word(hay, needle):
    return bool(needle) and re.search(r'(?<!\w)' + re.escape(needle) + r'(?!\w)', hay) is not None

def pred_match(a, b):
    a, b = norm(a), norm(b)
    if a == 'author' or b == 'author':
        return a == b
    return a == b or contains_word(a, b) or contains_word(b, a)

gold, mine = load(GOLD), load(MINE)
keys = sorted(set(gold) | set(mine))
missing = [k for k in keys if k not in gold or k not in mine]
isf = lambda r: r is not None and str(r.get('is_forecast', '')).strip() == '1'

tp = [k for k in keys if isf(gold.get(k)) and isf(mine.get(k))]
fn = [k for k in keys if isf(gold.get(k)) and not isf(mine.get(k))]
fp = [k for k in keys if not isf(gold.get(k)) and isf(mine.get(k))]
tn = len(keys) - len(tp) - len(fn) - len(fp)
P = len(tp) / (len(tp) + len(fp)) if tp or fp else 0.0
R = len(tp) / (len(tp) + len(fn)) if tp or fn else 0.0
F = 2 * P * R / (P + R) if P + R else 0.0
po = (len(tp) + tn) / len(keys)
pg = (len(tp) + len(fn)) / len(keys); pm = (len(tp) + len(fp)) / len(keys)
pe = pg * pm + (1 - pg) * (1 - pm)
kappa = (po - pe) / (1 - pe) if pe < 1 else 1.0

cert_d = [k for k in tp if norm(gold[k]['certainty']) != norm(mine[k]['certainty'])]
pol_d = [k for k in tp if norm(gold[k]['polarity']) != norm(mine[k]['polarity'])]
pred_d = [k for k in tp if not pred_match(gold[k]['predictor'], mine[k]['predictor'])]

def pct(n, d):
    return f'{n}/{d} = {n/d:.3f}' if d else 'n/a'

L = []
L.append(f'gold: {GOLD}\nmine: {MINE}')
L.append(f'sentences compared: {len(keys)}' + (f' (keys missing on one side: {missing})' if missing else ''))
L.append(f'gold forecasts: {len(tp)+len(fn)}   my forecasts: {len(tp)+len(fp)}   shared: {len(tp)}')
L.append(f'forecast detection (gold as reference): P = {P:.3f}  R = {R:.3f}  F1 = {F:.3f}')
L.append(f'  sentence-level raw agreement = {po:.3f}, Cohen kappa = {kappa:.3f}')
L.append(f'certainty agreement on shared forecasts: {pct(len(tp)-len(cert_d), len(tp))}')
L.append(f'polarity agreement on shared forecasts:  {pct(len(tp)-len(pol_d), len(tp))}')
L.append(f'predictor agreement on shared forecasts: {pct(len(tp)-len(pred_d), len(tp))}')
L.append('  (rule: case-insensitive equality or whole-word containment either way; AUTHOR only matches AUTHOR)')

# certainty confusion
labs = ['certain', 'probable', 'possible']
L.append('\ncertainty confusion on shared forecasts (rows gold, cols mine):')
L.append('            ' + ''.join(f'{c:>10}' for c in labs))
for g in labs:
    L.append(f'{g:>12}' + ''.join(f'{sum(1 for k in tp if norm(gold[k]["certainty"])==g and norm(mine[k]["certainty"])==m):>10}' for m in labs))

def text(k):
    return (gold.get(k) or {}).get('text', '')[:160]

def show(title, ks, fmt):
    L.append(f'\n== {title} ({len(ks)})')
    for k in ks:
        L.append(f'- {k[0]} #{k[1]}: {fmt(k)}\n    "{text(k)}"')

show('missed forecasts (gold=1, mine=0)', fn,
     lambda k: f'gold {gold[k]["certainty"]}/{gold[k]["polarity"]}/{gold[k]["predictor"]}')
show('extra forecasts (gold=0, mine=1)', fp,
     lambda k: f'mine {mine[k]["certainty"]}/{mine[k]["polarity"]}/{mine[k]["predictor"]}')
show('certainty disagreements', cert_d,
     lambda k: f'gold {gold[k]["certainty"]} vs mine {mine[k]["certainty"]}')
show('polarity disagreements', pol_d,
     lambda k: f'gold {gold[k]["polarity"]} vs mine {mine[k]["polarity"]}')
show('predictor disagreements', pred_d,
     lambda k: f'gold "{gold[k]["predictor"]}" vs mine "{mine[k]["predictor"]}"')
print('\n'.join(L))
