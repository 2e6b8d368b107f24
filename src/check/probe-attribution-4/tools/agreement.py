#!/usr/bin/env python3
"""Agreement between gold/forecasts.csv and gold2.csv on the double-labelled
articles -> agreement.txt.

Reports: forecast-sentence precision/recall/F1 (gold as reference), Cohen's
kappa on is_forecast, and on forecasts both labellings share: certainty,
polarity and predictor agreement (exact string match after trimming and
case-folding), with every disagreement listed.
"""
import csv
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def load(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return {(r["doc_id"], int(r["sentence"])): r for r in csv.DictReader(fh)}


def main():
    g2 = load(os.path.join(ROOT, "gold2.csv"))
    g1all = load(os.path.join(ROOT, "gold", "forecasts.csv"))
    docs = sorted({d for d, _ in g2})
    g1 = {k: v for k, v in g1all.items() if k[0] in docs}
    out = []
    if set(g1) != set(g2):
        out.append("WARNING: sentence sets differ (%d vs %d)" % (len(g1), len(g2)))
    for k in g1:
        if k in g2 and g1[k]["text"] != g2[k]["text"]:
            out.append("WARNING: text differs at %s" % (k,))
    keys = sorted(set(g1) & set(g2))
    a = {k for k in keys if g1[k]["is_forecast"] == "1"}
    b = {k for k in keys if g2[k]["is_forecast"] == "1"}
    tp = len(a & b)
    prec = tp / len(b) if b else 0.0
    rec = tp / len(a) if a else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    n = len(keys)
    po = sum((k in a) == (k in b) for k in keys) / n
    pa, pb = len(a) / n, len(b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    kappa = (po - pe) / (1 - pe) if pe < 1 else 1.0

    shared = sorted(a & b)
    def agree(field, norm=lambda s: s.strip()):
        ok = [k for k in shared if norm(g1[k][field]) == norm(g2[k][field])]
        return len(ok), [k for k in shared if k not in ok]
    c_ok, c_bad = agree("certainty")
    p_ok, p_bad = agree("polarity")
    r_ok, r_bad = agree("predictor", lambda s: s.strip().lower())
    h_ok, h_bad = agree("horizon_text")

    cm = Counter((g1[k]["certainty"], g2[k]["certainty"]) for k in shared)

    out += [
        "Double-labelling agreement, Augur attribution probe 4",
        "Articles re-labelled from scratch (gold2.csv): " + ", ".join(docs),
        "Sentences compared: %d" % n,
        "Forecast sentences: first labelling %d, second labelling %d, both %d"
        % (len(a), len(b), tp),
        "",
        "Forecast detection (first labelling as reference):",
        "  precision %.3f  recall %.3f  F1 %.3f" % (prec, rec, f1),
        "  raw agreement on is_forecast %.3f  Cohen's kappa %.3f" % (po, kappa),
        "",
        "On the %d shared forecasts:" % len(shared),
        "  certainty agreement %d/%d = %.3f" % (c_ok, len(shared), c_ok / len(shared) if shared else 0),
        "  polarity agreement  %d/%d = %.3f" % (p_ok, len(shared), p_ok / len(shared) if shared else 0),
        "  predictor agreement %d/%d = %.3f (exact, case-insensitive)"
        % (r_ok, len(shared), r_ok / len(shared) if shared else 0),
        "  horizon_text agreement %d/%d = %.3f (exact)"
        % (h_ok, len(shared), h_ok / len(shared) if shared else 0),
        "",
        "Certainty pairs (first, second): " + ", ".join(
            "%s/%s=%d" % (x, y, c) for (x, y), c in sorted(cm.items())),
        "",
        "Disagreements:",
    ]
    dis = []
    for k in keys:
        if (k in a) != (k in b):
            dis.append("  %s/%d is_forecast first=%s second=%s: %s" % (
                k[0], k[1], g1[k]["is_forecast"], g2[k]["is_forecast"], g1[k]["text"]))
    for field, bad in (("certainty", c_bad), ("polarity", p_bad), ("predictor", r_bad),
                       ("horizon_text", h_bad)):
        for k in bad:
            dis.append("  %s/%d %s first=%r second=%r" % (k[0], k[1], field,
                                                          g1[k][field], g2[k][field]))
    out += dis or ["  none"]
    out += [
        "",
        "Caveat: both labellings were made by the same annotator (the second",
        "without consulting the first), so this measures self-consistency,",
        "not inter-annotator agreement.",
    ]
    text = "\n".join(out) + "\n"
    with open(os.path.join(ROOT, "agreement.txt"), "w", encoding="utf-8") as fh:
        fh.write(text)
    print(text, end="")


if __name__ == "__main__":
    main()
