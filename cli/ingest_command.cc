// actorgraph ingest: documents -> extractor -> store. Documents are extracted
// on --threads workers (cli/pipeline.h) and written in input order, several
// per RocksDB write (store/write_group.h); each document is still wholly
// stored or not at all. A document whose text, metadata and extractor the
// store already holds is not extracted again. A bad document is reported
// (file and line) and skipped; the exit code is 1 when any input failed, so
// scripts notice. The store is the same at any thread count.
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <future>
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/facts_json.h"
#include "cli/group_writer.h"
#include "cli/input.h"
#include "cli/pipeline.h"
#include "cli/progress.h"
#include "cli/terminal_text.h"
#include "extract/extractor.h"
#include "store/write_group.h"

namespace actorgraph {

namespace {

// The user's alias file, read whole (it is small: a line a rule).
Result<AliasRules> ReadAliasRules(const std::string& path) {
  constexpr std::uintmax_t kMaxBytes = 16 << 20;
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec) return Status::IOError("cannot read alias file " + path + ": " + ec.message());
  if (size > kMaxBytes) {
    return Status::InvalidArgument("alias file " + path + " is larger than 16 MiB");
  }
  std::ifstream in(path, std::ios::binary);
  std::string text(size, '\0');
  if (!in.read(text.data(), static_cast<std::streamsize>(size))) {
    return Status::IOError("cannot read alias file " + path);
  }
  if (Status s = ValidateText(text); !s.ok()) {
    return Status::InvalidArgument(path + ": " + s.message());
  }
  return AliasRules::Parse(text, path);
}

// Reads facts JSONL files ("-": stdin) line by line, handing each parsed
// line (or its error, naming file and line) and the bytes read so far.
void ReadFactsFiles(
    const std::vector<std::string>& paths,
    const std::function<void(Result<std::pair<Document, DocumentFacts>>, uint64_t)>& on_line) {
  uint64_t bytes = 0;
  for (const std::string& path : paths) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (path != "-") {
      file.open(path, std::ios::binary);
      if (!file) {
        on_line(Status::NotFound("cannot open " + path), bytes);
        continue;
      }
      in = &file;
    }
    const std::string name = path == "-" ? "<stdin>" : path;
    std::string line;
    for (uint64_t number = 1; std::getline(*in, line); ++number) {
      bytes += line.size() + 1;
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
        line.pop_back();
      }
      if (line.empty()) continue;
      Result<std::pair<Document, DocumentFacts>> parsed = ParseFactsLine(line);
      if (!parsed.ok()) {
        parsed = Status::InvalidArgument(name + ":" + std::to_string(number) + ": " +
                                         parsed.status().message());
      } else if (Status s = ValidateText(parsed->first.text); !s.ok()) {
        parsed = Status::InvalidArgument(name + ":" + std::to_string(number) + ": " + s.message());
      }
      on_line(std::move(parsed), bytes);
    }
    if (in->bad()) on_line(Status::IOError("cannot read " + name), bytes);
  }
}

}  // namespace

int RunIngest(int argc, char** argv) {
  CLI::App app{"Extract facts from documents and add them to the store.", "ingest"};
  std::string db = kDefaultDb;
  std::vector<std::string> paths;
  bool quiet = false;
  int threads = 0;
  bool facts_input = false;
  bool bulk = false;
  double group_mb = 0;
  std::string aliases_path;
  app.add_option("--db", db, "store directory (created when missing)")->capture_default_str();
  app.add_flag("-q,--quiet", quiet, "no summary line");
  ExtractorFlags extractor_flags;
  AddExtractorFlags(app, &extractor_flags);
  AddThreadsFlag(app, &threads);
  app.add_flag("--facts", facts_input,
               "the inputs are facts JSONL made by 'extract --with-document' (on this or "
               "another machine): store them without extracting");
  app.add_flag("--bulk", bulk,
               "write sorted SST files that the store takes whole (RocksDB "
               "IngestExternalFiles) instead of batches: faster for a new or large corpus; "
               "the store's content is the same");
  app.add_option("--group-mb", group_mb,
                 "megabytes of keys and values written together (default 8, or 32 with "
                 "--bulk); a crash loses at most one group, which the next run redoes")
      ->check(CLI::PositiveNumber);
  app.add_option("--aliases", aliases_path,
                 "alias file: 'X = Y' takes the actor named X for Y, 'X != Y' never merges "
                 "them; kept in the store for later ingests (an empty file removes them)");
  app.add_option("paths", paths, ".txt, .jsonl, directories, or - for stdin")->required();
  app.footer(
      "A document with an id already in the store is skipped when its text, metadata and\n"
      "the extractor are unchanged (without extracting it), and replaced (all its facts)\n"
      "when they changed.");
  if (auto code = ParseArgs(app, argc, argv)) return *code;

  // The extractor (lexicons, name model: about 0.1 s to load) is loaded by
  // the first document that needs it, so a re-ingest of an unchanged corpus
  // never loads it. A new store needs it for every document: then it is
  // loaded first, and a bad --lexicons fails before a store is created.
  const ExtractorOptions options = extractor_flags.Options();
  std::shared_future<Result<std::unique_ptr<Extractor>>> loading;
  if (!facts_input) {
    loading = std::async(std::launch::deferred, [options] { return Extractor::Create(options); });
    std::error_code ec;
    if (!std::filesystem::exists(db, ec) && !loading.get().ok()) {
      return Fail(loading.get().status());
    }
  }
  std::optional<AliasRules> rules;
  if (!aliases_path.empty()) {
    Result<AliasRules> read = ReadAliasRules(aliases_path);
    if (!read.ok()) return Fail(read.status());
    rules = std::move(read).value();
  }
  auto store = Store::Open(db, OpenMode::kReadWrite);
  if (!store.ok()) return Fail(store.status());
  if (rules) {
    if (Status s = (*store)->SetAliasRules(std::move(*rules)); !s.ok()) return Fail(s);
  }
  const uint64_t fingerprint = facts_input ? 0 : Extractor::FingerprintOf(options);
  // Documents stored under other canonical-actor rules (new alias rules, a
  // newer actorgraph) are extracted again, though unchanged, so the rules
  // apply to them; recorded once the run has written.
  Result<bool> changed = (*store)->CanonicalRulesChanged();
  if (!changed.ok()) return Fail(changed.status());
  const bool rules_changed = *changed;

  Progress progress(InputBytes(paths));
  GroupWriter writer(**store, bulk, group_mb, progress);
  std::atomic<bool> no_extractor = false;  // it failed to load: the run stops
  auto extract = [&](PipelineItem& item) -> Status {
    const Result<std::unique_ptr<Extractor>>& extractor = loading.get();
    if (!extractor.ok()) {
      no_extractor = true;
      return extractor.status();
    }
    DocumentFacts facts = (*extractor)->Extract(item.doc.id, item.doc.text);
    Result<PreparedDocument> prepared = PrepareDocument(item.doc, std::move(facts));
    if (!prepared.ok()) return prepared.status();
    item.state = std::move(prepared).value();
    return Status::Ok();
  };

  PipelineStages stages;
  stages.work = [&](PipelineItem& item) {
    item.doc.extractor = fingerprint;
    // Re-ingesting an unchanged corpus: no extraction. The writer looks
    // again only if this run already wrote the same id (GroupWriter::StillHeld).
    bool absent = false;
    Result<bool> holds = (*store)->Holds(item.doc, &absent);
    if (holds.ok() && *holds && !rules_changed) {
      item.skipped = true;
      return;
    }
    if (Status s = extract(item); !s.ok()) {
      item.error = s;
    } else {
      // The writer trusts this only for an id this run has not written.
      std::any_cast<PreparedDocument>(&item.state)->absent = holds.ok() && absent;
    }
  };
  stages.stopped = [&] { return no_extractor.load(); };
  stages.warn = [&](const std::string& warning) { writer.Warn(warning); };
  stages.finish = [&](PipelineItem& item) {
    if (no_extractor) return;  // reported once, below
    writer.SetBytesRead(item.bytes_done);
    if (!item.error.ok()) return writer.Fail(item.error);
    if (item.skipped) {
      switch (writer.StillHeld(item.doc)) {
        case GroupWriter::Held::kUnchanged:
        case GroupWriter::Held::kFailed:
          return;
        case GroupWriter::Held::kExtract:
          // The same id earlier in this run, with another text.
          if (Status s = extract(item); !s.ok()) return writer.Fail(s);
      }
    }
    writer.Add(std::move(*std::any_cast<PreparedDocument>(&item.state)));
  };
  if (facts_input) {
    ReadFactsFiles(paths, [&](Result<std::pair<Document, DocumentFacts>> line, uint64_t read) {
      writer.SetBytesRead(read);
      if (!line.ok()) return writer.Fail(line.status());
      Result<PreparedDocument> prepared =
          PrepareDocument(std::move(line->first), std::move(line->second));
      if (!prepared.ok()) return writer.Fail(prepared.status());
      writer.Add(std::move(prepared).value());
    });
  } else {
    RunPipeline(paths, ThreadCount(threads), stages);
  }
  writer.Finish();
  if (no_extractor) return Fail(loading.get().status());
  if (rules_changed) {
    if (Status s = (*store)->RecordCanonicalRules(); !s.ok()) return Fail(s);
  }
  const WriteCounts& done = writer.done();
  const uint64_t failed = writer.failed(), bytes = writer.bytes_read();

  if (!quiet) {
    double secs = progress.Seconds();
    std::fprintf(stderr,
                 "ingested %s into %s: %llu added, %llu replaced, %llu unchanged, "
                 "%llu failed; %s, %s; %.2f MB in %.2f s (%.1f MB/s)\n",
                 Counted(done.documents(), "document", "documents").c_str(),
                 SafeForTerminal(db).c_str(), static_cast<unsigned long long>(done.added),
                 static_cast<unsigned long long>(done.replaced),
                 static_cast<unsigned long long>(done.unchanged),
                 static_cast<unsigned long long>(failed),
                 Counted(done.quotes, "quote", "quotes").c_str(),
                 Counted(done.relations, "relation", "relations").c_str(), bytes / 1e6, secs,
                 secs > 0 ? bytes / 1e6 / secs : 0.0);
    if (writer.warnings() > 0) {
      std::fprintf(stderr, "%llu warning%s above: %s stored undated\n",
                   static_cast<unsigned long long>(writer.warnings()),
                   writer.warnings() == 1 ? "" : "s",
                   writer.warnings() == 1 ? "that document is" : "those documents are");
    }
  }
  return failed == 0 ? kExitOk : kExitFailure;
}

}  // namespace actorgraph
