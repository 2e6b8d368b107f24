"""Count tables for probe 8 (markdown)."""
import csv
import os
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read(p):
    with open(os.path.join(ROOT, p), encoding="ascii", newline="") as fh:
        return list(csv.DictReader(fh))


gold, styles, actors = read("gold/forecasts.csv"), read("styles.csv"), read("gold/actors.csv")


def ptype(p):
    return "AUTHOR" if p == "AUTHOR" else ("description" if p[:1].islower() else "named")


def table(title, head, rows):
    print("### " + title + "\n")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in rows:
        print("| " + " | ".join(str(x) for x in r) + " |")
    print()


per = defaultdict(Counter)
for r in gold:
    per[r["doc_id"]]["sent"] += 1
    per[r["doc_id"]]["fc" if r["is_forecast"] == "1" else "non"] += 1
nact = Counter(a["doc_id"] for a in actors)
rows = [(d, c["sent"], c["fc"], c["non"], nact[d]) for d, c in sorted(per.items())]
tot = [sum(r[i] for r in rows) for i in range(1, 5)]
rows.append(["**total**"] + tot)
table("Per article", ["doc_id", "sentences", "forecasts", "non-forecasts", "actors"], rows)

fc = [r for r in gold if r["is_forecast"] == "1"]
for col in ("certainty", "polarity"):
    c = Counter(r[col] for r in fc)
    table(col, [col, "n"], sorted(c.items()))
c = Counter(ptype(r["predictor"]) for r in fc)
table("predictor kind", ["kind", "n"], sorted(c.items()))
c = Counter(bool(r["horizon_text"]) for r in fc)
table("horizon_text", ["present", "n"], [("yes", c[True]), ("no", c[False])])
bys = defaultdict(Counter)
for s in styles:
    bys[s["style"]][ptype(s["predictor"])] += 1
rows = [(st, sum(v.values()), v["named"], v["description"], v["AUTHOR"]) for st, v in sorted(bys.items())]
table("style", ["style", "forecasts", "named", "description", "AUTHOR"], rows)
c = Counter(a["type"] for a in actors)
table("actor types", ["type", "n"], sorted(c.items()))
