#!/usr/bin/python3
"""Build gold folders (corpus/ + gold/forecasts.csv + gold/actors.csv) from the labels kept here.

The labels in src/train/gold/<set>/forecasts.csv hold offsets, not text: the texts are not copied into
the repository (data/README.md: bench speeches stay in ../shared; Wikinews texts are CC BY 2.5 and stay
with their source). This script puts each set's texts back from where they are:

  speeches-extra   UN General Debate 2018 speeches, ../shared/data/bench/ungd-2018/<file> (CC0)
  news-extra       Wikinews articles, from data/wikinews_2020.csv of github.com/vanatteveldt/wikinews
                   (CC BY 2.5; the sample train, dev and news-more were drawn from): title, blank line, text
  interviews-extra Wikinews interviews of 2020, from the same file

  /usr/bin/python3 src/train/gold/assemble.py --bench ../shared/data/bench/ungd-2018 \\
      --wikinews wikinews_2020.csv --out /work/gold-extra

writes /work/gold-extra/speeches-extra, news-extra and interviews-extra, which `augur eval --gold`,
`augur train --gold` and `src/train/minilm.py --extra` read like the folders of ../shared/data/eval.
Every sentence's offsets are checked against the text they point into.
"""
import argparse
import csv
import functools
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
COLUMNS = ["doc_id", "sentence", "begin", "end", "text", "is_forecast", "certainty", "polarity",
           "predictor", "gist", "horizon_text"]
ACTOR_COLUMNS = ["doc_id", "actor", "type", "aliases"]


def texts_from_bench(bench, metadata):
    return {m["file"]: read(os.path.join(bench, m["file"])) for m in metadata}


@functools.lru_cache(maxsize=None)
def wikinews_by_url(path):
    """The rows of a vanatteveldt/wikinews CSV by URL, read once for every set drawn from it."""
    csv.field_size_limit(1 << 30)
    with open(path, encoding="utf-8", newline="") as f:
        return {r["url"]: r for r in csv.DictReader(f)}


def texts_from_wikinews(path, metadata):
    by_url = wikinews_by_url(path)
    texts = {}
    for m in metadata:
        r = by_url.get(m["url"])
        if r is None:
            sys.exit("%s: no article with URL %s" % (path, m["url"]))
        texts[m["file"]] = r["title"] + "\n\n" + r["text"]
    return texts


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def build(name, texts, out):
    src = os.path.join(HERE, name)
    corpus, gold = os.path.join(out, name, "corpus"), os.path.join(out, name, "gold")
    os.makedirs(corpus, exist_ok=True)
    os.makedirs(gold, exist_ok=True)
    for file, text in texts.items():
        with open(os.path.join(corpus, file), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    with open(os.path.join(src, "metadata.csv"), encoding="utf-8", newline="") as f:
        meta = f.read()
    with open(os.path.join(corpus, "metadata.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(meta)
    rows = []
    with open(os.path.join(src, "forecasts.csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            text = texts[r["doc_id"]]
            begin, end = int(r["begin"]), int(r["end"])
            if not (0 <= begin < end <= len(text)):
                sys.exit("%s/forecasts.csv: %s sentence %s: offsets %d-%d outside the text (%d chars)"
                         % (name, r["doc_id"], r["sentence"], begin, end, len(text)))
            r["text"] = text[begin:end].replace("\n", " ")
            rows.append(r)
    with open(os.path.join(gold, "forecasts.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows({c: r.get(c, "") for c in COLUMNS} for r in rows)
    with open(os.path.join(gold, "actors.csv"), "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerow(ACTOR_COLUMNS)
    print("%s: %d articles, %d sentences, %d forecasts -> %s"
          % (name, len(texts), len(rows), sum(r["is_forecast"] == "1" for r in rows), os.path.join(out, name)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", required=True, help="../shared/data/bench/ungd-2018")
    ap.add_argument("--wikinews", required=True, help="wikinews_2020.csv of vanatteveldt/wikinews")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    for name, load in (("speeches-extra", lambda m: texts_from_bench(args.bench, m)),
                       ("news-extra", lambda m: texts_from_wikinews(args.wikinews, m)),
                       ("interviews-extra", lambda m: texts_from_wikinews(args.wikinews, m))):
        with open(os.path.join(HERE, name, "metadata.csv"), encoding="utf-8", newline="") as f:
            metadata = list(csv.DictReader(f))
        build(name, load(metadata), args.out)


if __name__ == "__main__":
    main()
