#!/usr/bin/env bash
# Batch at scale (issue 7): end-to-end `newsextract extract` runs with the trained models, as a user runs them,
# over seedable generated corpora; prints markdown tables of medians.
#   scripts/bench-scale.sh [--sizes "1000 10000"] [--threads "1 2"] [--runs 3] [--sweep "10 100 1000 10000"] [--work DIR]
#                          [--walls "256 2048"] [--baseline OTHER/NewsExtract.Cli.dll] [--no-pin]
# For each size: first runs (an empty cache) and incremental runs (the cache of a first run, nothing changed) on 1 and
# 2 threads: median wall time, documents/s, MB of article text/s per core, peak working set (the largest of the runs).
# The thread counts take turns round by round, and each round's first runs give a ratio (2 threads against 1), whose
# median is printed: pairs taken minutes apart, where whole series taken one after the other drifted apart.
# With --baseline, each run of this build is followed by the same run of that build (its own outputs and cache), and
# the size tables add its median wall time and the ratio baseline / this build: on a machine whose speed drifts, only
# runs taken side by side compare. The length sweep: one document of each size in KB, time per MB, and ten 1 MB
# documents against one 10 MB document (this build only). --walls: one line of one phrase repeated, at each size in KB,
# for five phrases of kinds that once took time growing with the square of the line's length and one prose sentence;
# time per MB, and that at the largest size against the smallest (this build only; the smaller pays more of the
# start-up, so linear time gives 1 or less).
# A run on T threads is pinned to T cores (taskset; one thread to the faster of cores 0 and 1), so that "1 thread" is
# one core: its writer thread and the runtime's collector share it, as on a one-core machine, and 2 threads against 1
# is 2 cores against one.
# --no-pin lets every run use every core (a one-thread run then borrows the second core for writing and collecting).
# Needs a Release build (dotnet build NewsExtract.sln -c Release). Nothing is written to the repository.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
this_dll="$root/src/NewsExtract.Cli/bin/Release/net10.0/NewsExtract.Cli.dll"
cli=(dotnet "$this_dll")
baseline=""
pin=1
sizes="1000 10000"
threads="1 2"
runs=3
sweep="10 100 1000 10000"
walls=""
work="${TMPDIR:-/tmp}/newsextract-bench-scale"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --sweep) sweep="$2"; shift 2 ;;
    --walls) walls="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --baseline) baseline="$2"; shift 2 ;;
    --no-pin) pin=0; shift ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "bench-scale: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ -f "${cli[1]}" ]] || { echo "bench-scale: build first: dotnet build NewsExtract.sln -c Release" >&2; exit 3; }
[[ -z "$baseline" || -f "$baseline" ]] || { echo "bench-scale: no baseline build at $baseline" >&2; exit 2; }
mkdir -p "$work"
if [[ $pin == 1 ]] && ! command -v taskset >/dev/null; then
  echo "bench-scale: taskset not found; runs are not pinned to cores" >&2
  pin=0
fi

# The median of the numbers read, one a line; blank lines (a figure an incremental run does not print) are skipped,
# and none gives a blank.
median() { sort -g | awk 'NF { v[++n] = $1 } END { if (n == 0) print ""; else if (n % 2) print v[(n + 1) / 2]; else print (v[n / 2] + v[n / 2 + 1]) / 2 }'; }

# One extract run on CORES cores (pinned unless --no-pin): prints "wall_s docs_per_s mb_per_s_per_core peak_mb" (wall
# time includes start-up and model loading). BUILD=path/to/NewsExtract.Cli.dll runs another build.
run_extract() {
  local cores=$1 log="$work/last.log" start end
  shift
  local on=()
  if [[ $pin == 1 ]]; then
    if [[ $cores == 1 ]]; then on=(taskset -c "$single"); else on=(taskset -c "0-$((cores - 1))"); fi
  fi
  start=$(date +%s.%N)
  "${on[@]}" dotnet "${BUILD:-$this_dll}" extract "$@" >"$log" 2>&1 || { echo "bench-scale: extract failed, see $log" >&2; tail -5 "$log" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v wall="$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" '
    /^throughput:/ { d = $2; for (i = 1; i <= NF; i++) { if ($(i+1) == "MB/s" && $(i+2) == "per") c = $i; if ($i == "set") p = $(i+1) } }
    END { printf "%.3f %s %s %s\n", wall, d, c, p }' "$log"
}

# What this machine's cores can give at all: the same CPU-bound loop alone on core 0, alone on core 1, then on both at
# once. Two vCPUs of one host need not be equal, nor keep their speed when both are busy: one-thread runs are pinned to
# the faster core, and the work per second of both cores at once over that of the faster alone bounds what 2 threads
# can gain over 1 here.
single=0
spin() { taskset -c "$1" awk 'BEGIN { for (i = 0; i < 1e8; i++) s += i }'; }
seconds() { local a b; a=$(date +%s.%N); "$@"; b=$(date +%s.%N); awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f\n", b - a }'; }
if [[ $pin == 1 && $(nproc) -ge 2 ]]; then
  core0=$(seconds spin 0)
  core1=$(seconds spin 1)
  single=$(awk -v a="$core0" -v b="$core1" 'BEGIN { print (b < a) ? 1 : 0 }')
  fastest=$(awk -v a="$core0" -v b="$core1" 'BEGIN { print (b < a) ? b : a }')
  both=$( { seconds spin 0 & seconds spin 1; wait; } | paste -sd ' ')
  echo
  echo "Machine ceiling: a CPU-bound loop took $core0 s alone on core 0, $core1 s alone on core 1, and $both s on both at" \
    "once (in either order): both cores do $(awk -v a="$fastest" -v b="$both" 'BEGIN { split(b, t, " "); printf "%.2f", a / t[1] + a / t[2] }')x" \
    "the work of core $single alone, where one-thread runs are pinned."
fi

for n in $sizes; do
  corpus="$work/corpus-$n"
  [[ -d "$corpus" ]] || "${cli[@]}" generate-bench-corpus "$n" --out "$corpus" --seed 1 >/dev/null
  echo
  echo "## $n articles ($(du -shL "$corpus" | cut -f1) on disk), $runs runs each, $([[ $pin == 1 ]] && echo "each run pinned to as many cores as threads" || echo "runs not pinned")"
  echo
  echo "| threads | run | median wall s | documents/s | MB/s per core | peak working set MB |${baseline:+ baseline median wall s | baseline / this |}"
  echo "|---|---|---|---|---|---|${baseline:+---|---|}"
  # Round by round, every thread count in turn (a first run, then an incremental run on its cache), so that runs of
  # different thread counts are taken minutes apart, not a whole series apart, on a machine whose speed drifts.
  declare -A rows_of=() base_of=()
  for ((r = 1; r <= runs; r++)); do
    for t in $threads; do
      out="$work/out-$n-$t"
      rm -rf "$out" "$out-baseline"
      for kind in first incremental; do
        rows_of[$t,$kind]+="$(run_extract "$t" "$corpus" --out "$out" --threads "$t")"$'\n'
        [[ -z "$baseline" ]] || base_of[$t,$kind]+="$(BUILD="$baseline" run_extract "$t" "$corpus" --out "$out-baseline" --threads "$t")"$'\n'
      done
    done
  done
  for t in $threads; do
    for kind in first incremental; do
      rows=$(printf '%s' "${rows_of[$t,$kind]}")
      wall=$(awk '{print $1}' <<<"$rows" | median)
      docs=$(awk '{print $2}' <<<"$rows" | median)
      core=$(awk '{print $3}' <<<"$rows" | median)
      peak=$(awk '{print $4}' <<<"$rows" | sort -g | tail -1)
      compared=""
      if [[ -n "$baseline" ]]; then
        other=$(printf '%s' "${base_of[$t,$kind]}" | awk '{print $1}' | median)
        compared=" $other | $(awk -v a="$other" -v b="$wall" 'BEGIN { printf "%.2f", a / b }') |"
      fi
      echo "| $t | $kind | $wall | $docs | $core | $peak |$compared"
    done
  done
  # Each round's first run on T threads against the same round's run on the first thread count listed: pairs taken
  # minutes apart, so the machine's drift mostly cancels out of each ratio.
  first_t=${threads%% *}
  for t in $threads; do
    [[ $t == "$first_t" ]] && continue
    ratios=$(paste -d ' ' <(printf '%s' "${rows_of[$first_t,first]}" | awk '{print $1}') \
      <(printf '%s' "${rows_of[$t,first]}" | awk '{print $1}') | awk '{ printf "%.2f\n", $1 / $2 }')
    echo
    echo "$t threads against $first_t, first runs paired by round: median $(median <<<"$ratios")x (rounds: $(paste -sd ' ' <<<"$ratios"))"
  done
done

if [[ -n "$sweep" ]]; then
  echo
  echo "## Length sweep: one plain-text document per size, $runs runs each, threads 1, no cache, no time budget"
  echo
  echo "| size KB | median wall s | s per MB of text (from the tool's MB/s) | peak working set MB |"
  echo "|---|---|---|---|"
  for kb in $sweep; do
    dir="$work/sweep-$kb"
    [[ -d "$dir" ]] || "${cli[@]}" generate-bench-corpus 1 --length "$kb" --out "$dir" --seed 2 >/dev/null
    rows=()
    for ((r = 1; r <= runs; r++)); do
      rows+=("$(run_extract 1 "$dir" --out "$work/sweep-out" --threads 1 --no-cache --doc-timeout 0 --max-size 64)")
    done
    wall=$(printf '%s\n' "${rows[@]}" | awk '{print $1}' | median)
    per=$(printf '%s\n' "${rows[@]}" | awk '{ if ($3 > 0) print 1 / $3; else print "inf" }' | median)
    peak=$(printf '%s\n' "${rows[@]}" | awk '{print $4}' | sort -g | tail -1)
    echo "| $kb | $wall | $per | $peak |"
  done
  ten="$work/sweep-ten-1000"
  [[ -d "$ten" ]] || "${cli[@]}" generate-bench-corpus 10 --length 1000 --out "$ten" --seed 2 >/dev/null
  rows=()
  for ((r = 1; r <= runs; r++)); do
    rows+=("$(run_extract 1 "$ten" --out "$work/sweep-out" --threads 1 --no-cache --doc-timeout 0 --max-size 64)")
  done
  echo
  echo "ten 1 MB documents, median wall s: $(printf '%s\n' "${rows[@]}" | awk '{print $1}' | median) (the same text in one document is the 10000 KB row above)"
fi

if [[ -n "$walls" ]]; then
  echo
  echo "## Walls: one line of one phrase repeated, $runs runs each, threads 1, no cache, no time budget"
  echo
  echo "| line of | $(for kb in $walls; do printf '%s KB: s per MB | ' "$kb"; done)growth (largest / smallest) |"
  echo "|---|$(for kb in $walls; do printf -- '---|'; done)---|"
  phrases=("export controls on ” Norway 40%" "in ” minister Ana Souza" "“ imposed export controls on 📈" "🚀 📈"
    "40% said Ana Souza" "Prices rose 5% to \$410 a tonne, traders said.")
  for phrase in "${phrases[@]}"; do
    row="| \`$phrase\` |"
    pers=()
    for kb in $walls; do
      dir="$work/wall-$kb-$(printf '%s' "$phrase" | cksum | cut -d' ' -f1)"
      if [[ ! -d "$dir" ]]; then
        mkdir -p "$dir"
        # Whole phrases, one line: a cut inside a character would add a decoding note.
        { yes "$phrase" || true; } | head -n "$((kb * 1024 / ($(printf '%s' "$phrase" | wc -c) + 1)))" | tr '\n' ' ' >"$dir/wall.txt"
      fi
      rows=()
      for ((r = 1; r <= runs; r++)); do
        rows+=("$(run_extract 1 "$dir" --out "$work/wall-out" --threads 1 --no-cache --doc-timeout 0 --max-size 64)")
      done
      per=$(printf '%s\n' "${rows[@]}" | awk '{ if ($3 > 0) print 1 / $3; else print "inf" }' | median)
      pers+=("$per")
      row+=" $(awk -v p="$per" 'BEGIN { printf "%.2f", p }') |"
    done
    echo "$row $(awk -v a="${pers[0]}" -v b="${pers[${#pers[@]}-1]}" 'BEGIN { printf "%.2fx", b / a }') |"
  done
fi
