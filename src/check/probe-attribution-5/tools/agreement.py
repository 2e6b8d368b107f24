"""Write gold2.csv from tools/second.py and compare it with gold/forecasts.csv."""
import csv, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from second import SECOND
from splitter import split
from build import GOLD_HEADER

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
for doc, labels in SECOND.items():
    text = open(os.path.join(ROOT, "corpus", doc), encoding="ascii").read()
    for i, (b, e, s) in enumerate(split(text)):
        lab = labels.get(i)
        rows.append([doc, i, b, e, s] + ([1] + list(lab) if lab else [0, "", "", "", "", ""]))
with open(os.path.join(ROOT, "gold2.csv"), "w", encoding="ascii", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(GOLD_HEADER)
    w.writerows(rows)

g1 = {(r["doc_id"], int(r["sentence"])): r for r in csv.DictReader(open(os.path.join(ROOT, "gold/forecasts.csv")))
      if r["doc_id"] in SECOND}
g2 = {(r["doc_id"], int(r["sentence"])): r for r in csv.DictReader(open(os.path.join(ROOT, "gold2.csv")))}
assert set(g1) == set(g2)
f1 = {k for k, r in g1.items() if r["is_forecast"] == "1"}
f2 = {k for k, r in g2.items() if r["is_forecast"] == "1"}
both = sorted(f1 & f2)
tp = len(both)
p = tp / len(f2) if f2 else 0.0
r_ = tp / len(f1) if f1 else 0.0
f = 2 * p * r_ / (p + r_) if p + r_ else 0.0
agree = lambda col: sum(g1[k][col] == g2[k][col] for k in both)
hor = sum(g1[k]["horizon_text"] == g2[k]["horizon_text"] for k in both)
lines = [
    "Probe 5 double labelling",
    "articles: " + ", ".join(sorted(SECOND)),
    "sentences compared: %d" % len(g1),
    "forecasts: first labelling %d, second labelling %d, both %d" % (len(f1), len(f2), tp),
    "sentence-level is_forecast agreement: %d/%d" % (sum(g1[k]["is_forecast"] == g2[k]["is_forecast"] for k in g1), len(g1)),
    "forecast F1 (first labelling as reference): precision %.3f recall %.3f F1 %.3f" % (p, r_, f),
    "on the %d forecasts both marked:" % tp,
    "  certainty agreement: %d/%d" % (agree("certainty"), tp),
    "  polarity agreement:  %d/%d" % (agree("polarity"), tp),
    "  predictor agreement (exact string): %d/%d" % (agree("predictor"), tp),
    "  horizon_text agreement (exact string): %d/%d" % (hor, tp),
    "disagreements:",
]
for k in sorted(set(g1) | set(g2)):
    a, b = g1[k], g2[k]
    diff = [c for c in ("is_forecast", "certainty", "polarity", "predictor", "horizon_text") if a[c] != b[c]]
    if diff:
        lines.append("  %s s%d: " % k + "; ".join("%s %r vs %r" % (c, a[c], b[c]) for c in diff))
lines.append("caveat: both labellings were made by the same annotator (a second pass from the plain sentence")
lines.append("list, first labels not consulted), so these figures are an upper bound on inter-annotator agreement.")
open(os.path.join(ROOT, "agreement.txt"), "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
