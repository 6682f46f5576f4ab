// actorgraph merge: stores built elsewhere (on other machines, from other
// parts of a corpus) merged into one. Each source is opened read-only and
// its documents are written to the target with their facts, in id order,
// source after source, exactly as `ingest --facts` writes them: every
// document whole or not at all, actors unified by key, the indexes derived
// again from the facts. A document id already in the target (or in an
// earlier source) with the same text, metadata and facts is unchanged; with
// another text it is replaced, with a warning when both came in this run.
// Nothing is extracted, so the sources' extractor fingerprints are kept and
// a later ingest of the same texts skips them.
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/group_writer.h"
#include "cli/progress.h"
#include "cli/terminal_text.h"
#include "store/write_group.h"

namespace actorgraph {

namespace {

// Whether `a` and `b` name the same directory (both may be missing).
bool SameDirectory(const std::string& a, const std::string& b) {
  std::error_code ec;
  if (std::filesystem::equivalent(a, b, ec)) return true;
  return std::filesystem::weakly_canonical(a, ec) == std::filesystem::weakly_canonical(b, ec);
}

}  // namespace

int RunMerge(int argc, char** argv) {
  CLI::App app{"Merge stores built elsewhere into one.", "merge"};
  std::string db = kDefaultDb;
  std::vector<std::string> sources;
  bool quiet = false, bulk = false;
  double group_mb = 0;
  app.add_option("--db", db, "the target store (created when missing)")->capture_default_str();
  app.add_flag("-q,--quiet", quiet, "no summary line");
  app.add_flag("--bulk", bulk,
               "write sorted SST files that the store takes whole, as 'ingest --bulk' does");
  app.add_option("--group-mb", group_mb, "megabytes written together, as for ingest")
      ->check(CLI::PositiveNumber);
  app.add_option("sources", sources, "store directories to merge, in order")->required();
  app.footer(
      "Documents are written source after source, each source's in id order. A document\n"
      "the target holds with the same text and facts is unchanged; otherwise the later\n"
      "one replaces it. Sources are only read, and may be in use by other processes.");
  if (auto code = ParseArgs(app, argc, argv)) return *code;

  for (const std::string& source : sources) {
    if (SameDirectory(source, db)) {
      return Fail("cannot merge " + source + " into itself (it is the target --db)");
    }
  }
  // Every source opens before anything is written: a typo is not half a merge.
  std::vector<std::unique_ptr<Store>> opened;
  for (const std::string& source : sources) {
    auto store = OpenForReading(source);
    if (!store.ok()) return Fail(store.status());
    opened.push_back(std::move(store).value());
  }
  auto target = Store::Open(db, OpenMode::kReadWrite);
  if (!target.ok()) return Fail(target.status());

  Progress progress(0);
  GroupWriter writer(**target, bulk, group_mb, progress);
  bool read_error = false;
  for (size_t i = 0; i < opened.size(); ++i) {
    Status s = opened[i]->ForEachDocument([&](Document doc, DocumentFacts facts) {
      Result<PreparedDocument> prepared = PrepareDocument(std::move(doc), std::move(facts));
      if (!prepared.ok()) {
        writer.Fail(Status::InvalidArgument(sources[i] + ": " + prepared.status().message()));
      } else {
        writer.Add(std::move(prepared).value());
      }
      return Status::Ok();
    });
    if (!s.ok()) {
      // A damaged source: what was read of it is merged, the rest is not.
      writer.Fail(Status::Corruption("reading " + sources[i] + ": " + s.message() +
                                     "; the rest of this source was not merged"));
      read_error = true;
    }
  }
  writer.Finish();
  const WriteCounts& done = writer.done();

  if (!quiet) {
    std::fprintf(stderr,
                 "merged %s from %s into %s: %llu added, %llu replaced, "
                 "%llu unchanged, %llu failed; %s, %s; %.2f s\n",
                 Counted(done.documents(), "document", "documents").c_str(),
                 Counted(sources.size(), "store", "stores").c_str(), SafeForTerminal(db).c_str(),
                 static_cast<unsigned long long>(done.added),
                 static_cast<unsigned long long>(done.replaced),
                 static_cast<unsigned long long>(done.unchanged),
                 static_cast<unsigned long long>(writer.failed()),
                 Counted(done.quotes, "quote", "quotes").c_str(),
                 Counted(done.relations, "relation", "relations").c_str(), progress.Seconds());
  }
  return writer.failed() == 0 && !read_error ? kExitOk : kExitFailure;
}

}  // namespace actorgraph
