"""Second-annotator labels for probe 7 (forecast sentences).

Reads the texts from a directory (default: texts/ beside this script), splits them with
splitter.py (beside this script), and writes gold2.csv beside this script.
Usage: python3 label.py [texts_dir]   (texts_dir relative to the script's directory)
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import splitter  # noqa: E402

F = "1"
# doc_id -> {sentence_index: (certainty, polarity, predictor, gist, horizon_text)}
# sentences not listed are is_forecast = 0
LABELS = {
    "p7-03-bolivia-tin-mine-strike.txt": {
        0: ("probable", "positive", "Qullqi Mineworkers Union",
            "tin mine strike to last into December", "into December"),
        2: ("certain", "positive", "Qullqi Mineworkers Union",
            "stoppage to continue until Minandes meets demands", ""),
        3: ("certain", "positive", "Qullqi Mineworkers Union",
            "members to block Oruro-La Paz highway", "from Friday"),
        4: ("certain", "positive", "Qullqi Mineworkers Union",
            "Potosi miners to join the walkout", "next week"),
        6: ("certain", "negative", "Rosa Elvira Mamani de Quispe",
            "management will not raise offer beyond 8 percent", ""),
        9: ("probable", "positive", "Teodoro Condori Huarachi",
            "deal to be reached before Christmas", "before Christmas"),
        10: ("certain", "positive", "Minera Andina del Sur",
             "Mamani de Quispe to meet union leaders", "on Saturday"),
        11: ("probable", "negative", "two union delegates",
             "Saturday talks will not produce an agreement", ""),
    },
    "p7-08-trinidad-extradition-ruling.txt": {
        0: ("certain", "positive", "AUTHOR",
            "court to rule on banker's extradition", "next week"),
        1: ("certain", "positive", "court officials",
            "High Court to deliver extradition ruling", "on December 4"),
        3: ("certain", "positive", "Sharon Baptiste-Ramdial",
            "client to appeal to Privy Council if ruled against", ""),
        4: ("certain", "positive", "Sharon Baptiste-Ramdial",
            "case will go all the way", ""),
        5: ("certain", "positive", "Sharon Baptiste-Ramdial",
            "evidence will show client never in Miami", ""),
        6: ("certain", "positive", "Reginald Mohammed-Clarke",
            "government to honour its treaty obligations", ""),
        7: ("probable", "positive", "Daniel Okafor-Reyes",
            "prosecutor to seek 20-year sentence if extradited", ""),
        9: ("possible", "positive", "legal experts",
            "case could take two more years at Privy Council", "two more years"),
    },
    "p7-12-indonesia-transfer-window.txt": {
        0: ("probable", "positive", "Persiwangi Raya",
            "Persiwangi Raya to sign two foreign strikers", "when window opens in January"),
        1: ("certain", "positive", "Bambang Hadiwijaya",
            "Persiwangi Raya to sign two foreign strikers",
            "when the transfer window opens on January 5"),
        5: ("certain", "positive", "Bambang Hadiwijaya",
            "January budget about twice last year's spending", "for January"),
        7: ("probable", "positive", "Bambang Hadiwijaya",
            "Porto club will ask too much for Thiago", ""),
        9: ("certain", "positive", "Bambang Hadiwijaya",
            "coach Rui Sequeira to stay until season end", "until the end of the season"),
        11: ("probable", "positive", "Bintang Timur FC",
             "Bintang Timur FC to bid for Moreira", ""),
    },
}

HEADER = ["doc_id", "sentence", "begin", "end", "text", "is_forecast",
          "certainty", "polarity", "predictor", "gist", "horizon_text"]


def main():
    # In Augur's repository: the probe's corpus, and gold2.csv beside it.
    texts_dir = os.path.join(HERE, sys.argv[1] if len(sys.argv) > 1 else "../corpus")
    out_path = os.path.join(os.path.dirname(HERE), "gold2.csv")
    rows = []
    for doc_id in sorted(os.listdir(texts_dir)):
        if not doc_id.endswith(".txt") or doc_id not in LABELS:
            continue
        with open(os.path.join(texts_dir, doc_id), encoding="utf-8", newline="") as fh:
            text = fh.read()
        spans = splitter.split(text)
        labels = LABELS.get(doc_id, {})
        bad = [i for i in labels if i >= len(spans)]
        if bad:
            raise SystemExit("%s: labelled sentence(s) %s out of range" % (doc_id, bad))
        for i, (b, e) in enumerate(spans):
            sent = text[b:e]
            if i in labels:
                cert, pol, pred, gist, hor = labels[i]
                if hor and hor not in sent:
                    raise SystemExit("%s #%d: horizon %r not in sentence" % (doc_id, i, hor))
                n = len(gist.split())
                if not 3 <= n <= 10:
                    raise SystemExit("%s #%d: gist has %d words" % (doc_id, i, n))
                rows.append([doc_id, i, b, e, sent, 1, cert, pol, pred, gist, hor])
            else:
                rows.append([doc_id, i, b, e, sent, 0, "", "", "", "", ""])
    with open(out_path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(rows)
    print("wrote %d rows to %s" % (len(rows), out_path))


if __name__ == "__main__":
    main()
