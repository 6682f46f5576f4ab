#!/usr/bin/env bash
# Writes corpus/capnp_import/ from the extract_text seeds: ingests them into a
# fresh store with the actorgraph binary given as $1 (default
# build/cli/actorgraph) and exports the store as Cap'n Proto three ways.
# The seeds must be bare Graph messages (EncodeGraph): if exports gain a file
# header, strip it here.
set -euo pipefail
cd "$(dirname "$0")"
ag="$(realpath "${1:-../build/cli/actorgraph}")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
out=corpus/capnp_import
mkdir -p "$out"
"$ag" ingest -q --db "$tmp/db" corpus/extract_text
"$ag" export --db "$tmp/db" --format capnp --out "$out/all_with_texts.capnp"
"$ag" export --db "$tmp/db" --format capnp --no-text --out "$out/all_without_texts.capnp"
"$ag" export --db "$tmp/db" --format capnp --type accuses --type denies \
  --out "$out/accusations_selection.capnp"
# A document with one quotation and nothing else, and an empty store.
printf '%s\n' '"Nothing is decided," said Lena Holm.' > "$tmp/one.txt"
"$ag" ingest -q --db "$tmp/db1" "$tmp/one.txt"
"$ag" export --db "$tmp/db1" --format capnp --out "$out/one_quote.capnp"
ls -l "$out"
