#!/usr/bin/env python3
"""Build corpus/, gold/, corpus/metadata.csv and styles.csv from tools/source.py.

Usage: python3 tools/build.py   (from /work/probe4 or anywhere)
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from source import DOCS  # noqa: E402
from splitter import split_sentences  # noqa: E402

SOURCE_NOTE = "written for the Augur attribution probe 4"
FC_COLS = ["doc_id", "sentence", "begin", "end", "text", "is_forecast",
           "certainty", "polarity", "predictor", "gist", "horizon_text"]


def render(doc):
    """Return (text, [(sentence, label), ...]) with sentences in order."""
    items = [doc["title"]]
    paras = []
    for p in doc["paras"]:
        paras.append(" ".join(s for s, _ in p))
        items.extend(p)
    text = doc["title"][0] + "\n\n" + "\n\n".join(paras) + "\n"
    return text, items


def main():
    corpus = os.path.join(ROOT, "corpus")
    gold = os.path.join(ROOT, "gold")
    os.makedirs(corpus, exist_ok=True)
    os.makedirs(gold, exist_ok=True)

    fc_rows, actor_rows, meta_rows, style_rows = [], [], [], []
    for doc in DOCS:
        text, items = render(doc)
        assert text.isascii(), doc["id"]
        assert "\u201c" not in text and "\u201d" not in text
        spans = split_sentences(text)
        got = [text[b:e] for b, e in spans]
        want = [s for s, _ in items]
        if got != want:
            for i, (g, w) in enumerate(zip(got, want)):
                if g != w:
                    print("MISMATCH", doc["id"], i, repr(g), repr(w))
                    break
            raise SystemExit("splitter disagrees with annotated sentences in %s "
                             "(%d vs %d)" % (doc["id"], len(got), len(want)))
        nbody = len(want) - 1
        assert 9 <= nbody <= 12, (doc["id"], nbody)
        assert 4 <= len(doc["paras"]) <= 7, (doc["id"], len(doc["paras"]))

        path = os.path.join(corpus, doc["id"] + ".txt")
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)

        for i, ((b, e), (sent, lab)) in enumerate(zip(spans, items)):
            row = dict(doc_id=doc["id"], sentence=i, begin=b, end=e, text=sent,
                       is_forecast=lab["is_forecast"], certainty="",
                       polarity="", predictor="", gist="", horizon_text="")
            if lab["is_forecast"]:
                for k in ("certainty", "polarity", "predictor", "gist",
                          "horizon_text"):
                    row[k] = lab[k]
                style_rows.append(dict(doc_id=doc["id"], sentence=i,
                                       style=lab["style"],
                                       predictor=lab["predictor"]))
            fc_rows.append(row)

        for canon, typ, aliases in doc["actors"]:
            actor_rows.append(dict(doc_id=doc["id"], actor=canon, type=typ,
                                   aliases="|".join(aliases)))
        meta_rows.append(dict(file=doc["id"] + ".txt", date=doc["date"],
                              title=doc["title"][0], author=doc["author"],
                              source=SOURCE_NOTE, license="CC0"))

    def write(path, cols, rows):
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)

    write(os.path.join(gold, "forecasts.csv"), FC_COLS, fc_rows)
    write(os.path.join(gold, "actors.csv"),
          ["doc_id", "actor", "type", "aliases"], actor_rows)
    write(os.path.join(corpus, "metadata.csv"),
          ["file", "date", "title", "author", "source", "license"], meta_rows)
    write(os.path.join(ROOT, "styles.csv"),
          ["doc_id", "sentence", "style", "predictor"], style_rows)
    nf = sum(r["is_forecast"] for r in fc_rows)
    print("docs=%d sentences=%d forecasts=%d actors=%d"
          % (len(DOCS), len(fc_rows), nf, len(actor_rows)))


if __name__ == "__main__":
    main()
