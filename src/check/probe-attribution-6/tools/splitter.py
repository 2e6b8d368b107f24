"""Sentence splitting rule for probe 6.

Sentence 0 is the title line. Paragraphs (blank-line separated) are always boundaries.
Inside a paragraph a sentence ends after ".", "?" or "!" (plus a closing '"' right after it)
when followed by whitespace and then a capital letter or an opening '"'.
"""
import re

_PARA_SEP = re.compile(r"\n[ \t]*\n\s*")
_END = re.compile(r'[.?!]"?(?=\s+[A-Z"])')


def paragraphs(text):
    """Yield (begin, end) of each non-empty paragraph, whitespace-trimmed."""
    pos = 0
    bounds = []
    for m in _PARA_SEP.finditer(text):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text)))
    for b, e in bounds:
        seg = text[b:e]
        lstrip = len(seg) - len(seg.lstrip())
        rstrip = len(seg) - len(seg.rstrip())
        b2, e2 = b + lstrip, e - rstrip
        if b2 < e2:
            yield b2, e2


def split(text):
    """Return a list of (begin, end, sentence_text)."""
    out = []
    for pb, pe in paragraphs(text):
        para = text[pb:pe]
        start = 0
        for m in _END.finditer(para):
            out.append((pb + start, pb + m.end(), para[start:m.end()]))
            start = m.end()
            while start < len(para) and para[start].isspace():
                start += 1
        if start < len(para):
            out.append((pb + start, pe, para[start:]))
    return out
