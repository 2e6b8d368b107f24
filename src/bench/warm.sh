#!/usr/bin/env bash
# Steady-state scaling: Augur's pipeline loaded once in one JVM (with the launcher's JVM options), then
# passes over a corpus with the given thread counts; prints each pass's wall and worker CPU seconds.
# The first passes warm HotSpot up; compare the later ones (README "Benchmark").
#
#   src/bench/warm.sh [BENCH_DIR] [PLAN]
#
# BENCH_DIR  default ../shared/data/bench/ungd-2018
# PLAN       thread counts of the passes, comma-separated, default 2,1,2,1,2
set -euo pipefail
case "${1:-}" in -h | --help) sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="$(cd "${1:-$repo/../shared/data/bench/ungd-2018}" && pwd)"
plan="${2:-2,1,2,1,2}"
cd "$repo"
./augur --version >/dev/null   # the launcher builds target/ first if it is missing or stale
mkdir -p target/bench/warm
javac -d target/bench/warm -cp "target/classes:target/lib/*" src/bench/WarmPasses.java
# The launcher's JIT options and default heap options, as ./augur runs Augur.
jit="$(sed -n 's/^jit="\(.*\)"$/\1/p' augur)"
heap="$(sed -n 's/.*AUGUR_JAVA_OPTS:-\([^}]*\)}.*/\1/p' augur)"
[ -n "$jit" ] && [ -n "$heap" ] || { echo "warm: cannot read the JVM options from ./augur" >&2; exit 2; }
exec java $jit $heap -cp "target/bench/warm:target/classes:target/lib/*" \
  WarmPasses "$dir" "$plan"
