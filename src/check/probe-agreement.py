"""Compare a probe's second, independent labelling (gold2.csv, from its tools/second.py) with its
gold/forecasts.csv and write agreement.txt beside them.

Usage: python3 src/check/probe-agreement.py src/check/probe-attribution-N
"""
import csv, os, re, sys

ROOT = os.path.abspath(sys.argv[1])
NUMBER = re.search(r"(\d+)$", ROOT).group(1)
g2 = {(r["doc_id"], int(r["sentence"])): r for r in csv.DictReader(open(os.path.join(ROOT, "gold2.csv")))}
docs = {d for d, _ in g2}
g1 = {(r["doc_id"], int(r["sentence"])): r for r in csv.DictReader(open(os.path.join(ROOT, "gold/forecasts.csv")))
      if r["doc_id"] in docs}
assert set(g1) == set(g2), "the two labellings split the articles differently"
for k in g1:
    assert (g1[k]["begin"], g1[k]["end"]) == (g2[k]["begin"], g2[k]["end"]), k
f1 = {k for k, r in g1.items() if r["is_forecast"] == "1"}
f2 = {k for k, r in g2.items() if r["is_forecast"] == "1"}
both = sorted(f1 & f2)
tp = len(both)
p = tp / len(f2) if f2 else 0.0
r_ = tp / len(f1) if f1 else 0.0
f = 2 * p * r_ / (p + r_) if p + r_ else 0.0
agree = lambda col: sum(g1[k][col] == g2[k][col] for k in both)
norm = lambda x: x.lower().removeprefix("the ").strip()
loose = sum(norm(g1[k]["predictor"]) == norm(g2[k]["predictor"]) or norm(g1[k]["predictor"]) in norm(g2[k]["predictor"])
            or norm(g2[k]["predictor"]) in norm(g1[k]["predictor"]) for k in both)
lines = [
    "Probe %s double labelling" % NUMBER,
    "articles: " + ", ".join(sorted(docs)) + " (%d of %d, %d of %d sentences)" % (
        len(docs), len(os.listdir(os.path.join(ROOT, "corpus"))) - 1, len(g1),
        sum(1 for _ in csv.DictReader(open(os.path.join(ROOT, "gold/forecasts.csv"))))),
    "sentences compared: %d" % len(g1),
    "forecasts: first labelling %d, second labelling %d, both %d" % (len(f1), len(f2), tp),
    "sentence-level is_forecast agreement: %d/%d" % (sum(g1[k]["is_forecast"] == g2[k]["is_forecast"] for k in g1), len(g1)),
    "forecast F1 (first labelling as reference): precision %.3f recall %.3f F1 %.3f" % (p, r_, f),
    "on the %d forecasts both marked:" % tp,
    "  certainty agreement: %d/%d" % (agree("certainty"), tp),
    "  polarity agreement:  %d/%d" % (agree("polarity"), tp),
    "  predictor agreement (exact string): %d/%d" % (agree("predictor"), tp),
    "  predictor agreement (augur eval's rule: case-insensitive, one contains the other): %d/%d" % (loose, tp),
    "  horizon_text agreement (exact string): %d/%d" % (agree("horizon_text"), tp),
    "disagreements:",
]
for k in sorted(set(g1)):
    a, b = g1[k], g2[k]
    diff = [c for c in ("is_forecast", "certainty", "polarity", "predictor", "horizon_text") if a[c] != b[c]]
    if diff:
        lines.append("  %s s%d: " % k + "; ".join("%s %r vs %r" % (c, a[c], b[c]) for c in diff))
lines.append("The second labelling was made by another helper session that saw only the three texts, the")
lines.append("guidelines and the splitting rule, not the first labels.")
open(os.path.join(ROOT, "agreement.txt"), "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
