#!/usr/bin/env python3
"""Writes a damaged copy of a corpus, to see what Augur loses to bad bytes (issue 28; src/doc/cli.md).

Usage: src/check/damage.py SOURCE_DIR TARGET_DIR [COUNT]

Takes the first COUNT (default 100) .txt files of SOURCE_DIR, in name order, and gives the i-th the
damage number i % 10, as found in scraped corpora: 0 none; 1 Windows-1252 curly quotes in UTF-8 text;
2 the whole file in Windows-1252; 3 cut inside a multi-byte character at the end; 4 one byte's top bit
flipped; 5 a NUL byte (binary: refused in every mode); 6 a stray UTF-8 BOM mid-file; 7 CR-only line
ends; 8 control characters (BEL, ESC); 9 a Latin-1 "é" byte. Deterministic; prints each file's damage.
"""
import pathlib
import sys

src, dst = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
count = int(sys.argv[3]) if len(sys.argv) > 3 else 100
dst.mkdir(parents=True, exist_ok=True)
KINDS = ["none", "cp1252-quotes", "cp1252-file", "cut-character", "bit-flip", "nul-byte", "stray-bom",
         "cr-only", "control-characters", "latin1-byte"]


def middle(b: bytes) -> int:
    """A space near the middle, so the damage lands between words of the text."""
    i = b.find(b" ", len(b) // 2)
    return i if i > 0 else len(b) // 2


for i, f in enumerate(sorted(src.glob("*.txt"))[:count]):
    b = f.read_bytes()
    text = b.decode("utf-8")
    kind = i % 10
    m = middle(b)
    if kind == 1:
        b = b[:m] + b" \x93quoted\x94" + b[m:]
    elif kind == 2:
        b = (text if any(ord(c) > 127 for c in text) else text.replace(" ", " caf\u00e9 ", 1)).encode("cp1252", "replace")
    elif kind == 3:
        b = b + "\u20ac".encode("utf-8")[:2]
    elif kind == 4:
        b = b[:m + 2] + bytes([b[m + 2] | 0x80]) + b[m + 3:]
    elif kind == 5:
        b = b[:m] + b"\x00" + b[m:]
    elif kind == 6:
        b = b[:m] + b"\xef\xbb\xbf" + b[m:]
    elif kind == 7:
        b = b.replace(b"\r\n", b"\n").replace(b"\n", b"\r")
    elif kind == 8:
        b = b[:m] + b" \x07\x1b " + b[m:]
    elif kind == 9:
        b = b[:m] + b" caf\xe9" + b[m:]
    (dst / f.name).write_bytes(b)
    print(f"{f.name}\t{KINDS[kind]}")
