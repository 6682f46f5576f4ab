#!/usr/bin/env bash
# The README's second command (and CI's): installs what is needed, builds,
# and runs every test:
#   1. the Release build's whole ctest suite (unit, end-to-end, kill -9
#      crash-consistency);
#   2. the same suite in the sanitizer build (ASan, LeakSanitizer, UBSan,
#      _GLIBCXX_ASSERTIONS; scripts/sanitize.sh), with each fuzz target
#      replaying its seeds;
#   3. every fuzz target for FUZZ_SECONDS (default 15) each (scripts/fuzz.sh).
# `scripts/test.sh --release` runs step 1 only, for a quick check while
# working. docs/reliability.md says what each step holds.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
start=$SECONDS
(cd build && ctest --output-on-failure -j"$(nproc)")
echo "== Release tests: $((SECONDS - start)) s"
[ "${1:-}" = "--release" ] && exit 0
start=$SECONDS
bash scripts/sanitize.sh
echo "== sanitizer build and tests: $((SECONDS - start)) s"
start=$SECONDS
bash scripts/fuzz.sh "${FUZZ_SECONDS:-15}"
echo "== fuzzing: $((SECONDS - start)) s"
