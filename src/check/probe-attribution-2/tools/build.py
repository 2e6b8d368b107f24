#!/usr/bin/env python3
"""Build corpus/, gold/forecasts.csv and styles.csv from the annotated sources in src/*.ann.

A source is the article text with a marker [[style|certainty|polarity|predictor|gist|horizon]]
written directly after each forecast sentence. Markers are stripped to give the corpus file; each
marker must sit exactly at the end of one sentence as found by split.py.
"""
import csv
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from split import split

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = re.compile(r'\[\[([^\]]*)\]\]')

META = {  # number: (date, author)
    '01': ('2026-11-18', ''), '02': ('2026-11-23', ''), '03': ('2026-11-11', 'Lucia Ferrer'),
    '04': ('2026-11-20', ''), '05': ('2026-11-29', ''), '06': ('2026-11-22', ''),
    '07': ('2026-11-26', ''), '08': ('2026-11-25', ''), '09': ('2026-11-17', 'Karim Haddad'),
    '10': ('2026-12-01', ''), '11': ('2026-11-10', ''), '12': ('2026-11-27', 'Tran Minh Duc'),
    '13': ('2026-11-26', ''), '14': ('2026-11-28', ''), '15': ('2026-11-30', ''),
    '16': ('2026-11-19', 'Anna Brunner'), '17': ('2026-11-16', ''), '18': ('2026-11-25', ''),
    '19': ('2026-11-13', ''), '20': ('2026-11-12', ''),
}
SOURCE = 'written for the Augur attribution probe 2'


def main():
    os.makedirs(os.path.join(ROOT, 'corpus'), exist_ok=True)
    os.makedirs(os.path.join(ROOT, 'gold'), exist_ok=True)
    frows, srows, mrows = [], [], []
    for src in sorted(glob.glob(os.path.join(ROOT, 'src', '*.ann'))):
        base = os.path.basename(src)[:-4]
        num, slug = base[:2], base[3:]
        doc = slug + '.txt'
        raw = open(src, encoding='utf-8').read()
        out, marks, last = [], {}, 0
        pos = 0
        for m in MARK.finditer(raw):
            out.append(raw[last:m.start()])
            pos += m.start() - last
            fields = m.group(1).split('|')
            assert len(fields) == 6, (src, m.group(1))
            assert pos not in marks, (src, 'two markers on one sentence', m.group(1))
            marks[pos] = fields
            last = m.end()
        out.append(raw[last:])
        text = ''.join(out)
        assert '[[' not in text and ']]' not in text
        with open(os.path.join(ROOT, 'corpus', doc), 'w', encoding='utf-8', newline='\n') as f:
            f.write(text)
        spans = split(text)
        ends = {e: i for i, (b, e) in enumerate(spans)}
        for p in marks:
            assert p in ends, (src, 'marker not at a sentence end', p, text[max(0, p - 60):p])
        for i, (b, e) in enumerate(spans):
            sent = text[b:e]
            if e in marks:
                style, cert, pol, pred, gist, hz = marks[e]
                assert cert in ('certain', 'probable', 'possible'), (src, cert)
                assert pol in ('positive', 'negative'), (src, pol)
                assert style in 'abcdefghx' and len(style) == 1, (src, style)
                assert hz == '' or hz in sent, (src, hz, sent)
                assert 3 <= len(gist.split()) <= 12, (src, gist)
                frows.append([doc, i, b, e, sent, 1, cert, pol, pred, gist, hz])
                srows.append([doc, i, style, pred])
            else:
                frows.append([doc, i, b, e, sent, 0, '', '', '', '', ''])
        date, author = META[num]
        mrows.append([doc, date, text.split('\n', 1)[0], author, SOURCE, 'CC0'])
    def w(path, header, rows):
        with open(path, 'w', encoding='utf-8', newline='') as f:
            cw = csv.writer(f, lineterminator='\n')
            cw.writerow(header)
            cw.writerows(rows)
    w(os.path.join(ROOT, 'corpus', 'metadata.csv'), ['file', 'date', 'title', 'author', 'source', 'license'], mrows)
    w(os.path.join(ROOT, 'gold', 'forecasts.csv'), ['doc_id', 'sentence', 'begin', 'end', 'text', 'is_forecast',
      'certainty', 'polarity', 'predictor', 'gist', 'horizon_text'], frows)
    w(os.path.join(ROOT, 'styles.csv'), ['doc_id', 'sentence', 'style', 'predictor'], srows)
    print(f"{len(mrows)} docs, {len(frows)} sentences, {len(srows)} forecasts", file=sys.stderr)


if __name__ == '__main__':
    main()
