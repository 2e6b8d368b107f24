#!/usr/bin/env python3
"""Second, independent labelling of 3 probe-4 articles -> gold2.csv.

The three articles were drawn with random.seed(4); random.sample(sorted
doc_ids, 3).  Labels below were written from the article texts only
(corpus/*.txt split with tools/splitter.py), following GUIDELINES.md and the
probe conventions, without consulting tools/source.py or gold/forecasts.csv.

Each entry: sentence index -> (certainty, polarity, predictor, gist, horizon)
for forecasts; sentences not listed are non-forecasts.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from splitter import split_sentences  # noqa: E402

LABELS2 = {
    "p4-02-kenya-geothermal": {
        # 0 title: a plan, no source in the headline -> article voice
        0: ("certain", "positive", "AUTHOR", "Kenya expanding geothermal generation", ""),
        1: ("certain", "positive", "Ruth Wambui", "400 megawatts of new geothermal capacity", "by 2029"),
        # 2 past (output has fallen)
        3: ("possible", "positive", "Kenya Power", "blackouts may return to Nairobi", "in January"),
        # 4 past import; 5 past; 6 question
        7: ("certain", "positive", "Ruth Wambui", "private companies will build most plants", ""),
        # 8 question
        9: ("possible", "positive", "Ruth Wambui", "slight rise in electricity prices", "next year"),
        # 10 present judgement ("ambitious") - not a forecast
        11: ("probable", "positive", "energy analysts", "first plant delayed to 2028", ""),
        12: ("certain", "positive", "AUTHOR", "parliament debates financing bill", "on December 15"),
    },
    "p4-05-brazil-dam-court": {
        0: ("certain", "positive", "AUTHOR", "court will rule on dam licence", "in February"),
        1: ("certain", "positive", "Supreme Federal Court", "ruling on Tapajos dam licence", "in February"),
        # 2 past suspension
        3: ("certain", "positive", "Supreme Federal Court", "public, online-broadcast hearings", ""),
        4: ("certain", "positive", "Renata Moura", "ruling will decide all Amazon dams", ""),
        5: ("certain", "positive", "Renata Moura", "eleven more projects if licence stands", "within a decade"),
        6: ("certain", "positive", "Renata Moura", "appeal to Inter-American Commission if lost", ""),
        7: ("probable", "positive", "Energia Norte", "licence expected to be upheld", ""),
        # 8 present supply
        9: ("certain", "positive", "Energia Norte", "northern bills up a tenth if closed", ""),
        # 10 past vigil
    },
    "p4-08-lisbon-stadium": {
        0: ("certain", "positive", "Rui Matos", "new stadium open by 2030", "by 2030"),
        1: ("certain", "positive", "Rui Matos", "first match at new stadium", "in August 2030"),
        # 2 present/past
        3: ("certain", "positive", "Rui Matos", "council approves site, construction starts", "before Easter"),
        # 4 past approval; 5 past stake purchase
        6: ("certain", "negative", "Joana Prates", "Benfica will never accept stadium", ""),
        7: ("possible", "positive", "Campo Analytics", "matchday revenue could rise 60 percent", ""),
        # 8 advice (should stay affordable)
        9: ("probable", "positive", "AUTHOR", "fans vote on new crest", "next month"),
        # 10 past
    },
}

COLS = ["doc_id", "sentence", "begin", "end", "text", "is_forecast",
        "certainty", "polarity", "predictor", "gist", "horizon_text"]


def main():
    rows = []
    for doc in sorted(LABELS2):
        with open(os.path.join(ROOT, "corpus", doc + ".txt"), encoding="utf-8") as fh:
            t = fh.read()
        labs = LABELS2[doc]
        spans = split_sentences(t)
        assert max(labs) < len(spans)
        for i, (b, e) in enumerate(spans):
            r = dict(doc_id=doc, sentence=i, begin=b, end=e, text=t[b:e],
                     is_forecast=0, certainty="", polarity="", predictor="",
                     gist="", horizon_text="")
            if i in labs:
                c, p, pred, g, h = labs[i]
                assert not h or h in t[b:e], (doc, i, h)
                r.update(is_forecast=1, certainty=c, polarity=p,
                         predictor=pred, gist=g, horizon_text=h)
            rows.append(r)
    with open(os.path.join(ROOT, "gold2.csv"), "w", encoding="utf-8",
              newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print("gold2.csv: %d sentences, %d forecasts"
          % (len(rows), sum(r["is_forecast"] for r in rows)))


if __name__ == "__main__":
    main()
