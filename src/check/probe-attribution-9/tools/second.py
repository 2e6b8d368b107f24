"""The second, independent labelling of three probe-9 articles (helper session; see README.md).

Writes gold2.csv beside gold/ from the texts in corpus/: python3 tools/second.py
"""
import csv, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from splitter import split
L = {
 'p9-05-romania-minister-appeal.txt': {
  0: ('certain','positive','Irina Cazacu','Dumitrescu to appeal bribery conviction',''),
  1: ('certain','positive','Irina Cazacu','Dumitrescu to appeal conviction within ten days','within ten days'),
  5: ('certain','positive','Irina Cazacu','High Court to see case rests on one witness',''),
  6: ('possible','positive','Irina Cazacu','appeal could take up to two years','up to two years'),
  9: ('certain','negative','Pavel Dumitrescu','no competent person will accept a ministry again',''),
  10: ('certain','positive','Civic Ledger Romania','at least six former ministers to go on trial','this year'),
  11: ('certain','positive','AUTHOR','Sibiu-Pitesti motorway section to open in 2028','in 2028'),
  12: ('certain','positive','prosecutors','Mihai Oprea to face separate trial from May','starting in May'),
 },
 'p9-10-sri-lanka-provincial-polls.txt': {
  1: ('certain','positive','National Elections Commission','Sri Lanka to hold provincial council elections September 19','on September 19'),
  4: ('certain','positive','Lanka Policy Watch','ruling alliance to win at least six councils',''),
  5: ('certain','positive','AUTHOR','opposition to keep control of Northern Province',''),
  6: ('probable','positive','AUTHOR','turnout likely lower than last national election',''),
  7: ('certain','positive','Anoma Gunatilake','provincial polls to cost about 11 billion rupees',''),
  9: ('probable','positive','Central Bank of Sri Lanka','growth of 4.5 percent, inflation below 5 percent','this year'),
  10: ('certain','positive','Kumari Senanayake','people to vote on prices, not devolution',''),
 },
 'p9-15-fiji-dengue-outbreak.txt': {
  1: ('probable','positive','Ministry of Health and Medical Services','dengue infections to peak in April, then fall','in April'),
  4: ('certain','positive','Mereani Tuilau','spraying teams to visit every Lautoka settlement','by the end of March'),
  5: ('certain','positive','Mereani Tuilau','schools to stay open; sports events could be cancelled',''),
  7: ('certain','positive','AUTHOR','Easter travel to spread dengue across the region','during the Easter holidays'),
  8: ('certain','positive','AUTHOR','Suva hospital beds to run short if flu season overlaps',''),
  9: ('certain','positive','Viliame Naivalu','visitors to be safe in the resorts',''),
  12: ('probable','negative','AUTHOR','outbreak not expected to ease before rains stop','before the rains stop'),
 },
}
with open(os.path.join(HERE, '..', 'gold2.csv'),'w',newline='',encoding='utf-8') as fh:
    w = csv.writer(fh)
    w.writerow('doc_id,sentence,begin,end,text,is_forecast,certainty,polarity,predictor,gist,horizon_text'.split(','))
    for doc, lab in L.items():
        t = open(os.path.join(HERE, '..', 'corpus', doc), encoding='ascii').read()
        spans = split(t)
        assert max(lab) < len(spans)
        nf = 0
        for i,(b,e) in enumerate(spans):
            s = t[b:e]
            if i in lab:
                c,p,pr,g,h = lab[i]
                assert 3 <= len(g.split()) <= 10, g
                assert h == '' or h in s, (i, h)
                w.writerow([doc,i,b,e,s,1,c,p,pr,g,h]); nf += 1
            else:
                w.writerow([doc,i,b,e,s,0,'','','','',''])
        print(doc, len(spans), 'sentences', nf, 'forecasts')
