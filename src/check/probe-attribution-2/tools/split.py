#!/usr/bin/env python3
"""Sentence splitter for the probe corpus.

Rules: the first line (title) is sentence 0 on its own. The rest of the file is split into
paragraphs at blank lines; within a paragraph a sentence ends after . ? or ! (plus any closing
quotes) when followed by whitespace and then a capital letter or an opening quote.
Offsets are Python string indices into the decoded file text.
Usage: split.py FILE...   -> TSV: doc, sentence, begin, end, text
"""
import os
import re
import sys

CLOSERS = '"\u201d\u2019\''
OPENERS = '"\u201c\u2018'


def split(text):
    spans = []
    nl = text.find('\n')
    title_end = len(text) if nl < 0 else nl
    spans.append((0, len(text[:title_end].rstrip())))
    # paragraphs: maximal runs of non-blank lines after the title
    for m in re.finditer(r'[^\n]+(?:\n[^\n]+)*', text[title_end:]):
        pb, pe = m.start() + title_end, m.end() + title_end
        para = text[pb:pe]
        start = 0
        i = 0
        n = len(para)
        while i < n:
            if para[i] in '.?!':
                j = i + 1
                while j < n and para[j] in CLOSERS:
                    j += 1
                k = j
                while k < n and para[k].isspace():
                    k += 1
                if k > j and k < n and (para[k].isupper() or para[k] in OPENERS):
                    spans.append((pb + start, pb + j))
                    start = k
                    i = k
                    continue
            i += 1
        # trim
        s = start
        while s < n and para[s].isspace():
            s += 1
        e = n
        while e > s and para[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((pb + s, pb + e))
    return spans


def main(argv):
    out = sys.stdout
    for path in argv:
        text = open(path, encoding='utf-8').read()
        doc = os.path.basename(path)
        for idx, (b, e) in enumerate(split(text)):
            out.write(f"{doc}\t{idx}\t{b}\t{e}\t{text[b:e]}\n")


if __name__ == '__main__':
    main(sys.argv[1:])
