"""Validate the built probe 9 files (run tools/build.py first).

Checks: offsets, one row per splitter sentence, label values, gist length,
horizon_text verbatim in its sentence, actor aliases verbatim, predictors
(named ones are actors and appear at or before their sentence, titles may
name them in the lede; lower-case descriptive ones appear verbatim at or
before their sentence), styles (one per forecast, each >= 4), metadata,
article size, no dotted abbreviations, ASCII everywhere.
Exits 1 with a list of problems, else prints OK.
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import source  # noqa: E402
import splitter  # noqa: E402

CERTAINTY = {"certain", "probable", "possible"}
POLARITY = {"positive", "negative"}
TYPES = {"PERSON", "ORGANIZATION", "PLACE"}
MIN_PER_STYLE = 4
ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Jr|Sr|Inc|Ltd|Co|Corp|Gen|Gov|Sen|Rep|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.|\b[A-Za-z]\.[A-Za-z]\.")

problems = []


def bad(msg):
    problems.append(msg)


def read_csv(path):
    with open(path, encoding="ascii", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]


def main():
    # ASCII for everything in the probe
    for dirpath, _, files in os.walk(ROOT):
        if "__pycache__" in dirpath:
            continue
        for name in files:
            p = os.path.join(dirpath, name)
            try:
                with open(p, "rb") as fh:
                    fh.read().decode("ascii")
            except UnicodeDecodeError:
                bad("non-ASCII file: %s" % p)

    fh_, frows = read_csv(os.path.join(ROOT, "gold", "forecasts.csv"))
    ah, arows = read_csv(os.path.join(ROOT, "gold", "actors.csv"))
    mh, mrows = read_csv(os.path.join(ROOT, "corpus", "metadata.csv"))
    sh, srows = read_csv(os.path.join(ROOT, "styles.csv"))
    if fh_ != ["doc_id", "sentence", "begin", "end", "text", "is_forecast", "certainty",
               "polarity", "predictor", "gist", "horizon_text"]:
        bad("forecasts.csv header %r" % fh_)
    if ah != ["doc_id", "actor", "type", "aliases"]:
        bad("actors.csv header %r" % ah)
    if mh[:5] != ["file", "date", "title", "url", "license"]:
        bad("metadata.csv header %r" % mh)
    if sh != ["doc_id", "sentence", "style", "predictor"]:
        bad("styles.csv header %r" % sh)

    corpus_dir = os.path.join(ROOT, "corpus")
    files = sorted(f for f in os.listdir(corpus_dir) if f.endswith(".txt"))
    expected = sorted(source.doc_id(d) for d in source.DOCS)
    if files != expected:
        bad("corpus files %r != %r" % (files, expected))
    texts = {}
    for f in files:
        with open(os.path.join(corpus_dir, f), encoding="ascii", newline="") as fh:
            texts[f] = fh.read()

    # metadata
    if sorted(r["file"] for r in mrows) != files:
        bad("metadata files do not match corpus")
    for r in mrows:
        t = texts.get(r["file"], "")
        if not re.fullmatch(r"2026-\d\d-\d\d", r["date"]):
            bad("%s: date %r" % (r["file"], r["date"]))
        if t.split("\n", 1)[0] != r["title"]:
            bad("%s: metadata title differs from line 1" % r["file"])
        if r.get("license") != "CC0-1.0":
            bad("%s: license %r" % (r["file"], r.get("license")))
        if r.get("source") != "written for the Augur attribution probe 9":
            bad("%s: source %r" % (r["file"], r.get("source")))
        if r.get("author") and r["author"] in t:
            bad("%s: byline occurs in the text" % r["file"])

    # actors
    actors = {}
    for r in arows:
        d = r["doc_id"]
        t = texts.get(d)
        if t is None:
            bad("actor for unknown doc %s" % d)
            continue
        if r["type"] not in TYPES:
            bad("%s: actor %s type %s" % (d, r["actor"], r["type"]))
        aliases = r["aliases"].split("|")
        if r["actor"] not in aliases:
            bad("%s: canonical %r not among its aliases" % (d, r["actor"]))
        for a in aliases:
            if not a or a not in t:
                bad("%s: alias %r not verbatim in text" % (d, a))
        if r["actor"] in actors.setdefault(d, {}):
            bad("%s: duplicate actor %s" % (d, r["actor"]))
        actors[d][r["actor"]] = aliases

    # forecasts: one row per sentence, offsets
    by_doc = {}
    for r in frows:
        by_doc.setdefault(r["doc_id"], []).append(r)
    if sorted(by_doc) != files:
        bad("forecasts.csv docs do not match corpus")
    style_of = {(r["doc_id"], int(r["sentence"])): r for r in srows}
    if len(style_of) != len(srows):
        bad("duplicate rows in styles.csv")
    n_forecasts = 0
    for d, rows in by_doc.items():
        t = texts[d]
        spans = splitter.split(t)
        if [int(r["sentence"]) for r in rows] != list(range(len(spans))):
            bad("%s: sentence indices not 0..%d" % (d, len(spans) - 1))
        for r, (b, e) in zip(rows, spans):
            i = int(r["sentence"])
            rb, re_ = int(r["begin"]), int(r["end"])
            if (rb, re_) != (b, e):
                bad("%s/%d: offsets %d-%d, splitter %d-%d" % (d, i, rb, re_, b, e))
            if t[rb:re_] != r["text"]:
                bad("%s/%d: text != file_text[begin:end]" % (d, i))
            lab = [r["certainty"], r["polarity"], r["predictor"], r["gist"], r["horizon_text"]]
            if r["is_forecast"] == "0":
                if any(lab):
                    bad("%s/%d: non-forecast with labels" % (d, i))
                if (d, i) in style_of:
                    bad("%s/%d: style row for a non-forecast" % (d, i))
                continue
            if r["is_forecast"] != "1":
                bad("%s/%d: is_forecast %r" % (d, i, r["is_forecast"]))
                continue
            n_forecasts += 1
            if r["certainty"] not in CERTAINTY:
                bad("%s/%d: certainty %r" % (d, i, r["certainty"]))
            if r["polarity"] not in POLARITY:
                bad("%s/%d: polarity %r" % (d, i, r["polarity"]))
            nw = len(r["gist"].split())
            if not 3 <= nw <= 10:
                bad("%s/%d: gist has %d words" % (d, i, nw))
            if r["horizon_text"] and r["horizon_text"] not in r["text"]:
                bad("%s/%d: horizon_text %r not in sentence" % (d, i, r["horizon_text"]))
            pred = r["predictor"]
            upto = t if i == 0 else t[:re_]
            if not pred:
                bad("%s/%d: empty predictor" % (d, i))
            elif pred == "AUTHOR":
                pass
            elif pred[0].isupper():
                if pred not in actors.get(d, {}):
                    bad("%s/%d: named predictor %r is not an actor" % (d, i, pred))
                elif not any(a in upto for a in actors[d][pred]):
                    bad("%s/%d: predictor %r not named at or before the sentence" % (d, i, pred))
            else:
                if pred.lower() not in upto.lower():
                    bad("%s/%d: descriptive predictor %r not in text at or before the sentence" % (d, i, pred))
            s = style_of.get((d, i))
            if s is None:
                bad("%s/%d: forecast without style row" % (d, i))
            else:
                if s["style"] not in source.STYLES:
                    bad("%s/%d: unknown style %r" % (d, i, s["style"]))
                if s["predictor"] != pred:
                    bad("%s/%d: styles.csv predictor differs" % (d, i))
    if len(srows) != n_forecasts:
        bad("styles.csv has %d rows for %d forecasts" % (len(srows), n_forecasts))

    counts = {s: 0 for s in source.STYLES}
    for r in srows:
        counts[r["style"]] = counts.get(r["style"], 0) + 1
    for s, n in counts.items():
        if n < MIN_PER_STYLE:
            bad("style %s has %d forecasts (< %d)" % (s, n, MIN_PER_STYLE))

    # article shape and text conventions
    for d, t in texts.items():
        if not t.endswith("\n") or t.endswith("\n\n") or "\r" in t:
            bad("%s: line ends" % d)
        lines = t.split("\n")
        if len(lines) < 3 or lines[1] != "":
            bad("%s: line 2 must be blank" % d)
        if "\n\n\n" in t:
            bad("%s: more than one blank line between paragraphs" % d)
        m = ABBREV.search(t)
        if m:
            bad("%s: dotted abbreviation %r" % (d, m.group(0)))
        body = len(splitter.split(t)) - 1
        if not 8 <= body <= 16:
            bad("%s: %d body sentences" % (d, body))
        words = len(t.split())
        if not 200 <= words <= 400:
            bad("%s: %d words" % (d, words))

    if problems:
        print("%d problem(s):" % len(problems))
        for p in problems:
            print(" - " + p)
        sys.exit(1)
    print("OK: %d documents, %d sentences, %d forecasts, %d actors, styles %s"
          % (len(files), len(frows), n_forecasts, len(arows),
             ", ".join("%s=%d" % kv for kv in counts.items())))


if __name__ == "__main__":
    main()
