// actorgraph eval: runs the extractor on the texts of a gold JSONL file and
// scores its quotes, attributions and entities (cli/eval.h, docs/eval.md).
// A gold file that cannot be read or has a malformed line is an error naming
// FILE:LINE (exit 1); low scores are not errors.
#include <cstdio>
#include <fstream>
#include <string>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/eval.h"
#include "extract/extractor.h"

namespace actorgraph {

int RunEval(int argc, char** argv) {
  CLI::App app{"Score the extractor against gold annotations (docs/eval.md).", "eval"};
  std::string gold_path;
  std::string format = "text";
  app.add_option("--gold", gold_path, "gold JSONL: {\"id\", \"text\", \"quotes\", \"entities\"}")
      ->required();
  app.add_option("--format", format, "output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  ExtractorFlags extractor_flags;
  AddExtractorFlags(app, &extractor_flags);
  if (auto code = ParseArgs(app, argc, argv)) return *code;

  std::ifstream in(gold_path, std::ios::binary);
  if (!in) return Fail("cannot open " + gold_path);
  auto extractor = Extractor::Create(extractor_flags.Options());
  if (!extractor.ok()) return Fail(extractor.status());

  EvalReport report;
  std::string line;
  for (uint64_t line_no = 1; std::getline(in, line); ++line_no) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto gold = ParseGoldDocument(line);
    if (!gold.ok()) {
      return Fail(gold_path + ":" + std::to_string(line_no) + ": " + gold.status().message());
    }
    ScoreDocument(*gold, (*extractor)->Extract(gold->id, gold->text), &report);
  }
  if (in.bad()) return Fail("cannot read " + gold_path);

  if (format == "json") {
    std::string out = FormatReportJson(report, gold_path);
    std::fwrite(out.data(), 1, out.size(), stdout);
  } else {
    PrintReportText(report, gold_path, stdout);
  }
  if (std::fflush(stdout) != 0) return Fail("cannot write to standard output");
  return kExitOk;
}

}  // namespace actorgraph
