"""Reference sentence splitter for probe 4 (standard library only).

Rules: line 1 (the title) is sentence 0; paragraphs (separated by blank
lines) are always boundaries; inside a paragraph a sentence ends after
. ? or ! (plus a closing double quote right after it) when that is followed
by whitespace and then a capital letter or an opening double quote.
Returns a list of (begin, end) character offsets into the text.
"""
import re

_PARA = re.compile(r"\n[ \t]*\n+")


def _split_para(text, start, end):
    spans = []
    i = start
    s = start
    while i < end:
        ch = text[i]
        if ch in ".?!":
            j = i + 1
            if j < end and text[j] == '"':
                j += 1
            k = j
            while k < end and text[k].isspace():
                k += 1
            if k > j and k < end and (text[k].isupper() or text[k] == '"'):
                spans.append((s, j))
                s = k
                i = k
                continue
        i += 1
    if s < end:
        spans.append((s, end))
    out = []
    for b, e in spans:
        while b < e and text[b].isspace():
            b += 1
        while e > b and text[e - 1].isspace():
            e -= 1
        if e > b:
            out.append((b, e))
    return out


def split_sentences(text):
    nl = text.find("\n")
    if nl < 0:
        return [(0, len(text.rstrip()))]
    spans = [(0, nl)]
    pos = nl
    # paragraphs after the title
    body_start = pos
    boundaries = [m for m in _PARA.finditer(text, body_start)]
    starts = []
    prev = body_start
    for m in boundaries:
        starts.append((prev, m.start()))
        prev = m.end()
    starts.append((prev, len(text)))
    for b, e in starts:
        spans.extend(_split_para(text, b, e))
    return spans
