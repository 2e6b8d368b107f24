#!/usr/bin/env python3
"""Who "we" is in a government's statement: a logistic regression over the words of a sentence that
tells the speaker's own state ("We will host the summit") from a larger group ("we must act together").

An offline experiment (standard library only), kept with its labels (src/train/gold/we-speaker): Augur
does NOT ship its output. Augur names the state for "we" in a gist only where a word guard says so
(event/GistSubject.national); this tool measured that guard and a learned alternative on held-out
speeches (src/doc/gists-and-horizons.md, nineteenth session).

`guard` reports the shipped guard's precision and recall on the labels; `cv` reports precision and recall of "the speaker's state" by 5-fold cross-validation by speech, at a
few thresholds; `train` writes the weights (feature, weight; a `threshold` line). Labels: CSVs with
doc_id, begin, end, label (SPEAKER / GROUP / UNCLEAR / NONE); the sentence is text[begin:end] of the
speech file doc_id under --texts (../shared/data/bench/ungd-2018). Only SPEAKER and GROUP rows are
learned from.

Features: each lower-cased word of the sentence ("n't", runs of word characters, other single
characters) as "u:" + word; "any:state", "any:group", "any:modal" when a phrase of the guard's three
lists is in it; a bias. Full-batch gradient descent, L2, fixed iterations: deterministic.

    /usr/bin/python3 src/train/we_speaker.py cv --labels src/train/gold/we-speaker/labels.csv \
        --texts ../shared/data/bench/ungd-2018 [--seed N]
"""
import argparse
import csv
import math
import os
import random
import re

TOKEN = re.compile(r"n't|\w+|[^\w\s]")


def words(text):
    return TOKEN.findall(text.lower())


PHRASES = {
    # of a government speaking of its own country or committing to a course
    "state": ["national", "domestic", "at home", "our country", "my country", "my government", "our government",
              "our people", "my delegation", "continue", "continues", "continued", "continuing", "remain", "remains",
              "committed", "commitment", "ready", "intend", "intends", "pledge", "pledged", "plan", "plans", "aim",
              "aims"],
    # of a larger group
    "group": ["world", "global", "globally", "humanity", "humankind", "mankind", "generation", "generations",
              "shared", "together", "multilateral", "multilateralism", "collaboration", "planet", "everyone",
              "nations", "collective", "collectively", "region", "continent", "africa", "international community",
              "all of us", "member states", "small island"],
    # what anyone can or should do
    "modal": ["can", "cannot", "could", "may", "might", "must", "should", "would", "n't"],
}


def features(text):
    ws = words(text)
    joined = " " + " ".join(ws) + " "
    f = {"u:" + w for w in ws} | {"BIAS"}
    for kind, phrases in PHRASES.items():
        if any(" " + p + " " in joined for p in phrases):
            f.add("any:" + kind)
    return sorted(f)


def read(paths, texts):
    rows = []
    for path in paths:
        with open(path, newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                if r["label"] not in ("SPEAKER", "GROUP"):
                    continue
                with open(os.path.join(texts, r["doc_id"]), encoding="utf-8") as t:
                    text = t.read()[int(r["begin"]):int(r["end"])]
                rows.append((r["doc_id"], features(text), 1 if r["label"] == "SPEAKER" else 0))
    return rows


def train(rows, l2, iterations, rate):
    w = {}
    n = len(rows)
    for _ in range(iterations):
        g = {}
        for _, f, y in rows:
            p = prob(w, f)
            for x in f:
                g[x] = g.get(x, 0.0) + (p - y)
        for x in sorted(set(g) | set(w)):
            decay = 0.0 if x == "BIAS" else l2 * w.get(x, 0.0)
            w[x] = w.get(x, 0.0) - rate * (g.get(x, 0.0) + decay) / n
    return w


def prob(w, f):
    z = sum(w.get(x, 0.0) for x in f)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def cmd_cv(args, rows):
    docs = sorted({d for d, _, _ in rows})
    random.Random(args.seed).shuffle(docs)
    fold = {d: i % 5 for i, d in enumerate(docs)}
    out = []
    for k in range(5):
        w = train([r for r in rows if fold[r[0]] != k], args.l2, args.iterations, args.rate)
        out += [(prob(w, f), y) for d, f, y in rows if fold[d] == k]
    positives = sum(y for _, y in out)
    print(f"{len(out)} sentences, {positives} the speaker's state, {len({d for d, _, _ in rows})} speeches")
    for th in (0.95, 0.925, 0.9, 0.875, 0.85, 0.8, 0.7):
        chosen = [y for p, y in out if p >= th]
        right = sum(chosen)
        print(f"threshold {th:.3f}: named {len(chosen):4d}, right {right:4d}, precision {right / max(1, len(chosen)):.3f}, "
              f"recall {right / positives:.3f}")


def cmd_guard(args, rows):
    """The word guard Augur ships (GistSubject.national, its three lists as PHRASES here), by label batch."""
    positives = sum(y for _, _, y in rows)
    chosen = [y for _, f, y in rows if "any:state" in f and "any:group" not in f and "any:modal" not in f]
    print(f"{len(rows)} sentences, {positives} the speaker's state: the guard names {len(chosen)}, right "
          f"{sum(chosen)}, precision {sum(chosen) / max(1, len(chosen)):.3f}, recall {sum(chosen) / positives:.3f}")


def cmd_train(args, rows):
    w = train(rows, args.l2, args.iterations, args.rate)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(f"# we-speaker.tsv: written by src/train/we_speaker.py train ({len(rows)} sentences; "
                f"l2 {args.l2}, {args.iterations} iterations, rate {args.rate}); threshold {args.threshold}\n")
        f.write(f"threshold\t{args.threshold}\n")
        for x in sorted(w):
            if abs(w[x]) >= 1e-4:
                f.write(f"{x}\t{w[x]:.6f}\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["cv", "guard", "train"])
    ap.add_argument("--labels", nargs="+", required=True)
    ap.add_argument("--texts", required=True, help="the folder of the speeches (../shared/data/bench/ungd-2018)")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--iterations", type=int, default=300)
    ap.add_argument("--rate", type=float, default=0.5)
    ap.add_argument("--threshold", type=float, default=0.9)
    ap.add_argument("--out", default="we-speaker.tsv")
    ap.add_argument("--seed", type=int, default=20261208, help="the shuffle of the speeches into folds (cv)")
    args = ap.parse_args()
    rows = read(args.labels, args.texts)
    {"cv": cmd_cv, "guard": cmd_guard, "train": cmd_train}[args.command](args, rows)


if __name__ == "__main__":
    main()
