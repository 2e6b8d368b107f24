"""Build corpus/, gold/ and styles.csv from tools/source.py."""
import csv, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from source import DOCS, SOURCE, LICENSE
from splitter import split

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD_HEADER = ["doc_id", "sentence", "begin", "end", "text", "is_forecast",
               "certainty", "polarity", "predictor", "gist", "horizon_text"]


def render(d):
    """Return (file_text, [(begin, end, text, label)])."""
    title, tlab = d["title"]
    text = title + "\n"
    sents = [(0, len(title), title, tlab)]
    for para in d["paras"]:
        text += "\n"
        for j, (s, lab) in enumerate(para):
            if j:
                text += " "
            b = len(text)
            text += s
            sents.append((b, len(text), s, lab))
        text += "\n"
    return text, sents


def gold_rows(d):
    text, sents = render(d)
    rows = []
    for i, (b, e, s, lab) in enumerate(sents):
        if lab:
            rows.append([d["doc_id"], i, b, e, s, 1, lab["certainty"], lab["polarity"],
                         lab["predictor"], lab["gist"], lab["horizon_text"]])
        else:
            rows.append([d["doc_id"], i, b, e, s, 0, "", "", "", "", ""])
    return text, sents, rows


def main():
    os.makedirs(os.path.join(ROOT, "corpus"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    meta, gold, actors, styles = [], [], [], []
    for d in DOCS:
        text, sents, rows = gold_rows(d)
        text.encode("ascii")
        # the splitter must reproduce the annotated sentences exactly
        got = split(text)
        want = [(b, e, s) for b, e, s, _ in sents]
        assert got == want, (d["doc_id"], [x for x in got if x not in want], [x for x in want if x not in got])
        with open(os.path.join(ROOT, "corpus", d["doc_id"]), "w", encoding="ascii", newline="\n") as fh:
            fh.write(text)
        meta.append([d["doc_id"], d["date"], d["title"][0], d["author"], SOURCE, LICENSE])
        gold.extend(rows)
        for i, (_, _, _, lab) in enumerate(sents):
            if lab:
                styles.append([d["doc_id"], i, lab["style"], lab["predictor"]])
        for name, typ, aliases in d["actors"]:
            actors.append([d["doc_id"], name, typ, aliases])

    def w(path, header, rows):
        with open(os.path.join(ROOT, path), "w", encoding="ascii", newline="") as fh:
            cw = csv.writer(fh, lineterminator="\n")
            cw.writerow(header)
            cw.writerows(rows)
    w("corpus/metadata.csv", ["file", "date", "title", "author", "source", "license"], meta)
    w("gold/forecasts.csv", GOLD_HEADER, gold)
    w("gold/actors.csv", ["doc_id", "actor", "type", "aliases"], actors)
    w("styles.csv", ["doc_id", "sentence", "style", "predictor"], styles)
    print("wrote %d docs, %d sentences, %d forecasts, %d actors" % (
        len(DOCS), len(gold), sum(r[5] for r in gold), len(actors)))


if __name__ == "__main__":
    main()
