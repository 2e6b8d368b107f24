#!/usr/bin/env bash
# The forecast model's learning curve on dev: train on the first N articles of the train set (in an
# order shuffled with a fixed seed), extract dev with that model, score it. Usage, from the repo:
#   src/check/learning-curve.sh [SHARED_EVAL_DIR] [N...]     (default ../shared/data/eval, 40 80 120 160)
# Each step trains (~20 s) and extracts dev (~30 s). Work files go to a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
eval_dir="$(cd "${1:-../shared/data/eval}" && pwd)"
shift || true
sizes=("${@:-40 80 120 160}")
train="$eval_dir/train"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ls "$train/corpus" | grep '\.txt$' \
  | python3 -c "import sys,random; a=sorted(l.strip() for l in sys.stdin); random.Random(7).shuffle(a); print('\n'.join(a))" \
  > "$work/order"
for n in ${sizes[@]}; do
  d="$work/$n"
  mkdir -p "$d/corpus" "$d/gold"
  head -n "$n" "$work/order" > "$d/list"
  while read -r f; do ln -s "$train/corpus/$f" "$d/corpus/$f"; done < "$d/list"
  python3 - "$d" "$train" <<'PY'
import csv, sys
d, train = sys.argv[1], sys.argv[2]
keep = set(open(d + '/list', encoding='utf-8').read().split())
for name, col in [('gold/forecasts.csv', 'doc_id'), ('gold/actors.csv', 'doc_id'), ('corpus/metadata.csv', 'file')]:
    rows = csv.reader(open(train + '/' + name, newline='', encoding='utf-8'))
    header = next(rows)
    out = csv.writer(open(d + '/' + name, 'w', newline='', encoding='utf-8'))
    out.writerow(header)
    out.writerows(r for r in rows if r[header.index(col)] in keep)
PY
  ./augur train --gold "$d" -o "$d/model.tsv" 2>&1 | tail -n 1
  { grep -v '^forecast.model' models.txt; echo "forecast.model = $d/model.tsv"; } > "$d/models.txt"
  ./augur extract "$eval_dir/dev/corpus" -o "$d/out" --models "$d/models.txt" --quiet --no-cache
  echo "== $n training articles, dev:"
  ./augur eval --gold "$eval_dir/dev" -o "$d/out" | grep -E '^(forecast|certainty|polarity)'
done
