#!/usr/bin/env python3
"""Build gold/actors.csv from src/actors.txt (doc slug|actor|type|aliases joined by ;)."""
import csv, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
for line in open(os.path.join(ROOT, 'src', 'actors.txt'), encoding='utf-8'):
    line = line.rstrip('\n')
    if not line or line.startswith('#'):
        continue
    doc, actor, typ, aliases = line.split('|')
    rows.append([doc + '.txt', actor, typ, '|'.join(aliases.split(';'))])
with open(os.path.join(ROOT, 'gold', 'actors.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['doc_id', 'actor', 'type', 'aliases'])
    w.writerows(rows)
print(len(rows), 'actors')
