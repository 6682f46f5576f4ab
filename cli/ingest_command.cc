// actorgraph ingest: documents -> extractor -> store. Documents are extracted
// on --threads workers (cli/pipeline.h) and written in input order, several
// per RocksDB write (store/write_group.h); each document is still wholly
// stored or not at all. A document whose text, metadata and extractor the
// store already holds is not extracted again. A bad document is reported
// (file and line) and skipped; the exit code is 1 when any input failed, so
// scripts notice. The store is the same at any thread count.
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <unordered_set>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/facts_json.h"
#include "cli/input.h"
#include "cli/pipeline.h"
#include "cli/progress.h"
#include "cli/terminal_text.h"
#include "extract/extractor.h"
#include "store/write_group.h"

namespace actorgraph {

namespace {

// Documents staged per RocksDB write, at most: enough to sort the keys of
// many documents together, few enough that a crash loses little work.
constexpr size_t kGroupDocuments = 256;
constexpr size_t kGroupBytes = 8 << 20;

struct Counts {
  uint64_t added = 0, unchanged = 0, replaced = 0, quotes = 0, relations = 0;
  void Count(PutOutcome outcome, size_t document_quotes, size_t document_relations) {
    switch (outcome) {
      case PutOutcome::kAdded: ++added; break;
      case PutOutcome::kUnchanged: ++unchanged; break;
      case PutOutcome::kReplaced: ++replaced; break;
    }
    if (outcome != PutOutcome::kUnchanged) {
      quotes += document_quotes;
      relations += document_relations;
    }
  }
  uint64_t documents() const { return added + unchanged + replaced; }
};

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
  app.add_option("--db", db, "store directory (created when missing)")->capture_default_str();
  app.add_flag("-q,--quiet", quiet, "no summary line");
  ExtractorFlags extractor_flags;
  AddExtractorFlags(app, &extractor_flags);
  AddThreadsFlag(app, &threads);
  app.add_flag("--facts", facts_input,
               "the inputs are facts JSONL made by 'extract --with-document' (on this or "
               "another machine): store them without extracting");
  app.add_option("paths", paths, ".txt, .jsonl, directories, or - for stdin")->required();
  app.footer(
      "A document with an id already in the store is skipped when its text, metadata and\n"
      "the extractor are unchanged (without extracting it), and replaced (all its facts)\n"
      "when they changed.");
  if (auto code = ParseArgs(app, argc, argv)) return *code;

  Result<std::unique_ptr<Extractor>> extractor = std::unique_ptr<Extractor>();
  if (!facts_input) extractor = Extractor::Create(extractor_flags.Options());
  if (!extractor.ok()) return Fail(extractor.status());
  const uint64_t fingerprint = facts_input ? 0 : (*extractor)->Fingerprint();
  auto store = Store::Open(db, OpenMode::kReadWrite);
  if (!store.ok()) return Fail(store.status());

  Progress progress(InputBytes(paths));
  Counts done, staged;  // written, and staged in the group not yet written
  uint64_t failed = 0, bytes = 0;
  std::unordered_set<std::string> seen;  // ids ingested in this run
  WriteGroup group(**store);

  auto commit = [&] {
    if (Status s = group.Commit(); !s.ok()) {
      failed += staged.documents();
      progress.Clear();
      Fail(s);
    } else {
      done.added += staged.added;
      done.unchanged += staged.unchanged;
      done.replaced += staged.replaced;
      done.quotes += staged.quotes;
      done.relations += staged.relations;
    }
    staged = Counts();
  };
  // Reports a bad input or document; the messages name the file and line,
  // or the document.
  auto fail = [&](const Status& error) {
    ++failed;
    progress.Clear();
    Fail(error);
  };
  auto extract = [&](PipelineItem& item) -> Status {
    Result<PreparedDocument> prepared =
        PrepareDocument(item.doc, (*extractor)->Extract(item.doc.id, item.doc.text));
    if (!prepared.ok()) return prepared.status();
    item.state = std::move(prepared).value();
    return Status::Ok();
  };

  // Stages one document, in input order; writes the group when it is full.
  auto add = [&](PreparedDocument prepared) {
    const std::string id = prepared.doc.id;
    const size_t quotes = prepared.facts.quotes.size();
    const size_t relations = prepared.facts.relations.size();
    Result<PutOutcome> outcome = group.Add(std::move(prepared));
    if (!outcome.ok()) return fail(outcome.status());
    if (!seen.insert(id).second && *outcome == PutOutcome::kReplaced) {
      progress.Clear();
      Warn("document id '" + id + "' occurs twice in this run; the later text replaced the earlier");
    }
    staged.Count(*outcome, quotes, relations);
    if (group.documents() >= kGroupDocuments || group.bytes() >= kGroupBytes) commit();
    progress.Update(done.documents() + staged.documents(), bytes);
  };

  PipelineStages stages;
  stages.work = [&](PipelineItem& item) {
    item.doc.extractor = fingerprint;
    // Re-ingesting an unchanged corpus: no extraction. The writer checks
    // again, seeing the documents staged before this one.
    Result<bool> holds = (*store)->Holds(item.doc);
    if (holds.ok() && *holds) {
      item.skipped = true;
      return;
    }
    if (Status s = extract(item); !s.ok()) item.error = s;
  };
  stages.finish = [&](PipelineItem& item) {
    bytes = item.bytes_done;
    if (!item.error.ok()) return fail(item.error);
    if (item.skipped) {
      Result<bool> unchanged = group.Unchanged(item.doc);
      if (!unchanged.ok()) return fail(unchanged.status());
      if (*unchanged) {
        seen.insert(item.doc.id);
        staged.Count(PutOutcome::kUnchanged, 0, 0);
        progress.Update(done.documents() + staged.documents(), bytes);
        return;
      }
      // The same id earlier in this run, with another text.
      if (Status s = extract(item); !s.ok()) return fail(s);
    }
    add(std::move(*std::any_cast<PreparedDocument>(&item.state)));
  };
  if (facts_input) {
    ReadFactsFiles(paths, [&](Result<std::pair<Document, DocumentFacts>> line, uint64_t read) {
      bytes = read;
      if (!line.ok()) return fail(line.status());
      Result<PreparedDocument> prepared = PrepareDocument(line->first, line->second);
      if (!prepared.ok()) return fail(prepared.status());
      add(std::move(prepared).value());
    });
  } else {
    RunPipeline(paths, ThreadCount(threads), stages);
  }
  commit();
  progress.Clear();

  if (!quiet) {
    double secs = progress.Seconds();
    std::fprintf(stderr,
                 "ingested %llu documents into %s: %llu added, %llu replaced, %llu unchanged, "
                 "%llu failed; %llu quotes, %llu relations; %.2f MB in %.2f s (%.1f MB/s)\n",
                 static_cast<unsigned long long>(done.documents()), SafeForTerminal(db).c_str(),
                 static_cast<unsigned long long>(done.added),
                 static_cast<unsigned long long>(done.replaced),
                 static_cast<unsigned long long>(done.unchanged),
                 static_cast<unsigned long long>(failed),
                 static_cast<unsigned long long>(done.quotes),
                 static_cast<unsigned long long>(done.relations), bytes / 1e6, secs,
                 secs > 0 ? bytes / 1e6 / secs : 0.0);
  }
  return failed == 0 ? kExitOk : kExitFailure;
}

}  // namespace actorgraph
