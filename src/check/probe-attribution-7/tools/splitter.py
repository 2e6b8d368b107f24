"""Probe 7 sentence splitter.

Rule: sentence 0 is the title line. Paragraphs (runs of non-blank lines separated by blank lines)
are always boundaries. Inside a paragraph a sentence ends after ".", "?" or "!" (plus a closing '"'
right after it) when followed by whitespace and then a capital letter or an opening '"'.
Returns a list of (begin, end) character offsets (Python str indices), whitespace-trimmed.
"""
import re

_END = re.compile(r'[.?!]"?(?=\s+[A-Z"])')
_PARA = re.compile(r'[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*')


def _trim(text, b, e):
    while b < e and text[b].isspace():
        b += 1
    while e > b and text[e - 1].isspace():
        e -= 1
    return b, e


def split(text):
    spans = []
    for pm in _PARA.finditer(text):
        p0, ptext = pm.start(), pm.group(0)
        start = 0
        for em in _END.finditer(ptext):
            spans.append(_trim(text, p0 + start, p0 + em.end()))
            start = em.end()
        b, e = _trim(text, p0 + start, p0 + len(ptext))
        if e > b:
            spans.append((b, e))
    return spans


if __name__ == "__main__":
    import sys
    t = open(sys.argv[1], encoding="ascii").read()
    for i, (b, e) in enumerate(split(t)):
        print(i, b, e, t[b:e], sep="\t")
