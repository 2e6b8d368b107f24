#!/usr/bin/env python3
"""Agreement between gold/forecasts.csv (A) and gold2/forecasts.csv (B).

Forecast P/R/F1 of B against A by (doc_id, sentence). On shared forecasts: predictor agreement
(case-insensitive equality, or whole-word containment either way; AUTHOR matches AUTHOR only),
certainty and polarity agreement. Also Cohen's kappa on is_forecast. Lists every disagreement.
Usage: agreement.py [GOLD_A [GOLD_B]]
"""
import csv, re, sys, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
a_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'gold', 'forecasts.csv')
b_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, 'gold2', 'forecasts.csv')

def load(p):
    return {(r['doc_id'], int(r['sentence'])): r for r in csv.DictReader(open(p, encoding='utf-8'))}

def norm(s):
    return ' '.join(re.findall(r"[\w']+", s.lower()))

def pred_match(x, y):
    if x == 'AUTHOR' or y == 'AUTHOR':
        return x == y
    x, y = norm(x), norm(y)
    if not x or not y: return False
    if x == y: return True
    return (' ' + x + ' ') in (' ' + y + ' ') or (' ' + y + ' ') in (' ' + x + ' ')

A, B = load(a_path), load(b_path)
assert set(A) == set(B), 'different sentence sets'
fa = {k for k, r in A.items() if r['is_forecast'] == '1'}
fb = {k for k, r in B.items() if r['is_forecast'] == '1'}
tp = fa & fb
p = len(tp) / len(fb) if fb else 0; r = len(tp) / len(fa) if fa else 0
f1 = 2 * p * r / (p + r) if p + r else 0
n = len(A); agree = sum(1 for k in A if (k in fa) == (k in fb))
po = agree / n; pe = (len(fa) / n) * (len(fb) / n) + (1 - len(fa) / n) * (1 - len(fb) / n)
kappa = (po - pe) / (1 - pe)
pm = [k for k in sorted(tp) if pred_match(A[k]['predictor'], B[k]['predictor'])]
cm = [k for k in tp if A[k]['certainty'] == B[k]['certainty']]
plm = [k for k in tp if A[k]['polarity'] == B[k]['polarity']]
print(f"sentences {n}; forecasts A {len(fa)}, B {len(fb)}, shared {len(tp)}")
print(f"forecast P {p:.3f} R {r:.3f} F1 {f1:.3f}; kappa(is_forecast) {kappa:.3f}")
print(f"predictor agreement {len(pm)}/{len(tp)} = {len(pm)/len(tp):.3f}")
print(f"certainty agreement {len(cm)}/{len(tp)} = {len(cm)/len(tp):.3f}; polarity {len(plm)}/{len(tp)} = {len(plm)/len(tp):.3f}")
print('--- disagreements')
for k in sorted(fa - fb): print('only A', k, '|', A[k]['text'])
for k in sorted(fb - fa): print('only B', k, '|', B[k]['text'])
for k in sorted(tp):
    ra, rb = A[k], B[k]
    if not pred_match(ra['predictor'], rb['predictor']): print('predictor', k, repr(ra['predictor']), 'vs', repr(rb['predictor']))
    if ra['certainty'] != rb['certainty']: print('certainty', k, ra['certainty'], 'vs', rb['certainty'])
    if ra['polarity'] != rb['polarity']: print('polarity', k, ra['polarity'], 'vs', rb['polarity'])
