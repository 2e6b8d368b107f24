#!/usr/bin/env python3
"""Write gold2/forecasts.csv (one row per sentence, from the corpus via split.py) from gold2/labels.txt."""
import csv, glob, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from split import split
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
lab = {}
for line in open(os.path.join(ROOT, 'gold2', 'labels.txt'), encoding='utf-8'):
    line = line.rstrip('\n')
    if not line or line.startswith('#'): continue
    d, i, c, p, who = line.split('|')
    lab[(d + '.txt', int(i))] = (c, p, who)
rows = []
for path in sorted(glob.glob(os.path.join(ROOT, 'corpus', '*.txt'))):
    d = os.path.basename(path); t = open(path, encoding='utf-8').read()
    for i, (b, e) in enumerate(split(t)):
        c, p, who = lab.pop((d, i), ('', '', ''))
        rows.append([d, i, b, e, t[b:e], 1 if c else 0, c, p, who, '', ''])
assert not lab, ('labels for unknown sentences', lab)
with open(os.path.join(ROOT, 'gold2', 'forecasts.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['doc_id', 'sentence', 'begin', 'end', 'text', 'is_forecast', 'certainty', 'polarity', 'predictor', 'gist', 'horizon_text'])
    w.writerows(rows)
print(sum(1 for r in rows if r[5]), 'forecasts in gold2')
