#!/usr/bin/env bash
# Trains the name tagger (extract/name_tagger.h) on CoNLL-2003's training
# split, scores it on the tuning split (its four fifths and its held-out
# fifth, lines 5, 10, ...), and writes extract/models/names.model.
#
#   scripts/train-name-tagger.sh [--c C] [--min-count N] [--out PATH]
#
# Paths default to ../shared beside the repository; override with
# SHARED=/path/to/shared, TRAIN=..., DEV=.... The settings committed with
# the model are the defaults here; extract/models/README.md has its figures.
# Training is deterministic: the same data and settings give the same bytes.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$(cd "${SHARED:-$repo/../shared}" && pwd)"
train="${TRAIN:-$shared/dev/conll2003-train.jsonl}"
dev="${DEV:-$shared/dev/conll2003-testa.jsonl}"
c=3
min_count=2
out="$repo/extract/models/names.model"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --c) c="$2"; shift 2 ;;
    --min-count) min_count="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "usage: $0 [--c C] [--min-count N] [--out PATH]" >&2; exit 2 ;;
  esac
done
"$repo/scripts/build.sh" >/dev/null
"$repo/build/train/train_name_tagger" --train "$train" --dev "$dev" --c "$c" \
  --min-count "$min_count" --out "$out"
