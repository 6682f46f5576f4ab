// actorgraph import: merges a Cap'n Proto export (actorgraph export --format
// capnp) into a store, one atomic write per document.
//
// The whole file is read and checked (framing, checksum, and what Store::Put
// would refuse) before the store is opened, so a truncated, damaged or
// foreign file is refused with the store untouched (not even created).
// Merge rules: store/corpus_merge.h.
#include <chrono>
#include <cstdio>
#include <utility>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/terminal_text.h"
#include "export/exporters.h"
#include "store/corpus_merge.h"
#include "store/corpus_split.h"

namespace actorgraph {

namespace {

// Past this many, warnings are summed up rather than listed.
constexpr size_t kMaxWarningsShown = 5;

unsigned long long U(uint64_t n) { return static_cast<unsigned long long>(n); }

}  // namespace

int RunImport(int argc, char** argv) {
  CLI::App app{"Merge a Cap'n Proto export into a store.", "import"};
  std::string db = kDefaultDb, file;
  bool quiet = false;
  app.add_option("--db", db, "store directory (created when missing)")->capture_default_str();
  app.add_flag("-q,--quiet", quiet, "no summary line");
  app.add_option("file", file, "a file written by 'actorgraph export --format capnp'")->required();
  app.footer(
      "Actors are unified by key. A document already in the store is unchanged when the\n"
      "file says the same about it, and otherwise replaced with the file's facts.");
  if (auto code = ParseArgs(app, argc, argv)) return *code;

  const auto start = std::chrono::steady_clock::now();
  bool headerless = false;
  auto corpus = ImportCapnp(file, &headerless);
  if (!corpus.ok()) return Fail(corpus.status());
  if (headerless) {
    Warn(file +
         ": a headerless export of an earlier release: it has no checksum, so damage to it "
         "cannot be detected (export it again for a verified file)");
  }
  auto split = SplitByDocument(std::move(*corpus));
  if (!split.ok()) return Fail(file + ": " + split.status().message());
  for (size_t i = 0; i < split->warnings.size() && i < kMaxWarningsShown; ++i) {
    Warn(file + ": " + split->warnings[i]);
  }
  if (split->warnings.size() > kMaxWarningsShown) {
    Warn(file + ": " + std::to_string(split->warnings.size() - kMaxWarningsShown) +
         " more warnings like these");
  }

  auto store = Store::Open(db, OpenMode::kReadWrite);
  if (!store.ok()) return Fail(store.status());
  const MergeSummary s = MergeIntoStore(**store, *split);
  for (const std::string& error : s.errors) Fail(error);

  if (!quiet) {
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr,
                 "imported %s from %s into %s: %llu added, %llu replaced, "
                 "%llu unchanged, %llu failed; %s, %s, %s; %.2f s\n",
                 Counted(s.added + s.replaced + s.unchanged, "document", "documents").c_str(),
                 SafeForTerminal(file).c_str(), SafeForTerminal(db).c_str(), U(s.added),
                 U(s.replaced), U(s.unchanged), U(s.failed),
                 Counted(s.new_actors, "new actor", "new actors").c_str(),
                 Counted(s.quotes, "quote", "quotes").c_str(),
                 Counted(s.relations, "relation", "relations").c_str(), secs);
  }
  return s.failed == 0 ? kExitOk : kExitFailure;
}

}  // namespace actorgraph
