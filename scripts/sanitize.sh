#!/usr/bin/env bash
# Builds ./build-san (scripts/build-san.sh) and runs the whole ctest suite in
# it: unit and end-to-end tests (the e2e tests run the sanitized actorgraph
# binary) and each fuzz target over its seed corpus; all but the kill -9
# tests (see below). Any AddressSanitizer, LeakSanitizer or UBSan report, or
# libstdc++ assertion, fails its test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-san.sh
# Reports with a stack; the first UBSan report ends the process (the build
# also says -fno-sanitize-recover=all). Leaks in third-party libraries that
# we cannot free are listed, each with its reason, in scripts/lsan.supp, by
# the function that leaks. Graphviz and fontconfig have no frame pointers,
# so ASan's fast unwinder stops at their first frame and those lines would
# never match: the tests that lay out and draw with Graphviz (named for it:
# Render, Svg, Png) trace allocations with the slow unwinder, 8 frames deep,
# which doubles their time; the rest, which never reach Graphviz's layout,
# use the fast one (the suite's 338 s became 170 s; measured on 2 cores).
# A test that draws under another name fails in the first pass with a
# Graphviz leak: add its name to `graphviz`. Every leak of ours fails either
# way.
export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
asan="detect_leaks=1:strict_string_checks=1:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
cd build-san
# The kill -9 tests (CrashTest.*, the crash-consistency of ingest and import)
# run in the Release suite only: they exercise RocksDB's atomicity, not our
# memory handling, which the store tests cover here, and under the
# sanitizers they took 235 s of test time (20 s in Release). More run in
# Release only, to keep CI under its 25 minutes (together 105 s of test time
# here); each checks an outcome, and the code it runs runs under the
# sanitizers in other tests:
#  - a timing ratio (meaningless under ASan's slowdown);
#  - the exact-versus-sampled betweenness ranking on a 2,500-actor graph
#    (BetweennessTest.TheSameViewGivesTheSameEstimate runs the sampler);
#  - stores equal at 1 and 3 threads, and grouped or not (the pipeline and
#    the write path run in every ingest test; BulkLoad and Merged stay);
#  - import round trips through a pipe, of an earlier release's header-less
#    file, and of stats and answers (import's decoder and writer run in
#    the other import tests and the capnp fuzzer);
#  - the Dask driver (Python around the binary's extract and ingest);
#  - every damaged export refused, bit by bit and file by file (53 s here):
#    the capnp_import fuzz target feeds the same decoder damaged files
#    under the sanitizers, and replays its seeds in this suite;
#  - said --by with a limit, oldest first (the said query and the quote
#    keys run in the other query tests).
# And (65 s of test time here, to stay under the 25 minutes as the suite
# grew with canonical actors and timelines):
#  - a 10 MB line of one sentence ingested (an outcome of size; the reader
#    and extractor run under the fuzzers and the other bad-input tests);
#  - another extractor re-extracting an unchanged corpus (the decision is
#    the fingerprint compare every re-ingest test here runs);
#  - a store whose creation was cut short (Store::Open's RocksDB outcome;
#    Open runs in every store test);
#  - import round trips without texts and twice over (import's decoder and
#    writer run in the other import tests and the capnp fuzzer).
excluded='^(CrashTest[.].*|HostileTextTest[.]TimeAndFactsGrowInProportionToARunOfCues|BetweennessTest[.]SampledTopTenHoldsTheBridgesInOrder|ParallelIngestTest[.](IngestBuildsTheSameStoreAtAnyThreadCount|GroupedWritesStoreWhatOneDocumentPerWriteStores)|ImportTest[.](AnExportThroughAPipeImports|HeaderlessExportOfAnEarlierReleaseImportsWithAWarning|RoundTripKeepsStatsAndQueryAnswers|EveryFileWithFlippedBitsIsRefused|BadFilesAreRefusedAndLeaveTheStoreUnchanged)|QueryTest[.]SaidByWithALimitIsTheOldestStatementsFirst|BadInputTest[.]HugeLineIsHandled|ParallelIngestTest[.]AnotherExtractorReExtractsAndRecordsItself|StoreOpenTest[.]CreationCutShortIsNoStoreToReadersAndFinishedByTheNextWriter|ImportTest[.](RoundTripWithoutTextsKeepsStatsAndStatements|ImportingTwiceChangesNothing)|dask_e2e)$'
graphviz='Render|Svg|Png'
ASAN_OPTIONS="$asan:fast_unwind_on_malloc=1" \
  ctest --output-on-failure -j"$(nproc)" -E "$excluded|$graphviz" "$@"
ASAN_OPTIONS="$asan:fast_unwind_on_malloc=0:malloc_context_size=8" \
  ctest --output-on-failure -j"$(nproc)" -R "$graphviz" -E "$excluded" "$@"
