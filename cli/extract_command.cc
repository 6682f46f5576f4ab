// actorgraph extract: facts JSONL on stdout, no store. Streams: each line is
// written as soon as its document and every one before it are extracted, in
// memory bounded by the pipeline (cli/pipeline.h), so it can serve as the map
// step of a cluster job (Dask, Spark pipe, Hadoop Streaming; docs/scale.md).
// The output is the same, byte for byte, at any --threads.
#include <cstdio>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/facts_json.h"
#include "cli/pipeline.h"
#include "extract/extractor.h"

namespace actorgraph {

int RunExtract(int argc, char** argv) {
  CLI::App app{"Print the facts of documents as JSONL (docs/facts-format.md), without a store.",
               "extract"};
  std::string format = "jsonl";
  std::vector<std::string> paths;
  int threads = 0;
  bool with_document = false;
  app.add_option("--format", format, "output format")
      ->check(CLI::IsMember({"jsonl"}))
      ->capture_default_str();
  ExtractorFlags extractor_flags;
  AddExtractorFlags(app, &extractor_flags);
  AddThreadsFlag(app, &threads);
  app.add_flag("--with-document", with_document,
               "each line also carries its document (metadata, text, extractor), for "
               "'ingest --facts' on another machine");
  app.add_option("paths", paths, ".txt, .jsonl, directories, or - for stdin")->required();
  if (auto code = ParseArgs(app, argc, argv)) return *code;

  auto extractor = Extractor::Create(extractor_flags.Options());
  if (!extractor.ok()) return Fail(extractor.status());

  const uint64_t fingerprint = with_document ? (*extractor)->Fingerprint() : 0;
  uint64_t errors = 0;
  PipelineStages stages;
  stages.work = [&](PipelineItem& item) {
    item.doc.extractor = fingerprint;
    AppendFactsJsonLine((*extractor)->Extract(item.doc.id, item.doc.text), &item.output,
                        with_document ? &item.doc : nullptr);
  };
  stages.finish = [&](PipelineItem& item) {
    if (!item.error.ok()) {
      ++errors;
      Fail(item.error);
      return;
    }
    std::fwrite(item.output.data(), 1, item.output.size(), stdout);
  };
  RunPipeline(paths, ThreadCount(threads), stages);
  if (std::fflush(stdout) != 0) return Fail("cannot write to standard output");
  return errors == 0 ? kExitOk : kExitFailure;
}

}  // namespace actorgraph
