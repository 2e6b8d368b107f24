"""Counts for probe 9 (run tools/build.py first).

Prints markdown tables: totals, forecasts by style, certainty/polarity,
predictor kinds, and per-document counts.
With --update-readme, also replaces the block between the stats markers in
README.md with the same tables.
"""
import csv
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import source  # noqa: E402

BEGIN, END = "<!-- stats:begin -->", "<!-- stats:end -->"


def read(path):
    with open(path, encoding="ascii", newline="") as fh:
        return list(csv.DictReader(fh))


def table(header, rows):
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def render():
    f = read(os.path.join(ROOT, "gold", "forecasts.csv"))
    a = read(os.path.join(ROOT, "gold", "actors.csv"))
    s = read(os.path.join(ROOT, "styles.csv"))
    fc = [r for r in f if r["is_forecast"] == "1"]
    docs = sorted({r["doc_id"] for r in f})
    words = {}
    for d in docs:
        with open(os.path.join(ROOT, "corpus", d), encoding="ascii") as fh:
            words[d] = len(fh.read().split())

    parts = []
    parts.append("Totals\n\n" + table(
        ["documents", "sentences", "forecasts", "non-forecasts", "actors", "words"],
        [[len(docs), len(f), len(fc), len(f) - len(fc), len(a), sum(words.values())]]))

    sc = Counter(r["style"] for r in s)
    parts.append("Forecasts by attribution style\n\n" + table(
        ["style", "forecasts"],
        [[st, sc.get(st, 0)] for st in source.STYLES] + [["total", sum(sc.values())]]))

    cp = Counter((r["certainty"], r["polarity"]) for r in fc)
    parts.append("Certainty and polarity\n\n" + table(
        ["certainty", "positive", "negative", "total"],
        [[c, cp[(c, "positive")], cp[(c, "negative")], cp[(c, "positive")] + cp[(c, "negative")]]
         for c in ("certain", "probable", "possible")]))

    def kind(p):
        if p == "AUTHOR":
            return "AUTHOR"
        return "named actor" if p[:1].isupper() else "unnamed description"
    pk = Counter(kind(r["predictor"]) for r in fc)
    parts.append("Predictor kinds\n\n" + table(
        ["predictor", "forecasts"], [[k, pk.get(k, 0)] for k in ("named actor", "unnamed description", "AUTHOR")]))

    rows = []
    for d in docs:
        dr = [r for r in f if r["doc_id"] == d]
        dfc = [r for r in dr if r["is_forecast"] == "1"]
        rows.append([d, len(dr), len(dfc), sum(1 for r in a if r["doc_id"] == d), words[d]])
    parts.append("Per document\n\n" + table(["doc_id", "sentences", "forecasts", "actors", "words"], rows))
    return "\n\n".join(parts) + "\n"


def main():
    text = render()
    print(text, end="")
    if "--update-readme" in sys.argv[1:]:
        path = os.path.join(ROOT, "README.md")
        with open(path, encoding="ascii") as fh:
            readme = fh.read()
        b, e = readme.index(BEGIN), readme.index(END)
        readme = readme[:b + len(BEGIN)] + "\n\n" + text + "\n" + readme[e:]
        with open(path, "w", encoding="ascii") as fh:
            fh.write(readme)


if __name__ == "__main__":
    main()
