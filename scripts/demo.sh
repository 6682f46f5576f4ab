#!/usr/bin/env bash
# The README's first command: installs what actorgraph needs, builds it, then
# runs the main job on an example article written for this project:
# ingest it into an embedded store, print who said what, draw the graph.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
ag=build/cli/actorgraph
db=out/demo.db
mkdir -p out
rm -rf "$db"
echo "== ingest docs/examples/arctic-cable.txt into $db"
"$ag" ingest --db "$db" docs/examples/arctic-cable.txt
echo
echo "== who said what (actorgraph query said)"
"$ag" query said --db "$db"
echo
echo "== accusations and denials (actorgraph query relations)"
"$ag" query relations --db "$db" --type accuses
"$ag" query relations --db "$db" --type denies
echo
"$ag" render --db "$db" --format svg --out out/demo.svg
"$ag" render --db "$db" --format png --out out/demo.png
echo "== graph drawn to out/demo.svg and out/demo.png"
"$ag" export --db "$db" --format html --out out/demo.html
echo "== the same graph to explore, in one file: out/demo.html (open it in a browser)"
echo "== or serve the store: $ag serve --db $db   (then open http://127.0.0.1:8080/)"
