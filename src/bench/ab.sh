#!/usr/bin/env bash
# Compare this checkout's build with an earlier revision's in one session: 1-thread runs of
# `augur extract` on the bench corpus, the two builds alternating, with the launcher's JVM options.
#
#   src/bench/ab.sh REV [BENCH_DIR] [PAIRS]
#
# REV        the earlier revision (built in a temporary git worktree)
# BENCH_DIR  default ../shared/data/bench/ungd-2018
# PAIRS      how many old/new pairs, default 3
#
# Prints wall and CPU (user+sys) seconds and peak RSS of every run, then the medians and new/old ratios.
# Alternating the builds spreads the machine's own drift over both sides.
set -euo pipefail
export LC_ALL=C
[ $# -ge 1 ] || { sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2; }
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rev="$1"
bench="$(cd "${2:-$repo/../shared/data/bench/ungd-2018}" && pwd)"
pairs="${3:-3}"
[ -x /usr/bin/time ] || { echo "ab: GNU time is missing (apt-get install time)" >&2; exit 2; }
tmp="$(mktemp -d "${TMPDIR:-/tmp}/augur-ab.XXXXXX")"
trap 'git -C "$repo" worktree remove --force "$tmp/old" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
git -C "$repo" worktree add -q --detach "$tmp/old" "$rev"
(cd "$tmp/old" && mvn -q -B package -DskipTests >&2)
(cd "$repo" && mvn -q -B package -DskipTests >&2)
opts="-XX:-DontCompileHugeMethods -XX:InlineSmallCode=1000 -XX:MaxInlineSize=20 -XX:FreqInlineSize=150 -Xms1200m -Xmx3g -XX:+UseSerialGC"
for i in $(seq "$pairs"); do
  for side in old new; do
    dir="$repo"; [ "$side" = old ] && dir="$tmp/old"
    (cd "$dir" && /usr/bin/time -f "$side %e %U %S %M" -o "$tmp/t" java $opts -jar target/augur.jar extract "$bench" \
      -o "$tmp/out-$side" --threads 1 --no-cache --quiet >/dev/null 2>&1)
    read -r s w u sy m < "$tmp/t"
    printf '%s wall %.1f s  cpu %.1f s  rss %d MB\n' "$s" "$w" "$(awk -v a="$u" -v b="$sy" 'BEGIN { print a + b }')" "$((m / 1024))" | tee -a "$tmp/all"
  done
done
awk '{w[$1]=w[$1]" "$3; c[$1]=c[$1]" "$6}
  function med(list,   a, n, i, j, t) { n = split(list, a, " "); for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  END { wo = med(w["old"]); wn = med(w["new"]); co = med(c["old"]); cn = med(c["new"])
    printf "median wall: old %.1f s, new %.1f s, new/old %.3f\nmedian cpu:  old %.1f s, new %.1f s, new/old %.3f\n", wo, wn, wn / wo, co, cn, cn / co }' "$tmp/all"
