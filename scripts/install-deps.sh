#!/usr/bin/env bash
# Installs the Debian 12 packages actorgraph needs to build, test and benchmark.
# Runs as root, or through sudo when not root.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
PACKAGES=(
  build-essential cmake pkg-config
  librocksdb-dev
  libboost-graph-dev
  libgraphviz-dev graphviz
  libxml2-dev
  libcapnp-dev capnproto
  nlohmann-json3-dev libsimdjson-dev libcli11-dev libfmt-dev libxxhash-dev
  iso-codes wamerican libtext-names-perl libicu-dev
  # Document dates (model/dates.h) and Louvain communities (graph/communities.h).
  libhowardhinnant-date-dev libigraph-dev
  # The name tagger's trainer (train/, scripts/train-name-tagger.sh).
  liblinear-dev
  # The document pipeline of extract and ingest (--threads, cli/pipeline.h).
  libtbb-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  python3 python3-networkx
  # The Dask driver and its end-to-end test (cluster/, docs/scale.md).
  python3-distributed python3-dask
  # `actorgraph serve` (serve/) and its test in a real browser
  # (tests/browser/serve_browser_test.py): headless Chromium driven by Selenium.
  libcpp-httplib-dev chromium chromium-driver python3-selenium fonts-liberation
  # The sanitizer and fuzz build (scripts/sanitize.sh, scripts/fuzz.sh):
  # clang, its sanitizer and libFuzzer runtimes, llvm-symbolizer for reports.
  clang-14 libclang-rt-14-dev llvm-14
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
