"""Sentence splitter for probe 5 (the rule documented in README.md).

Sentence 0 is the title line.  Paragraphs (separated by blank lines) are
always boundaries.  Inside a paragraph a sentence ends after ".", "?" or "!"
(plus a closing '"' right after it) when followed by whitespace and then a
capital letter or an opening '"'.
Returns a list of (begin, end, text) with text == doc[begin:end].
"""
import re

_END = re.compile(r'[.?!]"?(?=\s+[A-Z"])')


def split(doc):
    out = []
    nl = doc.index("\n")
    out.append((0, nl, doc[:nl]))
    pos = nl
    for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", doc[nl:]):
        pb, pe = nl + m.start(), nl + m.end()
        para = doc[pb:pe]
        start = 0
        for e in _END.finditer(para):
            end = e.end()
            out.append(_trim(doc, pb + start, pb + end))
            start = end
        if para[start:].strip():
            out.append(_trim(doc, pb + start, pe))
    return out


def _trim(doc, b, e):
    while b < e and doc[b].isspace():
        b += 1
    while e > b and doc[e - 1].isspace():
        e -= 1
    return (b, e, doc[b:e])


if __name__ == "__main__":
    import sys
    for path in sys.argv[1:]:
        with open(path, encoding="ascii") as fh:
            for i, (b, e, t) in enumerate(split(fh.read())):
                print(i, b, e, t, sep="\t")
