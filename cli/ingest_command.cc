// actorgraph ingest: documents -> extractor -> store, one atomic write per
// document. A bad document is reported (file and line) and skipped; the exit
// code is 1 when any input failed, so scripts notice.
#include <cstdio>
#include <unordered_set>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/input.h"
#include "cli/progress.h"
#include "cli/terminal_text.h"
#include "extract/extractor.h"

namespace actorgraph {

int RunIngest(int argc, char** argv) {
  CLI::App app{"Extract facts from documents and add them to the store.", "ingest"};
  std::string db = kDefaultDb;
  std::vector<std::string> paths;
  bool quiet = false;
  app.add_option("--db", db, "store directory (created when missing)")->capture_default_str();
  app.add_flag("-q,--quiet", quiet, "no summary line");
  ExtractorFlags extractor_flags;
  AddExtractorFlags(app, &extractor_flags);
  app.add_option("paths", paths, ".txt, .jsonl, directories, or - for stdin")->required();
  app.footer(
      "A document with an id already in the store is skipped when its text is unchanged\n"
      "and replaced (all its facts) when it changed.");
  if (auto code = ParseArgs(app, argc, argv)) return *code;

  auto extractor = Extractor::Create(extractor_flags.Options());
  if (!extractor.ok()) return Fail(extractor.status());
  auto store = Store::Open(db, OpenMode::kReadWrite);
  if (!store.ok()) return Fail(store.status());

  Progress progress(InputBytes(paths));
  uint64_t added = 0, unchanged = 0, replaced = 0, failed = 0, bytes = 0;
  uint64_t quotes = 0, relations = 0;
  std::unordered_set<std::string> seen;  // ids ingested in this run

  InputCallbacks callbacks;
  callbacks.on_document = [&](Document&& doc, uint64_t bytes_done) {
    bytes = bytes_done;
    DocumentFacts facts = (*extractor)->Extract(doc.id, doc.text);
    auto outcome = (*store)->Put(doc, facts);
    if (!outcome.ok()) {
      ++failed;
      progress.Clear();
      Fail(outcome.status());  // Put's messages name the document
      return;
    }
    if (!seen.insert(doc.id).second && *outcome == PutOutcome::kReplaced) {
      progress.Clear();
      Warn("document id '" + doc.id +
           "' occurs twice in this run; the later text replaced the earlier");
    }
    switch (*outcome) {
      case PutOutcome::kAdded: ++added; break;
      case PutOutcome::kUnchanged: ++unchanged; break;
      case PutOutcome::kReplaced: ++replaced; break;
    }
    if (*outcome != PutOutcome::kUnchanged) {
      quotes += facts.quotes.size();
      relations += facts.relations.size();
    }
    progress.Update(added + unchanged + replaced, bytes_done);
  };
  callbacks.on_error = [&](const Status& error) {
    ++failed;
    progress.Clear();
    Fail(error);
  };
  ReadDocuments(paths, callbacks);
  progress.Clear();

  if (!quiet) {
    double secs = progress.Seconds();
    std::fprintf(stderr,
                 "ingested %llu documents into %s: %llu added, %llu replaced, %llu unchanged, "
                 "%llu failed; %llu quotes, %llu relations; %.2f MB in %.2f s (%.1f MB/s)\n",
                 static_cast<unsigned long long>(added + replaced + unchanged),
                 SafeForTerminal(db).c_str(),
                 static_cast<unsigned long long>(added), static_cast<unsigned long long>(replaced),
                 static_cast<unsigned long long>(unchanged),
                 static_cast<unsigned long long>(failed), static_cast<unsigned long long>(quotes),
                 static_cast<unsigned long long>(relations), bytes / 1e6, secs,
                 secs > 0 ? bytes / 1e6 / secs : 0.0);
  }
  return failed == 0 ? kExitOk : kExitFailure;
}

}  // namespace actorgraph
