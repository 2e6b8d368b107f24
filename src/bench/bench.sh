#!/usr/bin/env bash
# Augur benchmark: times whole processes (JVM start, model loading, all articles) with GNU time and
# compares Augur with Stanford CoreNLP's own command line on the same articles.
#
#   src/bench/bench.sh [BENCH_DIR] [SUBSET_N]
#
# BENCH_DIR  folder of articles (.txt .md .html .htm, read recursively), default ../shared/data/bench/ungd-2018
# SUBSET_N   the slow CoreNLP pipelines run on the first SUBSET_N files in sorted order, default 20
# BENCH_REPS (environment) how many times each run is repeated, the fastest counting, default 2; the
#            cached rerun and the x10 run are done once
#
# Prints a table (wall seconds, user+sys CPU seconds, peak RSS) and the ratios the README's
# "Benchmark" section explains; the raw numbers also go to target/bench/results.tsv.
# The full default run takes a long while (the CoreNLP default pipeline alone takes minutes).
set -euo pipefail
export LC_ALL=C

usage() {
  sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}
die() { echo "bench: $*" >&2; exit 2; }

case "${1:-}" in -h | --help) usage; exit 0 ;; esac
[ $# -le 2 ] || { usage >&2; exit 2; }

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# An argument is taken relative to where the script is called from; the default relative to the repo.
bench_arg="${1:-$repo/../shared/data/bench/ungd-2018}"
bench_dir="$(cd "$bench_arg" 2>/dev/null && pwd)" || die "no such folder: $bench_arg"
subset_n="${2:-20}"
[[ "$subset_n" =~ ^[1-9][0-9]*$ ]] || die "SUBSET_N must be a positive whole number, not '$subset_n'"
bench_reps="${BENCH_REPS:-2}"
[[ "$bench_reps" =~ ^[1-9][0-9]*$ ]] || die "BENCH_REPS must be a positive whole number, not '$bench_reps'"

# --- tools -------------------------------------------------------------------------------------------
if [ ! -x /usr/bin/time ] || ! /usr/bin/time -v -o /dev/null true 2>/dev/null; then
  echo "bench: GNU time (/usr/bin/time, with -v) is missing. Install it with:" >&2
  echo "  apt-get install time        (Debian/Ubuntu; sudo if not root)" >&2
  exit 2
fi
command -v java >/dev/null || die "java is not on the PATH (Augur needs Java 17+)"

cd "$repo"
# Build first if the launcher would (jar missing, or sources newer), so that no timed run includes a build.
if [ ! -f target/augur.jar ] || [ ! -d target/lib ] \
  || [ -n "$(find src/main pom.xml -newer target/augur.jar -print -quit 2>/dev/null)" ]; then
  command -v mvn >/dev/null || die "target/augur.jar is missing or stale and mvn is not on the PATH to build it"
  echo "bench: building target/augur.jar (mvn -q -B package -DskipTests)…"
  mvn -q -B package -DskipTests >&2 || die "the build failed"
fi
[ -f models.txt ] || die "models.txt is missing in $repo"

# --- corpus ------------------------------------------------------------------------------------------
tmp="$(mktemp -d "${TMPDIR:-/tmp}/augur-bench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -p "$tmp/log" "$tmp/time" "$tmp/out" "$tmp/subset" "$tmp/x10"

# The articles as Augur finds them: recursively, following links, by extension; sorted by path.
mapfile -d '' -t rel < <(cd "$bench_dir" && find -L . -type f \( -iname '*.txt' -o -iname '*.md' \
  -o -iname '*.html' -o -iname '*.htm' \) -print0 | sed -z 's|^\./||' | sort -z)
full_n=${#rel[@]}
[ "$full_n" -gt 0 ] || die "no articles (.txt .md .html .htm) in $bench_dir"
if [ "$subset_n" -gt "$full_n" ]; then
  echo "bench: note: SUBSET_N=$subset_n is more than the $full_n files there; the subset is the whole corpus" >&2
  subset_n=$full_n
fi
for r in "${rel[@]}"; do printf '%s\n' "$bench_dir/$r"; done >"$tmp/full.list"
for ((i = 0; i < subset_n; i++)); do
  r="${rel[$i]}"
  mkdir -p "$tmp/subset/$(dirname "$r")"
  ln -s "$bench_dir/$r" "$tmp/subset/$r"
  printf '%s\n' "$bench_dir/$r"
done >"$tmp/subset.list"
for i in 0 1 2 3 4 5 6 7 8 9; do ln -s "$bench_dir" "$tmp/x10/r$i"; done

# Read the jars and articles once so that no run pays for a cold page cache.
cat target/augur.jar target/lib/*.jar "$bench_dir/${rel[0]}" >/dev/null
xargs -d '\n' cat <"$tmp/full.list" >/dev/null

commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
java_version="$(java -version 2>&1 | head -n 1)"
echo "Augur benchmark — commit $commit, $java_version, $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM"
echo "corpus: $bench_dir ($full_n files), subset: first $subset_n"
[ "$(nproc)" -ge 2 ] || echo "bench: note: fewer than 2 cores; the 2-thread runs cannot be faster" >&2
# Wall times are only worth comparing on an otherwise idle machine.
busy() { awk -v n="$(nproc)" '{ exit !($1 >= 0.5 * n) }' /proc/loadavg; }
if busy; then
  echo "bench: warning: the machine is busy (load $(cut -d' ' -f1-3 /proc/loadavg)); wall times will be inflated" >&2
fi
echo

# --- measuring ---------------------------------------------------------------------------------------
rm -rf target/bench/logs
mkdir -p target/bench
results=target/bench/results.tsv
printf 'run_at\tcommit\tkey\tlabel\tfiles\twall_s\tcpu_s\tuser_s\tsys_s\tpeak_rss_kb\tstatus\n' >"$results"
run_at="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
declare -A LABEL FILES WALL CPU USER_S SYS_S RSS STATUS LOAD KEEP SHARE REPS
keys=()
failures=0

# measure KEY LABEL FILES CHECK COMMAND… — runs COMMAND under /usr/bin/time -v, with @OUT@ in its
# arguments replaced by a fresh output folder (or by run SHARE[KEY]'s, kept when KEEP[that run] is set).
# CHECK (corenlp|augur) verifies that every file was done; for Augur it also notes the model load time.
# A run with REPS[KEY] set is repeated that many times, each into a fresh folder, and the one with the
# least wall time counts: the same build's runs differ by up to a fifth on a shared host.
measure() {
  local key=$1 label=$2 files=$3 check=$4
  shift 4
  local out="$tmp/out/${SHARE[$key]:-$key}" log="$tmp/log/$key.log" tv="$tmp/time/$key.txt"
  local -a cmd=("${@//@OUT@/$out}")
  local reps=${REPS[$key]:-1} rep
  keys+=("$key")
  LABEL[$key]=$label
  FILES[$key]=$files
  printf '[%2d/%d] %-34s %5s files … ' "${#keys[@]}" "$runs" "$label" "$files"
  local status=ok walls=""
  for ((rep = 1; rep <= reps; rep++)); do
    [ -n "${SHARE[$key]:-}" ] || rm -rf "$out"
    mkdir -p "$out"
    local rc=0
    /usr/bin/time -v -o "$tv" "${cmd[@]}" >"$log" 2>&1 </dev/null || rc=$?
    local wall user sys rss done_n load=""
    wall=$(awk '/Elapsed \(wall clock\)/ {n = split($NF, a, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + a[i]; printf "%.2f", s}' "$tv")
    user=$(awk '/User time \(seconds\)/ {print $NF}' "$tv")
    sys=$(awk '/System time \(seconds\)/ {print $NF}' "$tv")
    rss=$(awk '/Maximum resident set size/ {print $NF}' "$tv")
    if [ "$rc" -ne 0 ]; then
      status="exit $rc"
    elif [ "$check" = corenlp ]; then
      done_n=$(find "$out" -type f | wc -l)
      [ "$done_n" -eq "$files" ] || status="only $done_n/$files outputs"
    else
      done_n=$(grep -o '"articles": *[0-9]*' "$out/manifest.json" 2>/dev/null | grep -o '[0-9]*$' || echo 0)
      local failed_n
      failed_n=$(grep -o '"failed": *[0-9]*' "$out/manifest.json" 2>/dev/null | grep -o '[0-9]*$' || echo "?")
      if [ "$done_n" != "$files" ] || [ "$failed_n" != 0 ]; then
        status="articles $done_n/$files, failed $failed_n"
      fi
      load=$(grep -o '"load_seconds": *[0-9.]*' "$out/manifest.json" 2>/dev/null | grep -o '[0-9.]*$' || echo "")
    fi
    [ "$status" = ok ] || break
    walls+="${walls:+ }$wall"
    if [ "$rep" -eq 1 ] || awk -v a="$wall" -v b="${WALL[$key]}" 'BEGIN { exit !(a < b) }'; then
      WALL[$key]=$wall
      USER_S[$key]=$user
      SYS_S[$key]=$sys
      CPU[$key]=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
      RSS[$key]=$rss
      LOAD[$key]=$load
    fi
  done
  STATUS[$key]=$status
  if [ "$status" = ok ]; then
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$run_at" "$commit" "$key" "$label" "$files" \
      "${WALL[$key]}" "${CPU[$key]}" "${USER_S[$key]}" "${SYS_S[$key]}" "${RSS[$key]}" "$status" >>"$results"
    printf '%8.1f s wall %8.1f s cpu %6d MB' "${WALL[$key]}" "${CPU[$key]}" "$((RSS[$key] / 1024))"
    [ "$reps" -eq 1 ] && echo || echo "   (best of $walls s)"
  else
    printf '%s\t%s\t%s\t%s\t%s\t\t\t\t\t\t%s\n' "$run_at" "$commit" "$key" "$label" "$files" "$status" >>"$results"
    failures=$((failures + 1))
    mkdir -p target/bench/logs
    cp "$log" "target/bench/logs/$key.log"
    printf 'FAILED (%s), log: target/bench/logs/%s.log\n' "$status" "$key"
    tail -n 15 "$log" | sed 's/^/    /' >&2
  fi
  [ -n "${KEEP[$key]:-}" ] || rm -rf "$out"
}

corenlp=(java -Xmx4g -cp "target/lib/*" edu.stanford.nlp.pipeline.StanfordCoreNLP)
pos=(-annotators "tokenize,ssplit,pos" -threads 1 -outputFormat text -outputDirectory @OUT@)
default=(-annotators "tokenize,ssplit,pos,lemma,ner,depparse" -threads 2 -outputFormat text -outputDirectory @OUT@)
tuned=("${default[@]}" -ner.applyFineGrained false -ner.useSUTime false)
# Augur as users run it: through the launcher, with its JVM options (AUGUR_JAVA_OPTS unset).
augur=(env -u AUGUR_JAVA_OPTS ./augur extract)

# One core for the whole process (taskset, from util-linux): the 1-thread run above leaves the JIT
# compiler and the model loaders a second core, which this one shares with its worker instead.
one_core=()
command -v taskset >/dev/null && taskset -c 0 true 2>/dev/null && one_core=(taskset -c 0)
runs=$((${#one_core[@]} > 0 ? 11 : 10))
# Every run but the cached rerun and the x10 run is repeated BENCH_REPS times (default 2): best wall time.
for k in pos_full pos_subset corenlp_default_subset corenlp_tuned_subset augur_t1_full augur_t1_core_full \
  augur_t2_full augur_t1_subset augur_t2_subset; do
  REPS[$k]=$bench_reps
done

measure pos_full "CoreNLP POS floor, 1 thread" "$full_n" corenlp "${corenlp[@]}" "${pos[@]}" -filelist "$tmp/full.list"
measure pos_subset "CoreNLP POS floor, 1 thread" "$subset_n" corenlp "${corenlp[@]}" "${pos[@]}" -filelist "$tmp/subset.list"
measure corenlp_default_subset "CoreNLP default CLI, 2 threads" "$subset_n" corenlp "${corenlp[@]}" "${default[@]}" -filelist "$tmp/subset.list"
measure corenlp_tuned_subset "CoreNLP tuned CLI, 2 threads" "$subset_n" corenlp "${corenlp[@]}" "${tuned[@]}" -filelist "$tmp/subset.list"
measure augur_t1_full "Augur, 1 thread" "$full_n" augur "${augur[@]}" "$bench_dir" -o @OUT@ --quiet --threads 1
if [ ${#one_core[@]} -gt 0 ]; then
  measure augur_t1_core_full "Augur, 1 thread, one core" "$full_n" augur "${one_core[@]}" "${augur[@]}" "$bench_dir" -o @OUT@ --quiet --threads 1
fi
KEEP[augur_t2_full]=1
measure augur_t2_full "Augur, 2 threads" "$full_n" augur "${augur[@]}" "$bench_dir" -o @OUT@ --quiet --threads 2
# The same command again into the same folder: every article comes from the result cache.
mkdir -p "$tmp/first"
cp "$tmp/out/augur_t2_full"/*.csv "$tmp/first/" 2>/dev/null || true
SHARE[augur_rerun_full]=augur_t2_full
KEEP[augur_rerun_full]=1
measure augur_rerun_full "Augur rerun (cached), 2 threads" "$full_n" augur "${augur[@]}" "$bench_dir" -o @OUT@ --quiet --threads 2
rerun_identical=yes
for f in "$tmp/first"/*.csv; do
  [ -f "$f" ] && cmp -s "$f" "$tmp/out/augur_t2_full/$(basename "$f")" || rerun_identical=no
done
rm -rf "$tmp/out/augur_t2_full" "$tmp/first"
measure augur_t1_subset "Augur, 1 thread" "$subset_n" augur "${augur[@]}" "$tmp/subset" -o @OUT@ --quiet --threads 1
measure augur_t2_subset "Augur, 2 threads" "$subset_n" augur "${augur[@]}" "$tmp/subset" -o @OUT@ --quiet --threads 2
measure augur_t2_x10 "Augur, 2 threads, corpus x10" "$((10 * full_n))" augur "${augur[@]}" "$tmp/x10" -o @OUT@ --quiet --threads 2

# --- report ------------------------------------------------------------------------------------------
echo
printf '%-34s %6s %9s %9s %12s\n' label files "wall s" "cpu s" "peak RSS MB"
for k in "${keys[@]}"; do
  if [ "${STATUS[$k]}" = ok ]; then
    printf '%-34s %6s %9.1f %9.1f %12d\n' "${LABEL[$k]}" "${FILES[$k]}" "${WALL[$k]}" "${CPU[$k]}" "$((RSS[$k] / 1024))"
  else
    printf '%-34s %6s %9s %9s %12s  (%s)\n' "${LABEL[$k]}" "${FILES[$k]}" - - - "${STATUS[$k]}"
  fi
done

# ratio TEXT NUM_KEY DEN_KEY FIELD OP TARGET — prints NUM/DEN and whether it meets "OP TARGET".
ratio() {
  local text=$1 num=$2 den=$3 field=$4 op=$5 target=$6 a b
  if [ "${STATUS[$num]}" != ok ] || [ "${STATUS[$den]}" != ok ]; then
    printf '  %-52s %7s\n' "$text" "n/a"
    return
  fi
  case $field in wall) a=${WALL[$num]} b=${WALL[$den]} ;; rss) a=${RSS[$num]} b=${RSS[$den]} ;; esac
  awk -v t="$text" -v a="$a" -v b="$b" -v op="$op" -v x="$target" 'BEGIN {
    if (b + 0 == 0) { printf "  %-52s %7s\n", t, "n/a"; exit }
    r = a / b
    if (op == "info") { printf "  %-52s %6.2fx   (no target: see README)\n", t, r; exit }
    ok = (op == "<=") ? (r <= x + 1e-9) : (op == ">=") ? (r >= x - 1e-9) : (r > x)
    printf "  %-52s %6.2fx   target %s %s  %s\n", t, r, op, x, ok ? "ok" : "MISSED"
  }'
}
echo
echo "Ratios (wall time unless said otherwise):"
if [ "$full_n" -lt 50 ]; then
  echo "  (only $full_n files: start-up and model loading dominate, so these do not compare with the targets)"
fi
ratio "Augur 1 thread / CoreNLP POS floor (full)" augur_t1_full pos_full wall "<=" 2.5
ratio "Augur 1 thread / Augur 2 threads (full)" augur_t1_full augur_t2_full wall ">=" 1.8
if [ ${#one_core[@]} -gt 0 ]; then
  ratio "Augur on one core / 2 threads on two (full)" augur_t1_core_full augur_t2_full wall info -
fi
ratio "CoreNLP default CLI / Augur 2 threads (subset)" corenlp_default_subset augur_t2_subset wall ">=" 7
ratio "CoreNLP tuned CLI / Augur 2 threads (subset)" corenlp_tuned_subset augur_t2_subset wall ">" 1
ratio "peak RSS: Augur corpus x10 / x1 (2 threads)" augur_t2_x10 augur_t2_full rss "<=" 1.1
ratio "Augur first run / cached rerun (full, 2 threads)" augur_t2_full augur_rerun_full wall ">=" 20
printf '  %-52s %7s   target yes\n' "cached rerun tables byte-identical to the first run" "$rerun_identical"
if [ "${STATUS[augur_t1_full]}" = ok ] && [ -n "${LOAD[augur_t1_full]}" ]; then
  awk -v l="${LOAD[augur_t1_full]}" 'BEGIN { printf "  %-52s %6.1f s  target <= 8 s  %s\n", "Augur model loading (1 thread, full)", l, (l <= 8) ? "ok" : "MISSED" }'
fi
max_rss=0
for k in augur_t1_full augur_t1_core_full augur_t2_full augur_t1_subset augur_t2_subset augur_t2_x10; do
  if [ "${STATUS[$k]:-}" = ok ] && [ "${RSS[$k]}" -gt "$max_rss" ]; then max_rss=${RSS[$k]}; fi
done
if [ "$max_rss" -gt 0 ]; then
  printf '  %-52s %6d MB  target <= 2560 MB  %s\n' "Augur peak RSS, largest of its runs" "$((max_rss / 1024))" \
    "$([ "$max_rss" -le $((2560 * 1024)) ] && echo ok || echo MISSED)"
fi
echo
if busy; then
  echo "bench: warning: the machine was busy at the end (load $(cut -d' ' -f1-3 /proc/loadavg)); rerun on an idle machine" >&2
fi
echo "raw results: $results   (MB = 1024 kB; cpu = user + sys; wall and RSS of whole processes)"
if [ "$failures" -gt 0 ]; then
  echo "bench: $failures run(s) failed; their logs are in target/bench/logs/" >&2
  exit 1
fi
