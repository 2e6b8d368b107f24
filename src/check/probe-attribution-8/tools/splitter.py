"""Sentence splitting rule of probe 8 (standard library only).

Sentence 0 is the title line.  Paragraphs (separated by blank lines) are
always boundaries.  Inside a paragraph a sentence ends after '.', '?' or '!'
(plus a closing '"' right after it) when followed by whitespace and then a
capital letter or an opening '"'.
Returns a list of (begin, end, text) with Python str offsets.
"""
import re

_PARA = re.compile(r"\n[ \t]*\n")
_END = re.compile(r'[.?!]"?(?=\s+[A-Z"])')


def split(text):
    spans = []
    pos = 0
    paras = []
    for m in _PARA.finditer(text):
        paras.append((pos, m.start()))
        pos = m.end()
    paras.append((pos, len(text)))
    for pb, pe in paras:
        chunk = text[pb:pe]
        start = 0
        cuts = [m.end() for m in _END.finditer(chunk)] + [len(chunk)]
        for c in cuts:
            seg = chunk[start:c]
            lead = len(seg) - len(seg.lstrip())
            s = seg.strip()
            if s:
                b = pb + start + lead
                spans.append((b, b + len(s), s))
            start = c
    return spans
