"""Build probe 6: corpus/, gold/, styles.csv from tools/source.py."""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import source  # noqa: E402
import splitter  # noqa: E402

ROOT = os.path.dirname(HERE)


def render(doc):
    """Return file text and list of (begin, end, sentence-dict)."""
    text = ""
    spans = []
    for pi, para in enumerate(doc["paras"]):
        if pi:
            text += "\n\n"
        for si, s in enumerate(para):
            if si:
                text += " "
            b = len(text)
            text += s["text"]
            spans.append((b, len(text), s))
    text += "\n"
    return text, spans


def main():
    os.makedirs(os.path.join(ROOT, "corpus"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    meta, frows, arows, srows = [], [], [], []
    for doc in source.DOCS:
        text, spans = render(doc)
        assert text.isascii(), doc["id"]
        assert len(doc["paras"][0]) == 1, "title must be its own paragraph: " + doc["id"]
        got = splitter.split(text)
        want = [(b, e, text[b:e]) for b, e, _ in spans]
        if got != want:
            for i, (g, w) in enumerate(zip(got, want)):
                if g != w:
                    print("MISMATCH", doc["id"], i, g, w)
                    break
            raise SystemExit("splitter does not reproduce annotated sentences in %s (%d vs %d)"
                             % (doc["id"], len(got), len(want)))
        with open(os.path.join(ROOT, "corpus", doc["id"]), "w", newline="\n", encoding="ascii") as f:
            f.write(text)
        title = doc["paras"][0][0]["text"]
        meta.append([doc["id"], doc["date"], doc.get("author", ""), title, doc.get("author", ""),
                     source.SOURCE, source.LICENSE])
        for i, (b, e, s) in enumerate(spans):
            if s["is_forecast"]:
                frows.append([doc["id"], i, b, e, s["text"], 1, s["certainty"], s["polarity"],
                              s["predictor"], s["gist"], s["horizon_text"]])
                srows.append([doc["id"], i, s["style"], s["predictor"]])
            else:
                frows.append([doc["id"], i, b, e, s["text"], 0, "", "", "", "", ""])
        for canon, typ, aliases in doc["actors"]:
            arows.append([doc["id"], canon, typ, "|".join(aliases)])

    def write(path, header, rows):
        with open(os.path.join(ROOT, path), "w", newline="", encoding="ascii") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    write("corpus/metadata.csv", ["file", "date", "title", "author", "source", "license"],
          [[m[0], m[1], m[3], m[2], m[5], m[6]] for m in meta])
    write("gold/forecasts.csv", ["doc_id", "sentence", "begin", "end", "text", "is_forecast",
                                 "certainty", "polarity", "predictor", "gist", "horizon_text"], frows)
    write("gold/actors.csv", ["doc_id", "actor", "type", "aliases"], arows)
    write("styles.csv", ["doc_id", "sentence", "style", "predictor"], srows)
    print("built %d docs, %d sentences, %d forecasts, %d actors"
          % (len(meta), len(frows), len(srows), len(arows)))


if __name__ == "__main__":
    main()
