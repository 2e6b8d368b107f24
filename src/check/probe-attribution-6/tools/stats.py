"""Print count tables for probe 6."""
import csv
import os
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STYLES = ["headline", "reported", "carryover", "quote", "quote_para", "quote_subject",
          "pronoun", "alias", "office", "according_to", "nested", "description",
          "org_document", "author", "qa"]


def read(path):
    with open(os.path.join(ROOT, path), newline="", encoding="ascii") as f:
        return list(csv.DictReader(f))


def table(title, counter, order=None):
    print("\n%s" % title)
    keys = order or sorted(counter, key=lambda k: (-counter[k], k))
    w = max([len(str(k)) for k in keys] + [5])
    for k in keys:
        print("  %-*s %4d" % (w, k, counter[k]))
    print("  %-*s %4d" % (w, "total", sum(counter[k] for k in keys)))


def main():
    meta = read("corpus/metadata.csv")
    rows = read("gold/forecasts.csv")
    actors = read("gold/actors.csv")
    styles = read("styles.csv")
    kind_of = {}
    for a in actors:
        kind_of[(a["doc_id"], a["actor"])] = {"PERSON": "person", "ORGANIZATION": "organisation",
                                              "PLACE": "place"}[a["type"]]
    fc = [r for r in rows if r["is_forecast"] == "1"]
    print("articles: %d   sentences: %d   forecasts: %d   non-forecasts: %d   actors: %d"
          % (len(meta), len(rows), len(fc), len(rows) - len(fc), len(actors)))
    print("bylines: %d" % sum(1 for m in meta if m["author"]))
    table("forecasts by certainty", Counter(r["certainty"] for r in fc),
          ["certain", "probable", "possible"])
    table("forecasts by polarity", Counter(r["polarity"] for r in fc), ["positive", "negative"])

    def kind(r):
        p = r["predictor"]
        if p == "AUTHOR":
            return "AUTHOR"
        return kind_of.get((r["doc_id"], p), "description")
    table("forecasts by predictor kind", Counter(kind(r) for r in fc),
          ["person", "organisation", "description", "AUTHOR"] +
          (["place"] if any(kind(r) == "place" for r in fc) else []))
    table("forecasts by style", Counter(s["style"] for s in styles), STYLES)
    table("actors by type", Counter(a["type"] for a in actors), ["PERSON", "ORGANIZATION", "PLACE"])
    print("\nper document")
    per = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        per[r["doc_id"]][0] += 1
        per[r["doc_id"]][1] += r["is_forecast"] == "1"
    for a in actors:
        per[a["doc_id"]][2] += 1
    print("  %-40s %5s %5s %5s %6s" % ("doc_id", "sents", "fcst", "non", "actors"))
    for m in meta:
        s, f, a = per[m["file"]]
        print("  %-40s %5d %5d %5d %6d" % (m["file"], s, f, s - f, a))


if __name__ == "__main__":
    main()
