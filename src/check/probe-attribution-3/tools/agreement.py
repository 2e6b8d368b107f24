#!/usr/bin/env python3
"""Write gold2.csv from tools/gold2_labels.py and compare it with gold/forecasts.csv -> agreement.txt."""
import csv, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from build import split
from gold2_labels import L
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
for d, lab in L.items():
    t = open(f"{ROOT}/corpus/{d}", encoding="utf-8").read()
    for i, _ in enumerate(split(t)):
        c, p, w = lab.get(i, ("", "", ""))
        rows.append([d, i, 1 if i in lab else 0, c, p, w])
with open(f"{ROOT}/gold2.csv", "w", newline="", encoding="utf-8") as f:
    c = csv.writer(f, lineterminator="\n")
    c.writerow(["doc_id", "sentence", "is_forecast", "certainty", "polarity", "predictor"])
    c.writerows(rows)
g = {(r["doc_id"], int(r["sentence"])): r for r in csv.DictReader(open(f"{ROOT}/gold/forecasts.csv", encoding="utf-8"))
     if r["doc_id"] in L}
g2 = {(r[0], r[1]): r for r in rows}
A = {k for k, r in g.items() if r["is_forecast"] == "1"}
B = {k for k, r in g2.items() if r[2] == 1}
tp = len(A & B); p = tp / len(B); r = tp / len(A); f1 = 2 * p * r / (p + r)
shared = sorted(A & B)
same = lambda k, col, j: g[k][col].lower() == str(g2[k][j]).lower()
out = [f"Second labelling: {', '.join(L)} ({len(g)} sentences).",
       f"Gold forecasts {len(A)}, second-pass forecasts {len(B)}, shared {tp}.",
       f"Forecast F1 by sentence (gold as reference): P={p:.3f} R={r:.3f} F1={f1:.3f}",
       f"Sentence-level is_forecast agreement: {sum((k in A) == (k in B) for k in g)}/{len(g)}",
       f"Predictor agreement on shared forecasts: {sum(same(k,'predictor',5) for k in shared)}/{tp}",
       f"Certainty agreement on shared forecasts: {sum(same(k,'certainty',3) for k in shared)}/{tp}",
       f"Polarity agreement on shared forecasts: {sum(same(k,'polarity',4) for k in shared)}/{tp}",
       "Disagreements:"]
for k in sorted(g):
    a, b = g[k], g2[k]
    if (k in A) != (k in B) or (k in A and any(not same(k, c, j) for c, j in (("predictor", 5), ("certainty", 3), ("polarity", 4)))):
        out.append(f"  {k[0]} #{k[1]}: gold={a['is_forecast']},{a['certainty']},{a['polarity']},{a['predictor']} "
                   f"second={b[2]},{b[3]},{b[4]},{b[5]} | {a['text']}")
open(f"{ROOT}/agreement.txt", "w").write("\n".join(out) + "\n")
print("\n".join(out))
