"""Build probe 7 files from tools/source.py; asserts the splitter reproduces the annotated sentences."""
import csv, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from source import ARTICLES
from splitter import split

SOURCE = "written for the Augur attribution probe 7"
LICENSE = "CC0"
POL = {"+": "positive", "-": "negative"}


def parse_body(body):
    """-> list of paragraphs, each a list of (sentence_text, label_or_None)."""
    paras, cur = [], []
    for line in body.strip("\n").split("\n"):
        if not line.strip():
            if cur:
                paras.append(cur)
                cur = []
            continue
        if "||" in line:
            text, lab = line.split("||", 1)
            f = [x.strip() for x in lab.split("|")]
            assert len(f) == 6, (line, f)
            cert, pol, pred, gist, hor, style = f
            label = dict(certainty=cert, polarity=POL[pol], predictor=pred, gist=gist,
                         horizon_text=hor, style=style)
        else:
            text, label = line, None
        cur.append((text.strip(), label))
    if cur:
        paras.append(cur)
    return paras


def parse_actors(block):
    out = []
    for line in block.strip().split("\n"):
        typ, canon, aliases = [x.strip() for x in line.split(" : ")]
        out.append((canon, typ, aliases))
    return out


def build():
    meta, frows, arows, srows = [], [], [], []
    os.makedirs(os.path.join(ROOT, "corpus"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for art in ARTICLES:
        paras = parse_body(art["body"])
        assert len(paras[0]) == 1, "title paragraph must be one line"
        text, sents = "", []
        for pi, para in enumerate(paras):
            if pi:
                text += "\n\n"
            for si, (s, lab) in enumerate(para):
                if si:
                    text += " "
                b = len(text)
                text += s
                sents.append((b, len(text), s, lab))
        text += "\n"
        text.encode("ascii")
        spans = split(text)
        got = [(b, e) for b, e in spans]
        want = [(b, e) for b, e, _, _ in sents]
        if got != want:
            for i, (g, w) in enumerate(zip(got, want)):
                if g != w:
                    print(art["doc"], i, "splitter:", repr(text[g[0]:g[1]]), "annotated:", repr(text[w[0]:w[1]]))
                    break
            raise SystemExit("splitter mismatch in " + art["doc"])
        with open(os.path.join(ROOT, "corpus", art["doc"]), "w", encoding="ascii", newline="\n") as fh:
            fh.write(text)
        title = sents[0][2]
        meta.append([art["doc"], art["date"], title, art["byline"], SOURCE, LICENSE])
        for i, (b, e, s, lab) in enumerate(sents):
            assert text[b:e] == s
            if lab:
                frows.append([art["doc"], i, b, e, s, 1, lab["certainty"], lab["polarity"], lab["predictor"],
                              lab["gist"], lab["horizon_text"]])
                srows.append([art["doc"], i, lab["style"], lab["predictor"]])
            else:
                frows.append([art["doc"], i, b, e, s, 0, "", "", "", "", ""])
        for canon, typ, aliases in parse_actors(art["actors"]):
            arows.append([art["doc"], canon, typ, aliases])

    def w(path, header, rows):
        with open(os.path.join(ROOT, path), "w", encoding="ascii", newline="") as fh:
            cw = csv.writer(fh, lineterminator="\n")
            cw.writerow(header)
            cw.writerows(rows)

    w("corpus/metadata.csv", ["file", "date", "title", "author", "source", "license"], meta)
    w("gold/forecasts.csv", ["doc_id", "sentence", "begin", "end", "text", "is_forecast", "certainty", "polarity",
                             "predictor", "gist", "horizon_text"], frows)
    w("gold/actors.csv", ["doc_id", "actor", "type", "aliases"], arows)
    w("styles.csv", ["doc_id", "sentence", "style", "predictor"], srows)
    print("built", len(ARTICLES), "articles,", len(frows), "sentences,", len(srows), "forecasts")


if __name__ == "__main__":
    build()
