"""Count tables for README.md (printed as markdown)."""
import csv, os
from collections import Counter
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rd = lambda p: list(csv.DictReader(open(os.path.join(ROOT, p), encoding="ascii")))
gold, actors, styles = rd("gold/forecasts.csv"), rd("gold/actors.csv"), rd("styles.csv")
types = {(a["doc_id"], a["actor"]): a["type"] for a in actors}
fc = [r for r in gold if r["is_forecast"] == "1"]


def kind(r):
    p = r["predictor"]
    if p == "AUTHOR":
        return "AUTHOR"
    t = types.get((r["doc_id"], p))
    return {"PERSON": "person", "ORGANIZATION": "organisation", "PLACE": "place"}.get(t, "description")


def table(title, counter, order=None):
    out = ["| %s | n |" % title, "|---|---|"]
    for k in (order or sorted(counter, key=lambda x: (-counter[x], x))):
        out.append("| %s | %d |" % (k, counter[k]))
    return "\n".join(out)


docs = sorted({r["doc_id"] for r in gold})
print("| articles | sentences (incl. titles) | forecasts | non-forecasts | actors |")
print("|---|---|---|---|---|")
print("| %d | %d | %d | %d | %d |\n" % (len(docs), len(gold), len(fc), len(gold) - len(fc), len(actors)))
print(table("certainty", Counter(r["certainty"] for r in fc), ["certain", "probable", "possible"]) + "\n")
print(table("polarity", Counter(r["polarity"] for r in fc), ["positive", "negative"]) + "\n")
print(table("predictor kind", Counter(kind(r) for r in fc)) + "\n")
print(table("style", Counter(s["style"] for s in styles)) + "\n")
print(table("actor type", Counter(a["type"] for a in actors)) + "\n")
print("| doc_id | sentences | forecasts | titles forecast | actors |")
print("|---|---|---|---|---|")
for d in docs:
    rs = [r for r in gold if r["doc_id"] == d]
    print("| %s | %d | %d | %s | %d |" % (d, len(rs), sum(r["is_forecast"] == "1" for r in rs),
          "yes" if rs[0]["is_forecast"] == "1" else "no", sum(a["doc_id"] == d for a in actors)))
