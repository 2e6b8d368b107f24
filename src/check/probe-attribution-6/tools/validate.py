"""Validate probe 6 outputs (corpus/, gold/, styles.csv). Exit 1 on any error.

python3 tools/validate.py [--names]   (--names also lists capitalised words not covered by an actor alias)
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import splitter  # noqa: E402

STYLES = ["headline", "reported", "carryover", "quote", "quote_para", "quote_subject",
          "pronoun", "alias", "office", "according_to", "nested", "description",
          "org_document", "author", "qa"]
MIN_PER_STYLE = 4
errors = []


def err(msg):
    errors.append(msg)


def read(path):
    with open(os.path.join(ROOT, path), newline="", encoding="ascii") as f:
        return list(csv.DictReader(f))


def occurs_standalone(text, alias, longer):
    """alias occurs as a whole word somewhere not inside an occurrence of a longer alias."""
    covered = set()
    for lg in longer:
        for m in re.finditer(re.escape(lg), text):
            covered.update(range(m.start(), m.end()))
    for m in re.finditer(r"(?<![A-Za-z0-9])" + re.escape(alias) + r"(?![A-Za-z0-9])", text):
        if not covered.issuperset(range(m.start(), m.end())):
            return True
    return False


def main():
    meta = read("corpus/metadata.csv")
    docs = [m["file"] for m in meta]
    files = sorted(f for f in os.listdir(os.path.join(ROOT, "corpus")) if f.endswith(".txt"))
    if sorted(docs) != files:
        err("metadata files != corpus files")
    texts = {}
    for d in files:
        raw = open(os.path.join(ROOT, "corpus", d), "rb").read()
        if not raw.isascii():
            err(d + ": not ASCII")
        t = raw.decode("ascii")
        if "\r" in t:
            err(d + ": CR line ends")
        lines = t.split("\n")
        if not lines[0] or lines[1] != "":
            err(d + ": line 1 must be the title followed by a blank line")
        if re.search(r"\n\n\n", t):
            err(d + ": more than one blank line between paragraphs")
        texts[d] = t
    bylines = [m["author"] for m in meta if m["author"]]
    if len(bylines) != 3:
        err("expected three bylines, got %d" % len(bylines))
    for m in meta:
        if not re.fullmatch(r"2026-(11-\d\d|12-0\d)", m["date"]):
            err(m["file"] + ": date " + m["date"])
        if m["license"] != "CC0" or m["source"] != "written for the Augur attribution probe 6":
            err(m["file"] + ": source/license")
        if m["title"] != texts[m["file"]].split("\n")[0]:
            err(m["file"] + ": metadata title != line 1")
    for b in bylines:
        for d, t in texts.items():
            if b.lower() in t.lower() or b.split()[-1] in t:
                err("byline %r occurs in %s" % (b, d))

    # actors
    actors = defaultdict(list)
    for r in read("gold/actors.csv"):
        actors[r["doc_id"]].append(r)
        t = texts.get(r["doc_id"])
        if t is None:
            err("actors: unknown doc " + r["doc_id"])
            continue
        if r["type"] not in ("PERSON", "ORGANIZATION", "PLACE"):
            err("actors: bad type %r" % r["type"])
        al = r["aliases"].split("|")
        if r["actor"] not in al:
            err("actors: canonical %r not among its aliases" % r["actor"])
        if len(set(al)) != len(al):
            err("actors: duplicate alias in " + r["actor"])
        if max(al, key=len) != r["actor"]:
            err("actors: canonical %r is not the fullest form" % r["actor"])
        for a in al:
            if a not in t:
                err("%s: alias %r not verbatim in text" % (r["doc_id"], a))
            elif not occurs_standalone(t, a, [x for x in al if len(x) > len(a) and a in x]):
                err("%s: alias %r never occurs on its own" % (r["doc_id"], a))
    for d in texts:
        seen = Counter(r["actor"] for r in actors[d])
        for k, v in seen.items():
            if v > 1:
                err("%s: actor %r listed twice" % (d, k))

    # forecasts
    rows = read("gold/forecasts.csv")
    bydoc = defaultdict(list)
    for r in rows:
        bydoc[r["doc_id"]].append(r)
    if set(bydoc) != set(texts):
        err("forecasts.csv docs != corpus docs")
    fc = {}
    for d, t in texts.items():
        rs = bydoc.get(d, [])
        if [int(r["sentence"]) for r in rs] != list(range(len(rs))):
            err(d + ": sentence indexes not 0..n-1 in order")
        spans = splitter.split(t)
        if [(b, e) for b, e, _ in spans] != [(int(r["begin"]), int(r["end"])) for r in rs]:
            err(d + ": rows do not match the splitter (one row per sentence)")
        if not (8 <= len(rs) <= 13):
            err("%s: %d sentences, want 8-13 incl. title" % (d, len(rs)))
        canon = {a["actor"]: a["type"] for a in actors[d]}
        allalias = {x: a["actor"] for a in actors[d] for x in a["aliases"].split("|")}
        for r in rs:
            key = (d, int(r["sentence"]))
            b, e = int(r["begin"]), int(r["end"])
            if t[b:e] != r["text"]:
                err("%s: text != file[begin:end]" % (key,))
            if r["is_forecast"] == "0":
                if any(r[c] for c in ("certainty", "polarity", "predictor", "gist", "horizon_text")):
                    err("%s: non-forecast with labels" % (key,))
                continue
            if r["is_forecast"] != "1":
                err("%s: is_forecast %r" % (key, r["is_forecast"]))
                continue
            fc[key] = r
            if r["certainty"] not in ("certain", "probable", "possible"):
                err("%s: certainty %r" % (key, r["certainty"]))
            if r["polarity"] not in ("positive", "negative"):
                err("%s: polarity %r" % (key, r["polarity"]))
            n = len(r["gist"].split())
            if not 3 <= n <= 10:
                err("%s: gist has %d words" % (key, n))
            if r["horizon_text"] and r["horizon_text"] not in r["text"]:
                err("%s: horizon %r not verbatim" % (key, r["horizon_text"]))
            p = r["predictor"]
            if not p:
                err("%s: empty predictor" % (key,))
            elif p == "AUTHOR":
                pass
            elif p[0].isupper():
                if p not in t:
                    err("%s: predictor %r not in article" % (key, p))
                if p not in canon:
                    err("%s: named predictor %r is not an actor canonical name" % (key, p))
            else:
                if p.lower() not in t.lower():
                    err("%s: description %r not in article" % (key, p))
                if p in allalias:
                    err("%s: description %r is an actor alias" % (key, p))
    # styles
    srows = read("styles.csv")
    skeys = {}
    for s in srows:
        key = (s["doc_id"], int(s["sentence"]))
        if key in skeys:
            err("styles: duplicate %s" % (key,))
        skeys[key] = s
        if s["style"] not in STYLES:
            err("styles: unknown style %r" % s["style"])
        if key not in fc:
            err("styles: %s is not a forecast" % (key,))
        elif fc[key]["predictor"] != s["predictor"]:
            err("styles: predictor mismatch at %s" % (key,))
        if s["style"] == "headline" and key[1] != 0:
            err("styles: headline style on non-title %s" % (key,))
        if s["style"] == "qa" and not (fc.get(key) and (fc[key]["text"].startswith("A: ") or True)):
            pass
    for key in fc:
        if key not in skeys:
            err("styles: forecast %s has no style" % (key,))
    cnt = Counter(s["style"] for s in srows)
    for st in STYLES:
        if cnt[st] < MIN_PER_STYLE:
            err("style %s has only %d forecasts" % (st, cnt[st]))

    if "--names" in sys.argv:
        for d, t in texts.items():
            al = sorted({x for a in actors[d] for x in a["aliases"].split("|")}, key=len, reverse=True)
            masked = t
            for a in al:
                masked = masked.replace(a, "#" * len(a))
            cands = set()
            for m in re.finditer(r"(?<=[a-z,;:] )[A-Z][A-Za-z'-]+", masked):
                cands.add(m.group())
            print(d, sorted(cands))

    if errors:
        print("\n".join(errors))
        print("FAILED: %d errors" % len(errors))
        sys.exit(1)
    print("OK: %d docs, %d sentences, %d forecasts, %d styles, %d actors"
          % (len(texts), len(rows), len(fc), len(srows), sum(len(v) for v in actors.values())))


if __name__ == "__main__":
    main()
