#!/usr/bin/env bash
# Writes corpus/capnp_import/ from the extract_text seeds: ingests them into a
# fresh store with the actorgraph binary given as $1 (default
# build/cli/actorgraph) and exports the store as Cap'n Proto three ways.
# The seeds are bare Graph messages (EncodeGraph): the 28-byte file header of
# an export (export/capnp_file.cc) is stripped, so the fuzzer mutates what
# DecodeGraph reads and not a checksum.
set -euo pipefail
cd "$(dirname "$0")"
ag="$(realpath "${1:-../build/cli/actorgraph}")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
out=corpus/capnp_import
mkdir -p "$out"
"$ag" ingest -q --db "$tmp/db" corpus/extract_text
# export DB NAME [FLAGS...]: writes $out/NAME.capnp without the header.
export_bare() {
  local db="$1" name="$2"
  shift 2
  "$ag" export --db "$db" --format capnp --out "$tmp/$name.capnp" "$@"
  tail -c +29 "$tmp/$name.capnp" >"$out/$name.capnp"
}
export_bare "$tmp/db" all_with_texts
export_bare "$tmp/db" all_without_texts --no-text
export_bare "$tmp/db" accusations_selection --type accuses --type denies
# A document with one quotation and nothing else, and an empty store.
printf '%s\n' '"Nothing is decided," said Lena Holm.' > "$tmp/one.txt"
"$ag" ingest -q --db "$tmp/db1" "$tmp/one.txt"
export_bare "$tmp/db1" one_quote
ls -l "$out"
