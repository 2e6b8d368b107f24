"""Count tables for probe 7 (markdown)."""
import csv, os
from collections import Counter, defaultdict
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read(path):
    with open(os.path.join(ROOT, path), encoding="ascii", newline="") as fh:
        return list(csv.DictReader(fh))


fc, ac, st = read("gold/forecasts.csv"), read("gold/actors.csv"), read("styles.csv")
atype = {(r["doc_id"], r["actor"]): r["type"] for r in ac}


def kind(d, p):
    if p == "AUTHOR":
        return "AUTHOR"
    return atype.get((d, p), "description")


def table(title, header, rows):
    print(f"**{title}**\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for r in rows:
        print("| " + " | ".join(str(x) for x in r) + " |")
    print()


per = defaultdict(Counter)
for r in fc:
    per[r["doc_id"]]["sentences"] += 1
    per[r["doc_id"]]["forecasts" if r["is_forecast"] == "1" else "non-forecasts"] += 1
for r in ac:
    per[r["doc_id"]]["actors"] += 1
rows = [[d, c["sentences"], c["forecasts"], c["non-forecasts"], c["actors"]] for d, c in sorted(per.items())]
tot = [sum(r[i] for r in rows) for i in range(1, 5)]
table("Per article", ["doc_id", "sentences", "forecasts", "non-forecasts", "actors"], rows + [["total"] + tot])

F = [r for r in fc if r["is_forecast"] == "1"]
sc = Counter(r["style"] for r in st)
sk = defaultdict(Counter)
for r in st:
    sk[r["style"]][kind(r["doc_id"], r["predictor"])] += 1
order = ["headline", "reported", "carryover", "quote", "quote_para", "quote_subject", "pronoun", "alias", "office",
         "according_to", "nested", "description", "org_document", "author", "qa"]
kinds = ["PERSON", "ORGANIZATION", "description", "AUTHOR"]
table("Forecasts per attribution style (by predictor kind)", ["style", "n"] + kinds,
      [[s, sc[s]] + [sk[s][k] for k in kinds] for s in order] + [["total", len(st)] + [sum(sk[s][k] for s in order) for k in kinds]])
table("Certainty", ["certainty", "n"], sorted(Counter(r["certainty"] for r in F).items()))
table("Polarity", ["polarity", "n"], sorted(Counter(r["polarity"] for r in F).items()))
table("Predictor kind", ["kind", "n"], sorted(Counter(kind(r["doc_id"], r["predictor"]) for r in F).items()))
table("Horizon", ["horizon_text", "n"], [["non-empty", sum(1 for r in F if r["horizon_text"])],
                                          ["empty", sum(1 for r in F if not r["horizon_text"])]])
table("Actors by type", ["type", "n"], sorted(Counter(r["type"] for r in ac).items()))
titles = [r for r in fc if r["sentence"] == "0"]
print(f"Titles: {len(titles)}, of which forecasts: {sum(r['is_forecast'] == '1' for r in titles)} "
      f"(AUTHOR: {sum(r['predictor'] == 'AUTHOR' for r in titles)})")
