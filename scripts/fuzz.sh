#!/usr/bin/env bash
# scripts/fuzz.sh [SECONDS]: builds the fuzz targets (scripts/build-san.sh)
# and runs each for SECONDS (default 60), two at a time, one per core, so the
# four targets take about 2 x SECONDS of wall time. New inputs and crash,
# timeout, leak and out-of-memory artifacts go to fuzz-out/<target>/
# (gitignored); the seeds in fuzz/corpus/<target>/ are only read.
# Prints one line per target (runs, coverage, what it found) and exits 1 when
# any target crashed, timed out, leaked or ran out of memory.
#
# FUZZ_KEEP_GOING=1 runs each target in libFuzzer's fork mode and keeps
# fuzzing past a crash or timeout, collecting every artifact: for exploring
# beyond a known finding. The exit status still reports what was found.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
targets=(extract_text jsonl_reader capnp_import selection_flags serve_api)

# Inputs past max_len only repeat what shorter ones reach; timeouts are per
# input. Extraction must be linear in the text: 64 KiB of text takes well
# under a second here even under the sanitizers, so 10 s is a finding (the
# quadratic reported-speech scan took minutes on such inputs).
declare -A max_len=([extract_text]=65536 [jsonl_reader]=65536 [capnp_import]=65536
                    [selection_flags]=1024 [serve_api]=1024)
declare -A timeout=([extract_text]=10 [jsonl_reader]=10 [capnp_import]=10
                    [selection_flags]=5 [serve_api]=5)

bash scripts/build-san.sh "${targets[@]/%/_fuzzer}" >/dev/null

export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export ASAN_OPTIONS="detect_leaks=1"
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"

run() {
  local t="$1" out="fuzz-out/$1"
  mkdir -p "$out/corpus"
  local keep_going=()
  if [ "${FUZZ_KEEP_GOING:-0}" = 1 ]; then
    keep_going=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  fi
  # The first corpus directory receives new inputs; the seeds stay untouched.
  "build-san/fuzz/${t}_fuzzer" "$out/corpus" "fuzz/corpus/$t" \
    -dict="fuzz/$t.dict" -max_len="${max_len[$t]}" -timeout="${timeout[$t]}" \
    -max_total_time="$seconds" -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$out/" "${keep_going[@]}" >"$out/log" 2>&1
}

# One line for target $1 from its log and exit status $2.
summarize() {
  local t="$1" rc="$2" out="fuzz-out/$1"
  local runs cov found
  runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$out/log" | tail -1 | grep -o '[0-9]*$' ||
         grep -o '#[0-9]*' "$out/log" | tail -1 | tr -d '#' || true)
  cov=$(grep -o 'cov: [0-9]*' "$out/log" | tail -1 | grep -o '[0-9]*$' || true)
  found=$(find "$out" -maxdepth 1 -type f \
            \( -name 'crash-*' -o -name 'timeout-*' -o -name 'leak-*' -o -name 'oom-*' \) \
            -printf '%f\n' | sed 's/-.*//' | sort | uniq -c | awk '{s = s (NR > 1 ? ", " : "") $1 " " $2} END {printf "%s", s}')
  local what="${found:-0 crashes}"
  if [ "$rc" != 0 ]; then what="$what (exit $rc, see $out/log)"; fi
  printf '%-16s runs %-9s cov %-6s %s\n' "$t" "${runs:-?}" "${cov:-?}" "$what"
}

# Artifacts of an earlier run would be counted as this run's.
for t in "${targets[@]}"; do
  rm -f fuzz-out/"$t"/{crash,timeout,leak,oom}-*
done
declare -A status
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  pids=()
  for t in "${targets[@]:i:2}"; do
    run "$t" & pids+=("$!:$t")
  done
  for p in "${pids[@]}"; do
    if wait "${p%%:*}"; then status[${p#*:}]=0; else status[${p#*:}]=$?; fi
  done
done

failed=0
for t in "${targets[@]}"; do
  summarize "$t" "${status[$t]}"
  [ "${status[$t]}" = 0 ] || failed=1
  if find "fuzz-out/$t" -maxdepth 1 -type f \
       \( -name 'crash-*' -o -name 'timeout-*' -o -name 'leak-*' -o -name 'oom-*' \) |
     grep -q .; then
    failed=1
  fi
done
exit "$failed"
