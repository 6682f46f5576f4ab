// The document pipeline shared by `extract` and `ingest`: read -> work on up
// to N threads -> finish in input order.
//
// One thread reads the inputs (cli/input.h) and hands on batches of
// documents; oneTBB's parallel_pipeline runs `work` on each document of a
// batch on any of N workers, then `finish` on every item, batch after batch,
// in exactly the order they were read. A bad input or document reaches
// `finish` in its place as an error, so what is printed, counted and stored
// is the same, byte for byte, at any thread count.
//
// Memory is bounded: at most about 2 x N batches are in flight, each at most
// kMaxBatchDocuments documents or kMaxBatchBytes of text (or one larger
// document).
#ifndef ACTORGRAPH_CLI_PIPELINE_H_
#define ACTORGRAPH_CLI_PIPELINE_H_

#include <any>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "model/facts.h"
#include "model/status.h"

namespace actorgraph {

// One document (or one bad input) on its way through the pipeline.
struct PipelineItem {
  Status error;               // not ok: a bad input; `doc` is empty
  Document doc;
  uint64_t bytes_done = 0;    // input bytes consumed when it was read
  std::vector<std::string> warnings;  // from reading, told before `finish`
  std::string output;         // for `work` to fill (e.g. a JSONL line)
  bool skipped = false;       // for `work` to set (e.g. unchanged, not extracted)
  std::any state;             // anything else `work` hands to `finish`
};

inline constexpr size_t kMaxBatchDocuments = 64;
inline constexpr size_t kMaxBatchBytes = 1 << 20;

struct PipelineStages {
  // Runs on a worker thread, on items whose error is ok. Must be safe to
  // call on several items at once.
  std::function<void(PipelineItem& item)> work;
  // Runs on one item at a time, in input order, on every item.
  std::function<void(PipelineItem& item)> finish;
  // Optional, asked before each batch: true ends the run early (a fatal
  // error); reading stops and batches not yet finished are dropped.
  std::function<bool()> stopped;
  // Optional: tells a reading warning (input.h's on_warning), in order,
  // before the item it came with is finished. Default: Warn (cli/common.h).
  std::function<void(const std::string& warning)> warn;
};

// The number of threads `--threads 0` (the default) means: every core this
// process may run on.
int DefaultThreadCount();

// Reads every input in order through the stages on `threads` workers (at
// least 1). Returns when every item is finished.
void RunPipeline(const std::vector<std::string>& paths, int threads,
                 const PipelineStages& stages);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_PIPELINE_H_
