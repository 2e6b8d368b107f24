#!/usr/bin/env python3
"""Print markdown count tables for README.md from the built files."""
import csv
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def read(path):
    with open(os.path.join(ROOT, path), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def main():
    fc = read("gold/forecasts.csv")
    actors = read("gold/actors.csv")
    styles = read("styles.csv")
    types = {(a["doc_id"], a["actor"]): a["type"] for a in actors}
    f = [r for r in fc if r["is_forecast"] == "1"]
    docs = sorted({r["doc_id"] for r in fc})

    def kind(r):
        p = r["predictor"]
        if p == "AUTHOR":
            return "AUTHOR"
        t = types.get((r["doc_id"], p))
        return {"PERSON": "person", "ORGANIZATION": "organisation"}.get(t, "description")

    print("| item | count |\n|---|---|")
    print("| articles | %d |" % len(docs))
    print("| sentences (incl. 16 titles) | %d |" % len(fc))
    print("| forecast sentences | %d |" % len(f))
    print("| non-forecast sentences | %d |" % (len(fc) - len(f)))
    print("| title sentences that are forecasts | %d |"
          % sum(1 for r in f if r["sentence"] == "0"))
    print("| actors (rows in gold/actors.csv) | %d |" % len(actors))
    print()
    for field in ("certainty", "polarity"):
        c = Counter(r[field] for r in f)
        print("| %s | count |\n|---|---|" % field)
        for k, v in sorted(c.items()):
            print("| %s | %d |" % (k, v))
        print()
    c = Counter(kind(r) for r in f)
    print("| predictor kind | forecasts |\n|---|---|")
    for k in ("person", "organisation", "description", "AUTHOR"):
        print("| %s | %d |" % (k, c[k]))
    print("| named (person + organisation) | %d |" % (c["person"] + c["organisation"]))
    print()
    print("Distinct predictors: %d" % len({(r["doc_id"], r["predictor"]) for r in f}))
    print()
    sc = Counter(s["style"] for s in styles)
    order = ["headline", "reported", "quote", "quote_para", "pronoun", "alias",
             "office", "according_to", "carryover", "nested", "description",
             "org_document", "author", "quote_subject", "qa"]
    print("| style | forecasts | articles |\n|---|---|---|")
    for k in order:
        nd = len({s["doc_id"] for s in styles if s["style"] == k})
        print("| %s | %d | %d |" % (k, sc[k], nd))
    print("| total | %d | |" % sum(sc.values()))
    print()
    print("| doc_id | sentences | forecasts |\n|---|---|---|")
    for d in docs:
        rows = [r for r in fc if r["doc_id"] == d]
        print("| %s | %d | %d |" % (d, len(rows), sum(r["is_forecast"] == "1" for r in rows)))


if __name__ == "__main__":
    main()
