"""Sentence splitter for probe 9 (Python 3 standard library only).

Rule:
- sentence 0 is the title line (line 1 of the file);
- paragraphs (blocks of non-blank lines separated by blank lines) are always
  sentence boundaries;
- inside a paragraph a sentence ends after '.', '?' or '!' (plus a closing '"'
  right after it) when followed by whitespace and then a capital letter or an
  opening '"';
- Q: and A: paragraphs are paragraphs, so they are always separate sentences.

split(text) returns a list of (begin, end) Python str offsets; text[begin:end]
is the sentence without surrounding whitespace.
"""
import re

PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
BOUNDARY = re.compile(r'[.?!]"?(?=\s+["A-Z])')


def _trim(text, begin, end):
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    return begin, end


def split(text):
    spans = []
    nl = text.find("\n")
    title_end = len(text) if nl < 0 else nl
    spans.append(_trim(text, 0, title_end))
    for para in PARAGRAPH.finditer(text, title_end):
        pb, pe = para.start(), para.end()
        start = pb
        for m in BOUNDARY.finditer(text, pb, pe):
            spans.append(_trim(text, start, m.end()))
            start = m.end()
        b, e = _trim(text, start, pe)
        if e > b:
            spans.append((b, e))
    return spans


def sentences(text):
    return [text[b:e] for b, e in split(text)]


if __name__ == "__main__":
    import sys
    for path in sys.argv[1:]:
        with open(path, encoding="ascii") as fh:
            t = fh.read()
        for i, (b, e) in enumerate(split(t)):
            print("%s\t%d\t%d\t%d\t%s" % (path, i, b, e, t[b:e]))
