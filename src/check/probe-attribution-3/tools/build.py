#!/usr/bin/env python3
"""Build corpus/, gold/forecasts.csv, gold/actors.csv and styles.csv from tools/source.py."""
import csv, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from source import ARTICLES, SOURCE

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def split(text):
    """The probe's sentence splitter: title alone; paragraphs (blank-line separated);
    inside a paragraph split after . ? ! (+ closing quote) followed by whitespace and
    a capital letter or an opening quote. Returns (begin, end) spans."""
    spans = []
    nl = text.index("\n")
    spans.append((0, nl))
    for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text[nl:]):
        pb, pe = nl + m.start(), nl + m.end()
        para = text[pb:pe]
        start = 0
        for b in re.finditer(r'[.?!]"?(?=\s+[A-Z"])', para):
            spans.append((pb + start, pb + b.end()))
            start = re.compile(r"\s+").match(para, b.end()).end()
        spans.append((pb + start, pe))
    return spans


def sent(x):
    return x if isinstance(x, str) else x[0]


def main():
    os.makedirs(f"{ROOT}/corpus", exist_ok=True)
    os.makedirs(f"{ROOT}/gold", exist_ok=True)
    meta, rows, actors, styles = [], [], [], []
    for a in ARTICLES:
        fn = a["slug"] + ".txt"
        title = sent(a["title"])
        text = title + "\n\n" + "\n\n".join(" ".join(sent(s) for s in p) for p in a["paras"]) + "\n"
        with open(f"{ROOT}/corpus/{fn}", "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        meta.append([fn, a["date"], title, a["author"], SOURCE, "CC0"])
        items = [a["title"]] + [s for p in a["paras"] for s in p]
        spans = split(text)
        assert len(spans) == len(items), (fn, len(spans), len(items))
        for i, (it, (b, e)) in enumerate(zip(items, spans)):
            assert text[b:e] == sent(it), (fn, i, text[b:e], sent(it))
            if isinstance(it, str):
                rows.append([fn, i, b, e, it, 0, "", "", "", "", ""])
            else:
                t, cert, pol, pred, gist, hor, style = it
                assert hor == "" or hor in t, (fn, i, hor)
                rows.append([fn, i, b, e, t, 1, cert, pol, pred, gist, hor])
                styles.append([fn, i, style, pred])
        for name, typ, al in a["actors"]:
            actors.append([fn, name, typ, al])

    def w(path, header, data):
        with open(f"{ROOT}/{path}", "w", encoding="utf-8", newline="") as f:
            c = csv.writer(f, lineterminator="\n")
            c.writerow(header)
            c.writerows(data)
    w("corpus/metadata.csv", ["file", "date", "title", "author", "source", "license"], meta)
    w("gold/forecasts.csv", ["doc_id", "sentence", "begin", "end", "text", "is_forecast", "certainty",
                              "polarity", "predictor", "gist", "horizon_text"], rows)
    w("gold/actors.csv", ["doc_id", "actor", "type", "aliases"], actors)
    w("styles.csv", ["doc_id", "sentence", "style", "predictor"], styles)
    print(len(ARTICLES), "articles", len(rows), "sentences", len(styles), "forecasts")


if __name__ == "__main__":
    main()
