"""Validate probe 5 files: offsets, one row per sentence, label values,
actor aliases verbatim, named predictors present in their article."""
import csv, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from splitter import split

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STYLES = {"headline", "reported", "carryover", "quote", "quote_subject", "quote_para",
          "pronoun", "alias", "office", "according_to", "nested", "description",
          "org_document", "author", "qa"}
errors = []


def err(msg):
    errors.append(msg)


def read(path):
    with open(os.path.join(ROOT, path), encoding="ascii", newline="") as fh:
        return list(csv.DictReader(fh))


meta = read("corpus/metadata.csv")
texts = {}
for m in meta:
    with open(os.path.join(ROOT, "corpus", m["file"]), encoding="ascii", newline="") as fh:
        texts[m["file"]] = fh.read()
    if not ("2026-11-25" <= m["date"] <= "2026-12-06"):
        err("date out of range " + m["file"])
    if m["license"] != "CC0" or m["source"] != "written for the Augur attribution probe 5":
        err("metadata source/license " + m["file"])
    if texts[m["file"]].split("\n")[0] != m["title"]:
        err("title mismatch " + m["file"])
if len(texts) != 16:
    err("expected 16 articles, got %d" % len(texts))
bylines = [m["author"] for m in meta if m["author"]]
if len(bylines) != 3:
    err("expected 3 bylines")
for b in bylines:
    for f, t in texts.items():
        if b in t or b.split()[-1] in t:
            err("byline %s occurs in %s" % (b, f))

# article shape
for f, t in texts.items():
    if "\r" in t or not t.endswith("\n") or "\n\n\n" in t:
        err("line ends/blank lines " + f)
    if re.search(r"\b(Dr|Mr|Mrs|Ms|St|Prof|Gen|Jr|Sr|No|vs|etc|Inc|Ltd|Co)\.|\b[A-Z]\.[A-Z]\.", t):
        err("dotted abbreviation in " + f)
    paras = t.split("\n\n")[1:]
    if not 4 <= len(paras) <= 7:
        err("%s has %d paragraphs" % (f, len(paras)))
    nbody = len(split(t)) - 1
    if not 9 <= nbody <= 13:
        err("%s has %d body sentences" % (f, nbody))

gold = read("gold/forecasts.csv")
with open(os.path.join(ROOT, "gold/forecasts.csv"), encoding="ascii") as fh:
    if fh.readline().strip() != "doc_id,sentence,begin,end,text,is_forecast,certainty,polarity,predictor,gist,horizon_text":
        err("forecasts.csv header")
actors = read("gold/actors.csv")
styles = read("styles.csv")

# actors
actor_names = {}
for a in actors:
    t = texts.get(a["doc_id"])
    if t is None:
        err("actor for unknown doc " + a["doc_id"]); continue
    if a["type"] not in ("PERSON", "ORGANIZATION", "PLACE"):
        err("bad actor type " + str(a))
    al = a["aliases"].split("|")
    if a["actor"] not in al:
        err("canonical not among aliases " + str(a))
    if len(set(al)) != len(al):
        err("duplicate alias " + str(a))
    for x in al:
        if not re.search(r"(?<![A-Za-z])" + re.escape(x) + r"(?![A-Za-z])", t):
            err("alias %r not verbatim in %s" % (x, a["doc_id"]))
    actor_names.setdefault(a["doc_id"], {})[a["actor"]] = a["type"]


def gold_check(rows, label):
    by_doc = {}
    for r in rows:
        by_doc.setdefault(r["doc_id"], []).append(r)
    for f, rs in by_doc.items():
        t = texts[f]
        sents = split(t)
        if [int(r["sentence"]) for r in rs] != list(range(len(sents))):
            err("%s %s: not one row per sentence" % (label, f))
        for r, (b, e, s) in zip(rs, sents):
            if (int(r["begin"]), int(r["end"]), r["text"]) != (b, e, s) or t[b:e] != r["text"]:
                err("%s offsets %s %s" % (label, f, r["sentence"]))
            if r["is_forecast"] == "0":
                if any(r[k] for k in ("certainty", "polarity", "predictor", "gist", "horizon_text")):
                    err("%s non-forecast with labels %s %s" % (label, f, r["sentence"]))
            elif r["is_forecast"] == "1":
                if r["certainty"] not in ("certain", "probable", "possible"):
                    err("%s certainty %s %s" % (label, f, r["sentence"]))
                if r["polarity"] not in ("positive", "negative"):
                    err("%s polarity %s %s" % (label, f, r["sentence"]))
                p = r["predictor"]
                if not p:
                    err("%s empty predictor %s %s" % (label, f, r["sentence"]))
                elif p != "AUTHOR":
                    if p in actor_names.get(f, {}):
                        if p not in t:
                            err("%s predictor %r not in %s" % (label, p, f))
                    elif p != p.lower() or p not in t.lower():
                        err("%s predictor %r neither actor nor lower-case description in %s" % (label, p, f))
                n = len(r["gist"].split())
                if not 3 <= n <= 10:
                    err("%s gist length %d %s %s" % (label, n, f, r["sentence"]))
                if r["horizon_text"] and r["horizon_text"] not in r["text"]:
                    err("%s horizon not verbatim %s %s" % (label, f, r["sentence"]))
            else:
                err("%s is_forecast value %s %s" % (label, f, r["sentence"]))
    return by_doc


gb = gold_check(gold, "gold")
if set(gb) != set(texts):
    err("gold does not cover every article")

# styles
fc = {(r["doc_id"], r["sentence"]): r for r in gold if r["is_forecast"] == "1"}
sk = {(s["doc_id"], s["sentence"]): s for s in styles}
if set(fc) != set(sk) or len(sk) != len(styles):
    err("styles.csv rows do not match forecasts one to one")
for k, s in sk.items():
    if s["style"] not in STYLES:
        err("bad style " + str(s))
    if k in fc and fc[k]["predictor"] != s["predictor"]:
        err("style predictor mismatch " + str(k))
sc = Counter(s["style"] for s in styles)
for st in STYLES:
    if sc[st] < 3:
        err("style %s used only %d times" % (st, sc[st]))

# optional second labelling
g2 = os.path.join(ROOT, "gold2.csv")
if os.path.exists(g2):
    gold_check(read("gold2.csv"), "gold2")

if errors:
    print("\n".join(errors))
    print("FAILED: %d problems" % len(errors))
    sys.exit(1)
print("OK: %d articles, %d sentences, %d forecasts, %d actors, %d style rows" % (
    len(texts), len(gold), len(fc), len(actors), len(styles)))
