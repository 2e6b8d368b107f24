"""Second-annotator labels for probe 8 (standard library only).

Usage: python3 label.py [TEXT_DIR]
TEXT_DIR is resolved relative to this script (default: texts/ beside it).
Writes gold2.csv beside this script, one row per sentence of each doc in LABELS.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import splitter  # noqa: E402

# sentence index -> (certainty, polarity, predictor, gist, horizon_text)
# sentences not listed are not forecasts.
LABELS = {
    "p8-04-mongolia-copper-licence.txt": {
        0: ("certain", "negative", "Khan Altai Copper",
            "Mongolia will not revoke copper licence", ""),
        1: ("probable", "negative", "Khan Altai Copper",
            "Mongolian government will not cancel copper licence", ""),
        3: ("certain", "positive", "Batbayar Ganzorig",
            "state to take over deposit if unpaid", "by December 31"),
        4: ("certain", "positive", "Batbayar Ganzorig",
            "Erdenes Tsagaan to run the mine", "from next spring"),
        6: ("certain", "positive", "Sarah Lindqvist",
            "London arbitration court will confirm royalties were paid", ""),
        8: ("probable", "negative", "officials at the ministry",
            "government will not accept London arbitration", ""),
        9: ("possible", "positive", "Oyunaa Dorj",
            "dispute could delay first copper output", "until 2029"),
        11: ("certain", "positive", "AUTHOR",
             "parliament economic committee to hear both sides", "on December 10"),
    },
    "p8-10-wroclaw-footbridge-inquiry.txt": {
        0: ("certain", "positive", "AUTHOR",
            "footbridge collapse inquiry to report", "in March"),
        1: ("certain", "positive", "Tomasz Zielinski",
            "commission will publish its findings", "in March"),
        2: ("certain", "positive", "Tomasz Zielinski",
            "commission will question engineers who approved renovation", ""),
        4: ("certain", "positive", "Tomasz Zielinski",
            "commission will examine whether inspectors ignored warnings", ""),
        5: ("certain", "positive", "Tomasz Zielinski",
            "final report will include binding bridge recommendations", ""),
        6: ("probable", "positive", "Magdalena Wojcik",
            "at least two people to be charged", "by the end of January"),
        8: ("certain", "positive", "Jakub Lewandowski",
            "national government will cover most bridge repair costs", ""),
        10: ("possible", "positive", "residents who live near the site",
             "replacement bridge will take years to build", ""),
    },
    "p8-14-morocco-bank-merger.txt": {
        0: ("certain", "positive", "AUTHOR",
            "Banque Atlas and Credit du Sud to merge", "by mid-2027"),
        1: ("certain", "positive", "Banque Atlas",
            "Banque Atlas will absorb Credit du Sud", ""),
        3: ("certain", "positive", "Youssef Benali",
            "merged bank will lead lending to small firms", ""),
        4: ("probable", "positive", "Youssef Benali",
            "merger savings of about 1.2 billion dirhams yearly", "by 2029"),
        6: ("certain", "negative", "Youssef Benali",
            "no employees will be laid off after merger", ""),
        8: ("probable", "positive", "Caisse Marocaine de Prevoyance",
            "pension fund to hold about 9 percent", ""),
        9: ("possible", "positive", "analysts at two Casablanca brokerages",
            "deal could prompt further consolidation among banks", ""),
        11: ("probable", "positive", "AUTHOR",
             "merger deal to close", "by June 2027"),
    },
}

HEADER = ["doc_id", "sentence", "begin", "end", "text", "is_forecast",
          "certainty", "polarity", "predictor", "gist", "horizon_text"]


def main():
    # In Augur's repository: the probe's corpus, and gold2.csv beside it.
    text_dir = os.path.join(HERE, sys.argv[1] if len(sys.argv) > 1 else "../corpus")
    out = os.path.join(os.path.dirname(HERE), "gold2.csv")
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for doc_id in sorted(LABELS):
            with open(os.path.join(text_dir, doc_id), encoding="utf-8") as f:
                text = f.read()
            spans = splitter.split(text)
            labels = LABELS[doc_id]
            bad = [i for i in labels if i >= len(spans)]
            assert not bad, (doc_id, bad)
            for i, (b, e, s) in enumerate(spans):
                assert text[b:e] == s
                if i in labels:
                    cert, pol, pred, gist, hor = labels[i]
                    assert not hor or hor in s, (doc_id, i, hor)
                    assert 3 <= len(gist.split()) <= 10, (doc_id, i, gist)
                    w.writerow([doc_id, i, b, e, s, 1, cert, pol, pred, gist, hor])
                else:
                    w.writerow([doc_id, i, b, e, s, 0, "", "", "", "", ""])


if __name__ == "__main__":
    main()
