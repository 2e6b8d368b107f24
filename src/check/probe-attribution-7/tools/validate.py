"""Validate the probe 7 files (offsets, labels, actors, styles, metadata). Exit 1 on any error."""
import csv, os, re, sys
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from splitter import split

STYLES = ["headline", "reported", "carryover", "quote", "quote_para", "quote_subject", "pronoun", "alias",
          "office", "according_to", "nested", "description", "org_document", "author", "qa"]
MIN_PER_STYLE = 4
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def read(path):
    with open(os.path.join(ROOT, path), encoding="ascii", newline="") as fh:
        return list(csv.DictReader(fh))


meta = read("corpus/metadata.csv")
fc = read("gold/forecasts.csv")
ac = read("gold/actors.csv")
st = read("styles.csv")

docs = [m["file"] for m in meta]
if len(docs) != 16 or len(set(docs)) != 16:
    err("expected 16 distinct docs in metadata, got", len(set(docs)))
texts = {}
for d in docs:
    if not re.fullmatch(r"p7-\d\d-[a-z0-9-]+\.txt", d):
        err("bad doc_id", d)
    raw = open(os.path.join(ROOT, "corpus", d), "rb").read()
    try:
        t = raw.decode("ascii")
    except UnicodeDecodeError:
        err(d, "not ASCII"); continue
    if "\r" in t:
        err(d, "contains CR")
    lines = t.split("\n")
    if not lines[0].strip() or lines[1] != "":
        err(d, "line 1 must be the title and line 2 blank")
    if "\n\n\n" in t or not t.endswith("\n") or t.endswith("\n\n"):
        err(d, "paragraphs must be separated by exactly one blank line, file ends with one newline")
    if re.search(r"\b(?:Dr|Mr|Mrs|Ms|St|U\.S|p\.m|a\.m|e\.g|i\.e)\.", t):
        err(d, "dotted abbreviation")
    texts[d] = t
corpus_files = sorted(f for f in os.listdir(os.path.join(ROOT, "corpus")) if f != "metadata.csv")
if corpus_files != sorted(docs):
    err("corpus files and metadata differ")

# metadata
bylines = [m["author"] for m in meta if m["author"]]
if len(bylines) != 3:
    err("expected exactly 3 bylines, got", len(bylines))
for m in meta:
    if not re.fullmatch(r"2026-(11-(0[1-9]|[12]\d|30)|12-0[1-9])", m["date"]):
        err(m["file"], "bad date", m["date"])
    if m["source"] != "written for the Augur attribution probe 7" or m["license"] != "CC0":
        err(m["file"], "bad source/license")
    if m["file"] in texts and m["title"] != texts[m["file"]].split("\n")[0]:
        err(m["file"], "metadata title differs from line 1")
for b in bylines:
    for d, t in texts.items():
        if b.lower() in t.lower():
            err("byline", b, "occurs in", d)

# actors
actors = defaultdict(dict)  # doc -> canon -> (type, aliases)
for r in ac:
    d = r["doc_id"]
    if d not in texts:
        err("actors: unknown doc", d); continue
    if r["type"] not in ("PERSON", "ORGANIZATION", "PLACE"):
        err(d, "bad actor type", r)
    al = r["aliases"].split("|")
    if r["actor"] in actors[d]:
        err(d, "duplicate actor", r["actor"])
    if r["actor"] not in al:
        err(d, "canonical not among aliases", r["actor"])
    if len(set(al)) != len(al):
        err(d, "duplicate alias", r["actor"])
    for a in al:
        if not re.search(r"(?<![A-Za-z])" + re.escape(a) + r"(?![a-z])", texts[d]):
            err(d, "alias not verbatim in text:", a)
    for a in al:
        if a != r["actor"] and len(a) > len(r["actor"]):
            err(d, "alias longer than canonical (canonical should be fullest):", a)
    actors[d][r["actor"]] = (r["type"], al)
for d in texts:
    if d not in actors:
        err(d, "no actors")

# forecasts
by_doc = defaultdict(list)
for r in fc:
    by_doc[r["doc_id"]].append(r)
fkeys = {}
for d, t in texts.items():
    rows = by_doc.get(d, [])
    spans = split(t)
    if [int(r["sentence"]) for r in rows] != list(range(len(spans))):
        err(d, "sentence rows are not 0..n-1 matching the splitter", len(rows), len(spans))
    if not 8 <= len(spans) <= 13:
        err(d, "has", len(spans), "sentences (want 8-13)")
    for r, (b, e) in zip(rows, spans):
        i = int(r["sentence"])
        if (int(r["begin"]), int(r["end"])) != (b, e):
            err(d, i, "offsets differ from splitter")
        if t[int(r["begin"]):int(r["end"])] != r["text"]:
            err(d, i, "text != file[begin:end]")
        if r["is_forecast"] == "0":
            if any(r[k] for k in ("certainty", "polarity", "predictor", "gist", "horizon_text")):
                err(d, i, "non-forecast with labels")
            continue
        if r["is_forecast"] != "1":
            err(d, i, "bad is_forecast"); continue
        fkeys[(d, i)] = r
        if r["certainty"] not in ("certain", "probable", "possible"):
            err(d, i, "bad certainty")
        if r["polarity"] not in ("positive", "negative"):
            err(d, i, "bad polarity")
        n = len(r["gist"].split())
        if not 3 <= n <= 10:
            err(d, i, "gist has", n, "words")
        if r["horizon_text"] and r["horizon_text"] not in r["text"]:
            err(d, i, "horizon not verbatim:", r["horizon_text"])
        p = r["predictor"]
        if not p:
            err(d, i, "empty predictor")
        elif p == "AUTHOR":
            pass
        elif p in actors[d]:
            typ, al = actors[d][p]
            if typ == "PLACE":
                err(d, i, "predictor is a place", p)
            if i > 0:  # attribution must be inside the sentence or earlier (titles may name the body's source)
                upto = t[:int(r["end"])]
                if not any(a in upto for a in al):
                    err(d, i, "predictor", p, "not named at or before the sentence")
        else:
            if not p[0].islower():
                err(d, i, "predictor", p, "is neither AUTHOR, an actor of the doc, nor a lower-case description")
            elif p.lower() not in t.lower():
                err(d, i, "description predictor not in text:", p)
            elif p.lower() not in t[:int(r["end"])].lower():
                err(d, i, "description predictor only later in text:", p)

# styles
seen = set()
count = Counter()
for r in st:
    k = (r["doc_id"], int(r["sentence"]))
    if k in seen:
        err("styles: duplicate row", k)
    seen.add(k)
    if k not in fkeys:
        err("styles: row for a non-forecast", k); continue
    if r["style"] not in STYLES:
        err("styles: unknown style", k, r["style"])
    if r["predictor"] != fkeys[k]["predictor"]:
        err("styles: predictor differs from gold", k)
    if k[1] == 0 and r["style"] != "headline":
        err("styles: title forecast must be headline", k)
    if r["style"] == "headline" and k[1] != 0:
        err("styles: headline style on a body sentence", k)
    if r["style"] == "author" and fkeys[k]["predictor"] != "AUTHOR":
        err("styles: author style with a named predictor", k)
    if r["style"] == "description" and not fkeys[k]["predictor"][0].islower():
        err("styles: description style with a named predictor", k)
    count[r["style"]] += 1
for k in fkeys:
    if k not in seen:
        err("styles: forecast without style row", k)
for s in STYLES:
    if count[s] < MIN_PER_STYLE:
        err("style", s, "has only", count[s], "forecasts")

nf = len(fkeys)
nn = len(fc) - nf
print(f"{len(texts)} docs, {len(fc)} sentences, {nf} forecasts, {nn} non-forecasts, {len(ac)} actors")
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
