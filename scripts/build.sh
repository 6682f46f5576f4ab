#!/usr/bin/env bash
# Configures and builds actorgraph into ./build (warnings are errors).
# Release at -O2 without debug info: debug info made every compile about a
# third slower (18.7 s against 14.1 s for tests/e2e/query_test.cc), and -O3
# trips a false -Wrestrict in g++ 12. For a debugger, configure your own
# build dir with -DCMAKE_BUILD_TYPE=RelWithDebInfo.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
  -DACTORGRAPH_WERROR=ON >/dev/null
# One job more than cores: a compiler waiting on the disk leaves a core idle
# otherwise.
cmake --build build -j"$(( $(nproc) + 1 ))"
