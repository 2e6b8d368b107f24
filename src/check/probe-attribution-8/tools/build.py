"""Build corpus/, gold/ and styles.csv from source.py; assert splitter agreement."""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import source  # noqa: E402
import splitter  # noqa: E402

ROOT = os.path.dirname(HERE)


def render(a):
    """Return (text, [(begin, end, sentence_dict)])."""
    parts, spans, pos = [], [], 0
    blocks = [[a["title"]]] + a["paras"]
    for i, para in enumerate(blocks):
        if i:
            parts.append("\n\n")
            pos += 2
        for j, s in enumerate(para):
            if j:
                parts.append(" ")
                pos += 1
            parts.append(s["text"])
            spans.append((pos, pos + len(s["text"]), s))
            pos += len(s["text"])
    parts.append("\n")
    return "".join(parts), spans


def main():
    os.makedirs(os.path.join(ROOT, "corpus"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    frows, arows, srows, mrows = [], [], [], []
    for a in source.ARTICLES:
        text, spans = render(a)
        assert text.isascii(), a["doc_id"]
        got = splitter.split(text)
        want = [(b, e, s["text"]) for b, e, s in spans]
        if got != want:
            for k, (g, w) in enumerate(zip(got, want)):
                if g != w:
                    print("MISMATCH", a["doc_id"], k, g, w)
                    break
            raise SystemExit("splitter disagrees on %s (%d vs %d)" % (a["doc_id"], len(got), len(want)))
        with open(os.path.join(ROOT, "corpus", a["doc_id"]), "w", encoding="ascii", newline="\n") as fh:
            fh.write(text)
        for k, (b, e, s) in enumerate(spans):
            assert text[b:e] == s["text"]
            if s["f"]:
                frows.append([a["doc_id"], k, b, e, s["text"], 1, s["certainty"], s["polarity"],
                              s["predictor"], s["gist"], s["horizon"]])
                srows.append([a["doc_id"], k, s["style"], s["predictor"]])
            else:
                frows.append([a["doc_id"], k, b, e, s["text"], 0, "", "", "", "", ""])
        for canon, typ, aliases in a["actors"]:
            arows.append([a["doc_id"], canon, typ, "|".join(aliases)])
        mrows.append([a["doc_id"], a["date"], a["title"]["text"], a["byline"],
                      source.SOURCE_NOTE, source.LICENSE])

    def write(path, header, rows):
        with open(os.path.join(ROOT, path), "w", encoding="ascii", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    write("gold/forecasts.csv", ["doc_id", "sentence", "begin", "end", "text", "is_forecast", "certainty",
                                 "polarity", "predictor", "gist", "horizon_text"], frows)
    write("gold/actors.csv", ["doc_id", "actor", "type", "aliases"], arows)
    write("styles.csv", ["doc_id", "sentence", "style", "predictor"], srows)
    write("corpus/metadata.csv", ["file", "date", "title", "author", "source", "license"], mrows)
    print("built %d articles, %d sentences, %d forecasts" % (len(mrows), len(frows), len(srows)))


if __name__ == "__main__":
    main()
