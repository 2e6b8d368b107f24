#!/usr/bin/env bash
# Soak test of killed runs at scale (issue 28): the bench speeches ×N, one uninterrupted run, then a run
# killed with SIGKILL at K random moments and resumed after each, then the final tables compared byte for
# byte with the uninterrupted run's, and the peak RSS of every leg. Not part of `mvn verify` (it takes
# several minutes per N); see src/doc/tests.md#soak-test-not-in-mvn-verify.
#
# Usage (from anywhere): src/check/soak.sh [N] [K] [BENCH_DIR] [WORK_DIR]
#   N          copies of the bench corpus, as copy-01/ … copy-NN/ (distinct doc_ids)   default 10
#   K          kills                                                                     default 10
#   BENCH_DIR  a folder of articles                          default ../shared/data/bench/ungd-2018
#   WORK_DIR   where the corpus, outputs and logs go (kept)  default a new /tmp/augur-soak.XXXXXX
# Environment: SOAK_SEED (the kill moments; printed, so a run can be repeated), SOAK_THREADS (default 2),
# AUGUR_JAVA_OPTS (passed on to ./augur).
# Exit status: 0 when the tables are byte-identical and every leg's peak RSS is within 10 % of the
# uninterrupted run's; 1 otherwise.
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
N="${1:-10}"
K="${2:-10}"
BENCH="${3:-$here/../shared/data/bench/ungd-2018}"
WORK="${4:-$(mktemp -d /tmp/augur-soak.XXXXXX)}"
THREADS="${SOAK_THREADS:-2}"
SEED="${SOAK_SEED:-$(( $(date +%s) % 32768 ))}"
RANDOM=$SEED
augur="$here/augur"
TABLES=(documents actors topics forecasts errors)

[ -d "$BENCH" ] || { echo "soak: no bench corpus at $BENCH" >&2; exit 2; }
mkdir -p "$WORK"
CORPUS="$WORK/corpus" REF="$WORK/uninterrupted" OUT="$WORK/killed" CACHE="$WORK/killed-cache" LOGS="$WORK/logs"
rm -rf "$CORPUS" "$REF" "$OUT" "$CACHE" "$LOGS"
mkdir -p "$CORPUS" "$LOGS"
for i in $(seq -w 1 "$N"); do
  mkdir "$CORPUS/copy-$i"
  find "$BENCH" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.htm' \) \
    -exec cp -t "$CORPUS/copy-$i" {} +
done
ARTICLES=$(find "$CORPUS" -type f | wc -l)
"$augur" --version >/dev/null   # builds the jar now, not inside the first timed leg

now_ms() { date +%s%3N; }
# The peak RSS so far (VmHWM, kB) of a live process, or empty once it is gone.
hwm() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status" 2>/dev/null || true; }
# How many files find lists (0 when the folder is not there yet, e.g. a kill before the cache was made).
count() { { find "$@" 2>/dev/null || true; } | wc -l; }
entries() { count "$CACHE" -name '*.csv' ! -name '.*'; }

# leg NAME KILL_AFTER_MS ARGS…: runs augur, killing it with SIGKILL after KILL_AFTER_MS (0: never).
# Sets LEG_RSS_KB, LEG_MS, LEG_STATUS (exit code, 137 when killed), LEG_KILLED (1 if the kill was sent).
leg() {
  local name="$1" after="$2"; shift 2
  local start pid peak="" h elapsed
  start=$(now_ms)
  "$augur" "$@" >"$LOGS/$name.out" 2>"$LOGS/$name.err" &
  pid=$!
  LEG_KILLED=0
  while kill -0 "$pid" 2>/dev/null; do
    h=$(hwm "$pid"); [ -n "$h" ] && peak=$h
    elapsed=$(( $(now_ms) - start ))
    if [ "$after" -gt 0 ] && [ "$elapsed" -ge "$after" ]; then
      h=$(hwm "$pid"); [ -n "$h" ] && peak=$h
      kill -KILL "$pid" 2>/dev/null && LEG_KILLED=1
      break
    fi
    sleep 0.1
  done
  set +e; wait "$pid" 2>/dev/null; LEG_STATUS=$?; set -e
  LEG_MS=$(( $(now_ms) - start ))
  LEG_RSS_KB=${peak:-0}
  LEG_START_MS=$start
}

# What the files say about where a kill landed (run right after it, before anything else touches them).
classify() {
  local before="$1" start_s="$2" after tmp_tables cut_rows=0 cache_tmp committed=0 f phase
  after=$(entries)
  tmp_tables=$(count "$OUT" -maxdepth 1 -name '.*.csv.tmp')
  for f in "$OUT"/.*.csv.tmp; do
    # only this leg's: a leg killed before it opens its tables leaves the previous leg's files as they were
    [ -s "$f" ] && [ "$(stat -c %Y "$f")" -ge "$start_s" ] \
      && [ "$(tail -c 1 "$f" | od -An -tx1 | tr -d ' ')" != "0a" ] && cut_rows=$((cut_rows + 1))
  done
  cache_tmp=$(count "$CACHE" -name '.*.tmp')
  for t in "${TABLES[@]}"; do
    [ -f "$OUT/$t.csv" ] && [ "$(stat -c %Y "$OUT/$t.csv")" -ge "$start_s" ] && committed=$((committed + 1))
  done
  if [ "$committed" -gt 0 ]; then
    phase="mid-table-commit"            # some tables of this leg already moved into place
  elif [ "$after" -eq "$before" ]; then
    phase="start-up"                    # JVM start, listing, cache replay, models loading: no new article yet
  else
    phase="mid-article"                 # workers on articles, rows going into the temporary tables
  fi
  KILL_PHASE=$phase KILL_CUT_ROWS=$cut_rows KILL_CACHE_TMP=$cache_tmp KILL_TMP_TABLES=$tmp_tables
  KILL_ENTRIES=$after
}

report="$WORK/soak-report.md"
{
  echo "# soak: $ARTICLES articles ($N × $(basename "$BENCH")), $K kills, $THREADS threads, seed $SEED"
  echo
  echo "| leg | how | killed after s | where the kill landed | cache entries | peak RSS MB |"
  echo "| --- | --- | ---: | --- | ---: | ---: |"
} >"$report"

echo "soak: $ARTICLES articles in $CORPUS; seed $SEED; logs in $LOGS" >&2
leg uninterrupted 0 extract "$CORPUS" -o "$REF" --no-cache --threads "$THREADS" --quiet
[ "$LEG_STATUS" -eq 0 ] || { echo "soak: the uninterrupted run exited $LEG_STATUS (see $LOGS/uninterrupted.err)" >&2; exit 1; }
REF_MS=$LEG_MS
REF_RSS=$LEG_RSS_KB
RSS_LIST=("$REF_RSS")
echo "| 0 | uninterrupted, --no-cache | $(awk "BEGIN {printf \"%.1f\", $REF_MS/1000}") (ran to the end) | – | – | $((REF_RSS / 1024)) |" >>"$report"
echo "soak: uninterrupted run $((REF_MS / 1000)) s, peak RSS $((REF_RSS / 1024)) MB" >&2

declare -A landed=([start-up]=0 [mid-article]=0 [mid-table-commit]=0)
cut_row_kills=0 cache_write_kills=0 kills=0 finished_early=0
# Kill moments: uniform in [2 s, 2 R/(K+1)], R the uninterrupted run's time, so that the K legs together
# cover about K/(K+1) of a run (less their start-ups) and the last, unkilled leg finishes the rest.
hi=$(( 2 * REF_MS / (K + 1) )); [ "$hi" -gt 3000 ] || hi=3000
for k in $(seq 1 "$K"); do
  after=$(( 2000 + (RANDOM * 32768 + RANDOM) % (hi - 2000) ))
  resume=()
  [ -f "$CACHE/RUNNING" ] && resume=(--resume)
  before=$(entries)
  start_s=$(date +%s)
  leg "kill-$k" "$after" extract "$CORPUS" -o "$OUT" --cache "$CACHE" --threads "$THREADS" --quiet "${resume[@]}"
  RSS_LIST+=("$LEG_RSS_KB")
  how="${resume[*]:-fresh}"
  if [ "$LEG_KILLED" -eq 1 ]; then
    kills=$((kills + 1))
    classify "$before" "$start_s"
    landed[$KILL_PHASE]=$(( ${landed[$KILL_PHASE]} + 1 ))
    flags=""
    [ "$KILL_CUT_ROWS" -gt 0 ] && { cut_row_kills=$((cut_row_kills + 1)); flags+="; $KILL_CUT_ROWS temporary table(s) ended mid-row"; }
    [ "$KILL_CACHE_TMP" -gt 0 ] && { cache_write_kills=$((cache_write_kills + 1)); flags+="; mid-cache-write ($KILL_CACHE_TMP entry file(s) cut)"; }
    echo "| $k | $how | $(awk "BEGIN {printf \"%.1f\", $after/1000}") | $KILL_PHASE$flags | $before → $KILL_ENTRIES | $((LEG_RSS_KB / 1024)) |" >>"$report"
    echo "soak: kill $k after $((after / 1000)) s: $KILL_PHASE$flags; cache $before → $KILL_ENTRIES of $ARTICLES" >&2
  else
    finished_early=$((finished_early + 1))
    echo "| $k | $how | – (finished first, exit $LEG_STATUS) | – | $before → $(entries) | $((LEG_RSS_KB / 1024)) |" >>"$report"
    echo "soak: leg $k finished before its kill (exit $LEG_STATUS)" >&2
    break
  fi
done

final=(--resume)
[ -f "$CACHE/RUNNING" ] || final=()
before=$(entries)
leg final 0 extract "$CORPUS" -o "$OUT" --cache "$CACHE" --threads "$THREADS" --quiet "${final[@]}"
RSS_LIST+=("$LEG_RSS_KB")
echo "| final | ${final[*]:-fresh}, to the end (exit $LEG_STATUS) | – | – | $before → $(entries) | $((LEG_RSS_KB / 1024)) |" >>"$report"

same=1 bytes=0
for t in "${TABLES[@]}"; do
  size=$(stat -c %s "$REF/$t.csv")
  bytes=$((bytes + size))
  if ! cmp -s "$REF/$t.csv" "$OUT/$t.csv"; then
    same=0
    echo "soak: $t.csv differs: $(cmp "$REF/$t.csv" "$OUT/$t.csv" 2>&1 | head -1)" >&2
  fi
done
leftovers=$(count "$OUT" "$CACHE" -name '.*.tmp')
[ -f "$CACHE/RUNNING" ] && leftovers=$((leftovers + 1))

worst=0 rss_ok=1
for r in "${RSS_LIST[@]}"; do
  pct=$(( (r - REF_RSS) * 100 / REF_RSS ))
  [ "$pct" -gt "$worst" ] && worst=$pct
  [ "$r" -gt $(( REF_RSS * 110 / 100 )) ] && rss_ok=0
done
{
  echo
  echo "- kills sent: $kills of $K ($finished_early leg(s) finished before their kill); landed: start-up ${landed[start-up]},"
  echo "  mid-article ${landed[mid-article]}, mid-table-commit ${landed[mid-table-commit]}; with a temporary table cut"
  echo "  mid-row on disk: $cut_row_kills; mid-cache-write (an entry's temporary file left): $cache_write_kills"
  echo "- tables: $( [ "$same" = 1 ] && echo "byte-identical" || echo "DIFFERENT" ) to the uninterrupted run's, $bytes bytes"
  echo "  compared (${TABLES[*]}); temporary files or RUNNING mark left: $leftovers"
  echo "- peak RSS: uninterrupted $((REF_RSS / 1024)) MB; the largest leg $worst % above it (limit 10 %)"
  echo "- uninterrupted run $(awk "BEGIN {printf \"%.1f\", $REF_MS/1000}") s; work folder $WORK"
} >>"$report"
cat "$report"
[ "$same" = 1 ] && [ "$rss_ok" = 1 ] && [ "$leftovers" = 0 ]
