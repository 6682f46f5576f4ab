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
  std::string lexicons;
  app.add_option("--format", format, "output format")
      ->check(CLI::IsMember({"jsonl"}))
      ->capture_default_str();
  app.add_option("--lexicons", lexicons, "lexicon directory (default: built-in)");
  bool split = false;
  app.add_flag("--split-quotes", split,
               "one statement per piece of a quotation interrupted by its attribution "
               "(\"A,\" she said. \"B.\"); by default the pieces are one statement");
  app.add_flag("--join-quotes")->group("");  // joining is now the default; kept for old scripts
  bool rules_only = false;
  app.add_flag("--rules-only", rules_only,
               "find names with the rules alone, without the trained name tagger");
  app.add_option("paths", paths, ".txt, .jsonl, directories, or - for stdin")->required();
  if (auto code = ParseArgs(app, argc, argv)) return *code;

  ExtractorOptions options;
  options.lexicon_dir = lexicons;
  options.name_tagger = !rules_only;
  options.join_interrupted_quotes = !split;
  auto extractor = Extractor::Create(options);
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
