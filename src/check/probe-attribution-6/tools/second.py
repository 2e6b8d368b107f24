"""Second-annotator labels for probe 6. Python 3 stdlib only.
Splits each text with splitter.py and writes gold2.csv (one row per sentence)."""
import csv, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import splitter

# LABELS[doc][sentence] = (certainty, polarity, predictor, gist, horizon_text); absent -> not a forecast
LSNR = "Lembaga Survei Nusantara Raya"
LABELS = {
    "p6-05-jakarta-governor-poll.txt": {
        0: ("probable", "positive", LSNR, "Jakarta governor race to go to run-off", ""),
        1: ("probable", "positive", LSNR, "Jakarta governor race to go to second round", ""),
        2: ("certain", "negative", LSNR, "no candidate to win over 35 percent in first round", "on December 9"),
        3: ("probable", "positive", "Dewi Kusumawati", "turnout to fall below 60 percent", ""),
        7: ("certain", "positive", "Bambang Prasetyo", "Siti Marlina to beat Haryanto in run-off", ""),
        9: ("probable", "positive", "election officials", "first-round results expected within a week", "within a week of the vote"),
        10: ("certain", "positive", "election officials", "run-off, if needed, held on February 3", "on February 3"),
        12: ("certain", "positive", "AUTHOR", "final campaign rallies held weekend before vote", "for the weekend before the vote"),
    },
    "p6-10-halvorsen-job-cuts.txt": {
        0: ("certain", "positive", "AUTHOR", "Halvorsen Marine to cut 1,200 jobs", ""),
        1: ("certain", "positive", "Halvorsen Marine", "Halvorsen Marine to cut 1,200 jobs", "by the end of next year"),
        3: ("certain", "positive", "Ingrid Sato-Lindqvist", "Ulsteinvik yard to stay open", ""),
        5: ("certain", "negative", "Ingrid Sato-Lindqvist", "shipbuilding in Ulsteinvik will not change", "while I run this company"),
        6: ("probable", "positive", "Henrik van der Berg", "Halvorsen to need fresh capital from shareholders", "next year"),
        7: ("certain", "positive", "Henrik van der Berg", "Halvorsen to sell its Korean unit", "within two years"),
        9: ("probable", "positive", "bankers advising the company", "Danish rival to make merger offer", "before the summer"),
        10: ("certain", "positive", "Aud Kristiansen", "workers to strike without pension guarantee", ""),
    },
    "p6-14-mekong-dam-dispute.txt": {
        1: ("certain", "positive", "Ministry of Energy and Mines", "Laos to begin filling dam reservoir", "in June"),
        2: ("certain", "positive", "Ministry of Energy and Mines", "dam to supply electricity to Thailand", "from early 2028"),
        3: ("possible", "positive", "its neighbours", "dam to cut fish catches and sediment flow", ""),
        5: ("probable", "positive", "scientists at Can Tho University", "Mekong Delta rice yields to fall up to 8 percent", ""),
        7: ("certain", "positive", "a senior Cambodian official", "Cambodia to take dam to Mekong River Commission", ""),
        8: ("certain", "negative", "a senior Cambodian official", "Cambodia will not accept Vientiane-only decision", ""),
        9: ("probable", "positive", "two diplomats briefed on the talks", "Thailand to offer to buy less power", "during the dry season"),
        10: ("certain", "positive", "AUTHOR", "commission council meeting in Phnom Penh", "for January"),
        11: ("certain", "negative", "Somchai Phommavong", "fish stocks will not recover for a decade", "for a decade"),
    },
}

def main():
    out = os.path.join(ROOT, "gold2.csv")
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["doc_id", "sentence", "begin", "end", "text", "is_forecast",
                    "certainty", "polarity", "predictor", "gist", "horizon_text"])
        for doc in sorted(LABELS):
            text = open(os.path.join(ROOT, "corpus", doc), encoding="utf-8").read()
            sents = splitter.split(text)
            labs = LABELS[doc]
            assert all(0 <= k < len(sents) for k in labs), doc
            for i, (b, e, s) in enumerate(sents):
                assert text[b:e] == s
                if i in labs:
                    c, p, pred, gist, hz = labs[i]
                    assert 3 <= len(gist.split()) <= 10, gist
                    assert hz == "" or hz in s, (doc, i, hz)
                    w.writerow([doc, i, b, e, s, 1, c, p, pred, gist, hz])
                else:
                    w.writerow([doc, i, b, e, s, 0, "", "", "", "", ""])
            print(doc, len(sents), "sentences,", len(labs), "forecasts")

if __name__ == "__main__":
    main()
