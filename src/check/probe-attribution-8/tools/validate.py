"""Validate the probe-8 files (standard library only). Exit 1 on any error."""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import splitter  # noqa: E402

ROOT = os.path.dirname(HERE)
STYLES = ["headline", "reported", "carryover", "quote", "quote_para", "quote_subject", "pronoun",
          "alias", "office", "according_to", "nested", "description", "org_document", "author", "qa"]
errors = []


def err(msg):
    errors.append(msg)


def read(path):
    with open(os.path.join(ROOT, path), encoding="ascii", newline="") as fh:
        return list(csv.DictReader(fh))


def has(text, s):
    return re.search(r"(?<![A-Za-z0-9])" + re.escape(s) + r"(?![A-Za-z0-9])", text) is not None


meta = read("corpus/metadata.csv")
gold = read("gold/forecasts.csv")
actors = read("gold/actors.csv")
styles = read("styles.csv")

texts = {}
for m in meta:
    p = os.path.join(ROOT, "corpus", m["file"])
    raw = open(p, "rb").read()
    if not raw.isascii():
        err("non-ASCII " + m["file"])
    t = raw.decode("ascii")
    texts[m["file"]] = t
    if "\r" in t or not t.endswith("\n") or t.endswith("\n\n"):
        err("line ends " + m["file"])
    if t.split("\n")[0] != m["title"] or t.split("\n")[1] != "":
        err("title line " + m["file"])
    if not re.fullmatch(r"p8-\d\d-[a-z0-9-]+\.txt", m["file"]):
        err("doc_id " + m["file"])
    if not re.fullmatch(r"2026-(11-(0[1-9]|[12]\d|30)|12-0[1-9])", m["date"]):
        err("date " + m["date"])
    if m["source"] != "written for the Augur attribution probe 8" or m["license"] != "CC0":
        err("source/license " + m["file"])
corpus_files = sorted(f for f in os.listdir(os.path.join(ROOT, "corpus")) if f.endswith(".txt"))
if corpus_files != sorted(texts):
    err("corpus files and metadata differ")
bylines = [m["author"] for m in meta if m["author"]]
if len(bylines) != 3:
    err("expected 3 bylines, got %d" % len(bylines))
for b in bylines:
    for part in [b] + b.split():
        for f, t in texts.items():
            if has(t, part):
                err("byline part %r occurs in %s" % (part, f))

by_doc = defaultdict(list)
for r in gold:
    by_doc[r["doc_id"]].append(r)
if set(by_doc) != set(texts):
    err("gold docs differ from corpus")
fc = {}
for d, rows in by_doc.items():
    t = texts[d]
    spans = splitter.split(t)
    if [int(r["sentence"]) for r in rows] != list(range(len(rows))):
        err("sentence numbering " + d)
    if len(rows) != len(spans):
        err("%s: %d rows vs %d split sentences" % (d, len(rows), len(spans)))
    if not 8 <= len(rows) <= 13:
        err("%s: %d sentences" % (d, len(rows)))
    for r, (b, e, s) in zip(rows, spans):
        if (int(r["begin"]), int(r["end"]), r["text"]) != (b, e, s):
            err("%s/%s offsets or text" % (d, r["sentence"]))
        if t[int(r["begin"]):int(r["end"])] != r["text"]:
            err("%s/%s slice" % (d, r["sentence"]))
        key = (d, int(r["sentence"]))
        if r["is_forecast"] == "0":
            if any(r[c] for c in ("certainty", "polarity", "predictor", "gist", "horizon_text")):
                err("%s/%s non-forecast with labels" % key)
            continue
        if r["is_forecast"] != "1":
            err("%s/%s is_forecast value" % key)
            continue
        fc[key] = r
        if r["certainty"] not in ("certain", "probable", "possible"):
            err("%s/%s certainty" % key)
        if r["polarity"] not in ("positive", "negative"):
            err("%s/%s polarity" % key)
        n = len(r["gist"].split())
        if not 3 <= n <= 10:
            err("%s/%s gist has %d words" % (key + (n,)))
        if r["horizon_text"] and r["horizon_text"] not in r["text"]:
            err("%s/%s horizon not verbatim" % key)
        pred = r["predictor"]
        if not pred:
            err("%s/%s empty predictor" % key)
        elif pred != "AUTHOR":
            if pred[0].islower():
                if pred.lower() not in t.lower():
                    err("%s/%s description predictor not in text" % key)
            elif not has(t, pred):
                err("%s/%s predictor %r not in text" % (key + (pred,)))
            # the source must be given in the sentence or earlier
            # (titles excepted: "minister says" resolves to the body's name)
            upto = t[:int(r["end"])].lower()
            if int(r["sentence"]) > 0 and pred.lower() not in upto:
                err("%s/%s predictor %r only named later" % (key + (pred,)))

canon = defaultdict(set)
for a in actors:
    d = a["doc_id"]
    if d not in texts:
        err("actors: unknown doc " + d)
        continue
    if a["type"] not in ("PERSON", "ORGANIZATION", "PLACE"):
        err("actors: type %s" % a["type"])
    al = a["aliases"].split("|")
    if a["actor"] not in al:
        err("actors: canonical not among aliases %s/%s" % (d, a["actor"]))
    if len(set(al)) != len(al):
        err("actors: duplicate alias %s/%s" % (d, a["actor"]))
    for x in al:
        if not has(texts[d], x):
            err("actors: alias %r not verbatim in %s" % (x, d))
    if a["actor"] in canon[d]:
        err("actors: duplicate actor %s/%s" % (d, a["actor"]))
    canon[d].add(a["actor"])
for (d, k), r in fc.items():
    p = r["predictor"]
    if p != "AUTHOR" and not p[0].islower() and p not in canon[d]:
        err("%s/%s named predictor %r is not a canonical actor" % (d, k, p))

skeys = {}
for s in styles:
    key = (s["doc_id"], int(s["sentence"]))
    if key in skeys:
        err("styles: duplicate %s/%s" % key)
    skeys[key] = s
    if s["style"] not in STYLES:
        err("styles: unknown style %s" % s["style"])
    if key not in fc:
        err("styles: %s/%s is not a forecast" % key)
    elif fc[key]["predictor"] != s["predictor"]:
        err("styles: predictor mismatch %s/%s" % key)
for key in fc:
    if key not in skeys:
        err("styles: forecast %s/%s without style" % key)
cnt = Counter(s["style"] for s in styles)
for st in STYLES:
    if cnt[st] < 4:
        err("style %s has only %d forecasts" % (st, cnt[st]))
for key, s in skeys.items():
    if (s["style"] == "headline") != (key[1] == 0):
        err("styles: headline style must be exactly the title forecasts (%s/%s)" % key)

if errors:
    print("\n".join(errors))
    print("FAILED: %d errors" % len(errors))
    sys.exit(1)
print("OK: %d docs, %d sentences, %d forecasts, %d actors, %d style rows"
      % (len(texts), len(gold), len(fc), len(actors), len(styles)))
