"""Build probe 9 from tools/source.py.

Writes corpus/*.txt, corpus/metadata.csv, gold/forecasts.csv, gold/actors.csv
and styles.csv under the probe directory, and asserts that tools/splitter.py
reproduces the annotated sentences exactly.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import source  # noqa: E402
import splitter  # noqa: E402

FORECAST_HEADER = ["doc_id", "sentence", "begin", "end", "text", "is_forecast",
                   "certainty", "polarity", "predictor", "gist", "horizon_text"]
ACTOR_HEADER = ["doc_id", "actor", "type", "aliases"]
# the dev metadata header (file,date,title,url,license) followed by author, source
METADATA_HEADER = ["file", "date", "title", "url", "license", "author", "source"]
STYLE_HEADER = ["doc_id", "sentence", "style", "predictor"]


def write_csv(path, header, rows):
    with open(path, "w", encoding="ascii", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    corpus = os.path.join(ROOT, "corpus")
    gold = os.path.join(ROOT, "gold")
    os.makedirs(corpus, exist_ok=True)
    os.makedirs(gold, exist_ok=True)

    f_rows, a_rows, m_rows, s_rows = [], [], [], []
    for doc in source.DOCS:
        did = source.doc_id(doc)
        text = source.file_text(doc)
        text.encode("ascii")  # ASCII only
        with open(os.path.join(corpus, did), "w", encoding="ascii", newline="\n") as fh:
            fh.write(text)

        annotated = source.sentences(doc)
        spans = splitter.split(text)
        got = [text[b:e] for b, e in spans]
        want = [s for s, _ in annotated]
        if got != want:
            for i, (g, w) in enumerate(zip(got, want)):
                if g != w:
                    raise AssertionError("%s sentence %d:\n splitter: %r\n source:   %r" % (did, i, g, w))
            raise AssertionError("%s: splitter gives %d sentences, source has %d" % (did, len(got), len(want)))

        for i, ((b, e), (s, lab)) in enumerate(zip(spans, annotated)):
            assert text[b:e] == s
            if lab is None:
                f_rows.append([did, i, b, e, s, 0, "", "", "", "", ""])
            else:
                f_rows.append([did, i, b, e, s, 1, lab["certainty"], lab["polarity"],
                               lab["predictor"], lab["gist"], lab["horizon"]])
                s_rows.append([did, i, lab["style"], lab["predictor"]])

        for canonical, typ, aliases in doc["actors"]:
            a_rows.append([did, canonical, typ, aliases])

        title = annotated[0][0]
        m_rows.append([did, doc["date"], title, "", source.LICENSE, doc["author"], source.SOURCE_NOTE])

    write_csv(os.path.join(gold, "forecasts.csv"), FORECAST_HEADER, f_rows)
    write_csv(os.path.join(gold, "actors.csv"), ACTOR_HEADER, a_rows)
    write_csv(os.path.join(corpus, "metadata.csv"), METADATA_HEADER, m_rows)
    write_csv(os.path.join(ROOT, "styles.csv"), STYLE_HEADER, s_rows)
    n_fc = sum(1 for r in f_rows if r[5] == 1)
    print("built %d documents, %d sentences, %d forecasts, %d actors -> %s"
          % (len(source.DOCS), len(f_rows), n_fc, len(a_rows), ROOT))


if __name__ == "__main__":
    main()
