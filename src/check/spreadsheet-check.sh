#!/usr/bin/env bash
# Spreadsheet check: do Augur's tables open in a spreadsheet and in Python's csv module exactly as written?
#
# Usage (from the repo root):  src/check/spreadsheet-check.sh
# Needs LibreOffice (apt-get install -y libreoffice-calc-nogui) and python3 (stdlib only). Not part of
# `mvn verify`: it needs those packages and takes about a minute and a half (four runs of augur).
#
# It runs ./augur on corpus/ plus one small article written here (non-ASCII names, a title that looks
# like a formula, quotes and commas) and one binary file (an errors.csv row; exit code 1) three times: CSV, CSV with --bom, TSV; and once with
# --table forecasts to stdout. Then, for every table:
#   - Python's csv module reads it: the header is the documented one, every row has that many cells,
#     the BOM is there exactly when asked for;
#   - LibreOffice converts it to xlsx (soffice --headless --convert-to xlsx), and the xlsx is read back
#     with zipfile + xml: every cell equals the CSV cell (numbers compared as numbers), nothing is lost,
#     and no cell became a formula;
# and the stdout table is byte-equal to forecasts.csv. Exit 0 when every check passes, 1 otherwise.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

if ! command -v soffice >/dev/null; then
  echo "spreadsheet-check: needs LibreOffice: apt-get install -y libreoffice-calc-nogui" >&2
  exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/extra"
cat > "$work/extra/paris.txt" <<'EOF'
=SUM(1,2) and other spreadsheet traps

Analysts in Paris say that François Hollande may return to politics, but Ségolène Royal is unlikely
to run again. Jürgen Müller, an economist in Berlin, expects that the euro will not collapse next year,
"whatever happens", he said.
EOF

printf 'scan\0\0\1' > "$work/extra/scan.txt" # a binary file: one errors.csv row, exit code 1

# Every run must exit 1 (one article failed), no more, no less. stderr goes to a log, shown on failure.
extract() {
  local rc=0
  ./augur extract corpus "$work/extra" "$@" 2>"$work/augur.log" || rc=$?
  if [ "$rc" != 1 ]; then
    cat "$work/augur.log" >&2
    echo "spreadsheet-check: augur extract $* exited $rc, expected 1" >&2
    exit 1
  fi
}
echo "spreadsheet-check: running augur on corpus/ and $work/extra ..."
extract -o "$work/csv" --quiet
echo "spreadsheet-check: augur's stderr with --quiet: $(cat "$work/augur.log")"
extract -o "$work/bom" --bom --quiet
extract -o "$work/tsv" --format tsv --quiet
extract --table forecasts --quiet > "$work/stdout-forecasts.csv"

# Filter options: separator (44 comma, 9 tab), quote ("), charset (76 UTF-8; empty: LibreOffice's own
# choice, to see that the BOM file is read right without being told), first line 1, no column types,
# language default, quoted fields not forced to text, special numbers (dates) not detected.
convert() { # variant separator charset
  soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to xlsx \
    --infilter="CSV:$2,34,$3,1,,0,false,false" --outdir "$work/$1-xlsx" "$work/$1"/*."${4:-csv}" >/dev/null 2>&1
}
echo "spreadsheet-check: converting with $(soffice --version | head -1) ..."
convert csv 44 76
convert bom 44 ""
convert tsv 9 76 tsv
# A control: the same cell without Augur's guard, to show that the no-formula checks can fail.
mkdir -p "$work/control" && printf 'doc_id,title\nx,"=SUM(1,2) and other spreadsheet traps"\n' > "$work/control/unguarded.csv"
convert control 44 76

python3 - "$work" <<'PY'
import csv, io, re, sys, zipfile
import xml.etree.ElementTree as ET

work = sys.argv[1]
COLUMNS = {  # README.md, "Output tables"
    "documents": "doc_id,title,date,sentences,tokens,actors,forecasts,status",
    "actors": "doc_id,actor,type,title,mentions,first_sentence,aliases",
    "topics": "doc_id,topic,source,score,mentions,first_sentence",
    "forecasts": "doc_id,sentence,begin,end,text,gist,certainty,polarity,cues,predictor,actors,topics,horizon,horizon_text",
    "errors": "doc_id,stage,error,message",
}
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
passed = failed = 0

def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
    print(("ok     " if ok else "FAILED ") + what)

def read_xlsx(path):
    """The first sheet as {(row, col): (value, is_number, is_formula)}, 0-based."""
    with zipfile.ZipFile(path) as z:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
                shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    cells = {}
    for c in sheet.iter("{%s}c" % NS["m"]):
        col_letters, row = re.match(r"([A-Z]+)(\d+)", c.get("r")).groups()
        col = 0
        for ch in col_letters:
            col = col * 26 + ord(ch) - 64
        t, v, f = c.get("t"), c.find("m:v", NS), c.find("m:f", NS)
        if t == "s":
            value, number = shared[int(v.text)], False
        elif t == "inlineStr":
            value, number = "".join(x.text or "" for x in c.iter("{%s}t" % NS["m"])), False
        elif v is not None:
            value, number = v.text, t in (None, "n")
        else:
            continue
        cells[(int(row) - 1, col - 1)] = (value, number, f is not None)
    return cells

def same(text, cell):
    if cell is None:
        return text == ""
    value, number, _ = cell
    if number:
        try:
            return float(text) == float(value)
        except ValueError:
            return False
    return text == value

for variant, ext, delim, bom in (("csv", "csv", ",", False), ("bom", "csv", ",", True), ("tsv", "tsv", "\t", False)):
    for table, header in COLUMNS.items():
        name = f"{variant}/{table}.{ext}"
        raw = open(f"{work}/{variant}/{table}.{ext}", "rb").read()
        check(raw.startswith(b"\xef\xbb\xbf") == bom, f"{name}: BOM {'present' if bom else 'absent'}")
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=delim, strict=True))
        width = len(header.split(","))
        check(rows and rows[0] == header.split(","), f"{name}: csv module reads the header {header}")
        bad = [i for i, r in enumerate(rows) if len(r) != width]
        check(not bad, f"{name}: csv module reads {len(rows) - 1} rows, each of {width} cells"
              + (f" (rows {bad[:5]} differ)" if bad else ""))
        cells = read_xlsx(f"{work}/{variant}-xlsx/{table}.xlsx")
        diff = [(i, j, text, cells.get((i, j))) for i, r in enumerate(rows) for j, text in enumerate(r)
                if not same(text, cells.get((i, j)))]
        extra = [k for k in cells if k[0] >= len(rows) or k[1] >= width]
        formulas = [k for k, c in cells.items() if c[2]]
        numbers = sum(1 for c in cells.values() if c[1])
        check(not diff and not extra and not formulas,
              f"{name}: LibreOffice xlsx holds the same {len(rows)}x{width} cells ({numbers} as numbers), no formula"
              + (f"; differ: {diff[:3]}" if diff else "") + (f"; extra: {extra[:3]}" if extra else "")
              + (f"; formulas at {formulas[:3]}" if formulas else ""))

stdout = open(f"{work}/stdout-forecasts.csv", "rb").read()
check(stdout == open(f"{work}/csv/forecasts.csv", "rb").read(),
      f"--table forecasts on stdout ({len(stdout)} bytes) is byte-equal to forecasts.csv")
names = {r[1] for r in csv.reader(io.StringIO(open(f"{work}/csv/actors.csv", encoding="utf-8").read()))}
check({"François Hollande", "Ségolène Royal"} <= names,
      "actors.csv keeps non-ASCII names: " + ", ".join(sorted(n for n in names if not n.isascii())))
titles = [r[1] for r in csv.reader(io.StringIO(open(f"{work}/csv/documents.csv", encoding="utf-8").read()))]
check("'=SUM(1,2) and other spreadsheet traps" in titles, "documents.csv guards the formula-like title with a leading '")
errors = list(csv.reader(io.StringIO(open(f"{work}/csv/errors.csv", encoding="utf-8").read())))[1:]
check([r[:3] for r in errors] == [[f"scan.txt", "read", "binary"]], f"errors.csv lists the binary file: {errors}")
control = read_xlsx(f"{work}/control-xlsx/unguarded.xlsx").get((1, 1))
check(control is not None and control[2], f"control: unguarded =SUM(1,2) becomes a formula in LibreOffice: {control}")
print(f"spreadsheet-check: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
