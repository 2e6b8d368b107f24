#!/usr/bin/env python3
"""Validate the built probe-4 files (corpus/, gold/, styles.csv).

Reads only the built outputs (not source.py).  Exits non-zero on any error.
"""
import csv
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from splitter import split_sentences  # noqa: E402

CERT = {"certain", "probable", "possible"}
POL = {"positive", "negative"}
TYPES = {"PERSON", "ORGANIZATION", "PLACE"}
STYLES = {"headline", "reported", "quote", "quote_para", "pronoun", "alias",
          "office", "according_to", "carryover", "nested", "description",
          "org_document", "author", "quote_subject", "qa"}
SOURCE_NOTE = "written for the Augur attribution probe 4"

errors = []


def err(msg):
    errors.append(msg)


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def occurs(needle, hay, ci=False):
    flags = re.I if ci else 0
    return re.search(r"(?<![A-Za-z0-9])" + re.escape(needle) +
                     r"(?![A-Za-z0-9])", hay, flags) is not None


def main():
    meta = read_csv(os.path.join(ROOT, "corpus", "metadata.csv"))
    fc = read_csv(os.path.join(ROOT, "gold", "forecasts.csv"))
    actors = read_csv(os.path.join(ROOT, "gold", "actors.csv"))
    styles = read_csv(os.path.join(ROOT, "styles.csv"))

    texts = {}
    for m in meta:
        doc = m["file"][:-4]
        with open(os.path.join(ROOT, "corpus", m["file"]), encoding="utf-8",
                  newline="") as fh:
            t = fh.read()
        texts[doc] = t
        if not t.isascii():
            err("%s: non-ASCII characters" % doc)
        if "\r" in t or not t.endswith("\n") or t.endswith("\n\n"):
            err("%s: bad line endings" % doc)
        if "\n\n\n" in t:
            err("%s: more than one blank line between paragraphs" % doc)
        if t.split("\n", 1)[0] != m["title"]:
            err("%s: metadata title differs from line 1" % doc)
        if t[t.index("\n"):t.index("\n") + 2] != "\n\n":
            err("%s: no blank line after title" % doc)
        paras = t.strip("\n").split("\n\n")[1:]
        if not 4 <= len(paras) <= 7:
            err("%s: %d paragraphs" % (doc, len(paras)))
        if any("\n" in p for p in paras):
            err("%s: line break inside a paragraph" % doc)
        if re.search(r"\b(Dr|Mr|Mrs|Ms|St|Prof|Gen|Jr|Sr|Inc|Co|No)\.|"
                     r"\b[A-Z]\.[A-Z]\.|\be\.g\.|\bi\.e\.|\betc\.", t):
            err("%s: dotted abbreviation" % doc)
        if not ("2026-11-20" <= m["date"] <= "2026-12-06"):
            err("%s: date out of range" % doc)
        if m["license"] != "CC0" or m["source"] != SOURCE_NOTE:
            err("%s: bad license/source" % doc)
        if m["author"] and m["author"].lower() in t.lower():
            err("%s: byline occurs in text" % doc)
        for part in m["author"].split():
            if occurs(part, t):
                err("%s: byline name part %r occurs in text" % (doc, part))
    nauth = sum(1 for m in meta if m["author"])
    if nauth != 3:
        err("expected 3 bylines, found %d" % nauth)
    if len(meta) != 16:
        err("expected 16 articles, found %d" % len(meta))

    # forecasts.csv: offsets, one row per sentence, labels
    by_doc = defaultdict(list)
    for r in fc:
        by_doc[r["doc_id"]].append(r)
    if set(by_doc) != set(texts):
        err("forecasts.csv docs differ from corpus")
    actor_names = defaultdict(dict)
    for a in actors:
        actor_names[a["doc_id"]][a["actor"]] = a["type"]
    gold_fc = {}
    for doc, rows in by_doc.items():
        t = texts.get(doc, "")
        spans = split_sentences(t)
        if len(spans) != len(rows):
            err("%s: %d rows but %d sentences" % (doc, len(rows), len(spans)))
        if not 10 <= len(spans) <= 13:
            err("%s: %d body sentences" % (doc, len(spans) - 1))
        for i, r in enumerate(rows):
            b, e = int(r["begin"]), int(r["end"])
            if int(r["sentence"]) != i:
                err("%s: sentence index %s at row %d" % (doc, r["sentence"], i))
            if t[b:e] != r["text"]:
                err("%s/%d: text != file[begin:end]" % (doc, i))
            if i < len(spans) and spans[i] != (b, e):
                err("%s/%d: offsets differ from splitter %r" % (doc, i, spans[i]))
            isf = r["is_forecast"]
            if isf not in ("0", "1"):
                err("%s/%d: is_forecast=%r" % (doc, i, isf))
                continue
            last5 = [r[k] for k in ("certainty", "polarity", "predictor",
                                    "gist", "horizon_text")]
            if isf == "0":
                if any(last5):
                    err("%s/%d: non-forecast with labels" % (doc, i))
                continue
            gold_fc[(doc, i)] = r["predictor"]
            if r["certainty"] not in CERT:
                err("%s/%d: certainty %r" % (doc, i, r["certainty"]))
            if r["polarity"] not in POL:
                err("%s/%d: polarity %r" % (doc, i, r["polarity"]))
            n = len(r["gist"].split())
            if not 3 <= n <= 10:
                err("%s/%d: gist has %d words" % (doc, i, n))
            if r["horizon_text"] and r["horizon_text"] not in r["text"]:
                err("%s/%d: horizon_text not in sentence" % (doc, i))
            p = r["predictor"]
            if not p:
                err("%s/%d: empty predictor" % (doc, i))
            elif p == "AUTHOR":
                pass
            elif p[0].isupper():
                if not occurs(p, t):
                    err("%s/%d: named predictor %r not in article" % (doc, i, p))
                if actor_names[doc].get(p) not in ("PERSON", "ORGANIZATION"):
                    err("%s/%d: named predictor %r not a PERSON/ORG actor"
                        % (doc, i, p))
            else:
                if not occurs(p, t, ci=True):
                    err("%s/%d: description predictor %r not in article"
                        % (doc, i, p))

    # actors
    seen = set()
    for a in actors:
        doc = a["doc_id"]
        t = texts.get(doc, "")
        if a["type"] not in TYPES:
            err("%s: actor %s type %r" % (doc, a["actor"], a["type"]))
        if (doc, a["actor"]) in seen:
            err("%s: duplicate actor %s" % (doc, a["actor"]))
        seen.add((doc, a["actor"]))
        aliases = a["aliases"].split("|")
        if a["actor"] not in aliases:
            err("%s: canonical %s not among aliases" % (doc, a["actor"]))
        for al in aliases:
            if not al or not occurs(al, t):
                err("%s: alias %r of %s not in article" % (doc, al, a["actor"]))

    # styles
    srows = {(s["doc_id"], int(s["sentence"])): s for s in styles}
    if len(srows) != len(styles):
        err("styles.csv: duplicate rows")
    if set(srows) != set(gold_fc):
        err("styles.csv rows do not match the forecast sentences")
    for k, s in srows.items():
        if s["style"] not in STYLES:
            err("styles.csv %s: style %r" % (k, s["style"]))
        if gold_fc.get(k) != s["predictor"]:
            err("styles.csv %s: predictor differs from gold" % (k,))

    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d error(s)" % len(errors))
        sys.exit(1)
    print("OK: %d docs, %d sentences, %d forecasts, %d actors, %d style rows"
          % (len(texts), len(fc), len(gold_fc), len(actors), len(styles)))


if __name__ == "__main__":
    main()
