#!/usr/bin/env python3
"""Validate the probe-3 gold: offsets, indices, labels, aliases, metadata, styles."""
import csv, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from build import split
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
err = []
def rd(p): return list(csv.DictReader(open(f"{ROOT}/{p}", encoding="utf-8", newline="")))
meta = rd("corpus/metadata.csv")
assert list(meta[0].keys()) == ["file", "date", "title", "author", "source", "license"]
files = sorted(f for f in os.listdir(f"{ROOT}/corpus") if f.endswith(".txt"))
if sorted(m["file"] for m in meta) != files: err.append("metadata files != corpus files")
texts = {}
for f in files:
    raw = open(f"{ROOT}/corpus/{f}", "rb").read()
    t = raw.decode("utf-8")
    if "\r" in t or t.startswith("\ufeff"): err.append(f"{f}: CR or BOM")
    if "\n\n\n" in t or not t.split("\n")[1] == "": err.append(f"{f}: paragraph layout")
    if re.search(r"\b(Mr|Mrs|Dr|Prof|St|e\.g|i\.e|U\.S)\.", t): err.append(f"{f}: abbreviation with period")
    texts[f] = t
nauth = 0
for m in meta:
    if not ("2026-11-15" <= m["date"] <= "2026-12-05"): err.append(f"{m['file']}: date")
    if m["title"] != texts[m["file"]].split("\n")[0]: err.append(f"{m['file']}: title")
    if m["author"]:
        nauth += 1
        for part in m["author"].split():
            if part in texts[m["file"]]: err.append(f"{m['file']}: author name in text")
    if m["license"] != "CC0" or m["source"] != "written for the Augur attribution probe 3": err.append("meta source/license")
if nauth != 3: err.append(f"{nauth} bylines, want 3")
g = rd("gold/forecasts.csv")
assert list(g[0].keys()) == "doc_id,sentence,begin,end,text,is_forecast,certainty,polarity,predictor,gist,horizon_text".split(",")
bydoc = {}
for r in g: bydoc.setdefault(r["doc_id"], []).append(r)
if sorted(bydoc) != files: err.append("gold docs != corpus files")
for d, rows in bydoc.items():
    t = texts[d]
    spans = split(t)
    if [int(r["sentence"]) for r in rows] != list(range(len(rows))): err.append(f"{d}: indices")
    if len(spans) != len(rows): err.append(f"{d}: {len(rows)} rows vs {len(spans)} split sentences")
    for r, sp in zip(rows, spans):
        b, e = int(r["begin"]), int(r["end"])
        if t[b:e] != r["text"]: err.append(f"{d}/{r['sentence']}: text != file[begin:end]")
        if (b, e) != sp: err.append(f"{d}/{r['sentence']}: span differs from splitter")
        n = int(r["sentence"]); wc = len(t[b:e].split())
        if r["is_forecast"] == "1":
            if r["certainty"] not in ("certain", "probable", "possible"): err.append(f"{d}/{n}: certainty")
            if r["polarity"] not in ("positive", "negative"): err.append(f"{d}/{n}: polarity")
            if not r["predictor"]: err.append(f"{d}/{n}: predictor")
            if r["predictor"] != "AUTHOR" and r["predictor"].lower() not in t.lower():
                parts = re.split(r" and ", r["predictor"])
                if not all(p.lower() in t.lower() for p in parts): err.append(f"{d}/{n}: predictor not in text")
            if not (2 <= len(r["gist"].split()) <= 10): err.append(f"{d}/{n}: gist length")
            if r["horizon_text"] and r["horizon_text"] not in r["text"]: err.append(f"{d}/{n}: horizon not verbatim")
        elif r["is_forecast"] == "0":
            if any(r[k] for k in ("certainty", "polarity", "predictor", "gist", "horizon_text")): err.append(f"{d}/{n}: labels on non-forecast")
        else: err.append(f"{d}/{n}: is_forecast")
    body = len(rows) - 1
    if not 6 <= body <= 12: err.append(f"{d}: {body} body sentences")
for a in rd("gold/actors.csv"):
    if a["type"] not in ("PERSON", "ORGANIZATION", "PLACE"): err.append(f"{a['doc_id']}: type {a['type']}")
    als = a["aliases"].split("|")
    if a["actor"] not in als: err.append(f"{a['doc_id']}: canonical {a['actor']} not among aliases")
    for al in als:
        if not re.search(r"(?<!\w)" + re.escape(al) + r"(?!\w)", texts[a["doc_id"]]): err.append(f"{a['doc_id']}: alias {al!r} not verbatim")
fc = {(r["doc_id"], r["sentence"]): r for r in g if r["is_forecast"] == "1"}
st = rd("styles.csv")
if sorted((s["doc_id"], s["sentence"]) for s in st) != sorted(fc): err.append("styles.csv rows != forecasts")
for s in st:
    if (s["doc_id"], s["sentence"]) in fc and fc[(s["doc_id"], s["sentence"])]["predictor"] != s["predictor"]: err.append("styles predictor mismatch")
print("\n".join(err) if err else f"OK: {len(files)} articles, {len(g)} sentences, {len(fc)} forecasts")
sys.exit(1 if err else 0)
