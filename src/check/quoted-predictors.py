#!/usr/bin/env python3
"""quoted-predictors.py OUT...: forecasts whose predictor is a place or organisation that its sentence names
only inside quotation marks (issue 27). A sentence that starts inside a quotation opened earlier is read
as starting outside one, so a name after its closing mark can be listed wrongly: read what it prints."""
import csv, sys, re
def quoted_mask(t):
    m=[False]*len(t); o=False
    for i,c in enumerate(t):
        was=o
        if c=='"': o=not o
        elif c=='“': o=True
        elif c=='”': o=False
        m[i]=was or o
    return m
n=bad=0
for out in sys.argv[1:]:
    types={}
    for r in csv.DictReader(open(out+'/actors.csv')):
        types[(r['doc_id'],r['actor'])]=(r['type'],[a for a in r['aliases'].split('|') if a]+[r['actor']])
    for r in csv.DictReader(open(out+'/forecasts.csv')):
        k=(r['doc_id'],r['predictor'])
        if k not in types or types[k][0] not in ('PLACE','ORGANIZATION','LOCATION','COUNTRY'): continue
        t=r['text']; m=quoted_mask(t); hits=[]
        for a in types[k][1]:
            for mm in re.finditer(r'(?<!\w)'+re.escape(a)+r'(?!\w)', t): hits.append(m[mm.start()])
        if not hits: continue
        n+=1
        if all(hits):
            bad+=1; print(out, r['doc_id'], r['predictor'], '|', t[:160])
print(f"{bad} of {n} place/organisation predictors named in their sentence only inside quotation marks", file=sys.stderr)
