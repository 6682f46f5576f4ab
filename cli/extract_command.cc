// actorgraph extract: facts JSONL on stdout, no store. Streams: one line is
// written per document as soon as it is extracted, in constant memory, so it
// can serve as the map step of a cluster job (Spark pipe, Hadoop Streaming).
#include <cstdio>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/facts_json.h"
#include "cli/input.h"
#include "extract/extractor.h"

namespace actorgraph {

int RunExtract(int argc, char** argv) {
  CLI::App app{"Print the facts of documents as JSONL (docs/facts-format.md), without a store.",
               "extract"};
  std::string format = "jsonl";
  std::vector<std::string> paths;
  app.add_option("--format", format, "output format")
      ->check(CLI::IsMember({"jsonl"}))
      ->capture_default_str();
  ExtractorFlags extractor_flags;
  AddExtractorFlags(app, &extractor_flags);
  app.add_option("paths", paths, ".txt, .jsonl, directories, or - for stdin")->required();
  if (auto code = ParseArgs(app, argc, argv)) return *code;

  auto extractor = Extractor::Create(extractor_flags.Options());
  if (!extractor.ok()) return Fail(extractor.status());

  InputCallbacks callbacks;
  std::string line;  // reused: its capacity grows to the longest line once
  callbacks.on_document = [&](Document&& doc, uint64_t) {
    line.clear();
    AppendFactsJsonLine((*extractor)->Extract(doc.id, doc.text), &line);
    std::fwrite(line.data(), 1, line.size(), stdout);
  };
  callbacks.on_error = [](const Status& error) { Fail(error); };
  uint64_t errors = ReadDocuments(paths, callbacks);
  if (std::fflush(stdout) != 0) return Fail("cannot write to standard output");
  return errors == 0 ? kExitOk : kExitFailure;
}

}  // namespace actorgraph
