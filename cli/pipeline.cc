#include "cli/pipeline.h"

#include <oneapi/tbb/concurrent_queue.h>
#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/info.h>
#include <oneapi/tbb/parallel_pipeline.h>
#include <oneapi/tbb/task_arena.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <memory>
#include <thread>
#include <utility>

#include "cli/common.h"
#include "cli/input.h"

namespace actorgraph {

namespace {

using Batch = std::vector<PipelineItem>;
using BatchPtr = std::shared_ptr<Batch>;

// Reads `paths` into batches on the queue, then a null batch for the end.
// Stops quietly, before its next push, once `stop` is set; sets `done` when
// it returns.
void ReadBatches(const std::vector<std::string>& paths,
                 tbb::concurrent_bounded_queue<BatchPtr>& queue, const std::atomic<bool>& stop,
                 std::atomic<bool>& done, std::exception_ptr& failure) {
  struct Stopped {};
  auto push = [&](BatchPtr batch) {
    if (stop) throw Stopped();
    queue.push(std::move(batch));
  };
  try {
    BatchPtr batch = std::make_shared<Batch>();
    size_t batch_bytes = 0;
    uint64_t bytes_done = 0;
    auto add = [&](PipelineItem&& item) {
      batch_bytes += item.doc.text.size();
      batch->push_back(std::move(item));
      if (batch->size() >= kMaxBatchDocuments || batch_bytes >= kMaxBatchBytes) {
        push(std::move(batch));
        batch = std::make_shared<Batch>();
        batch_bytes = 0;
      }
    };
    // Warnings travel with the item they precede, so they are told in
    // input order at any thread count.
    std::vector<std::string> warnings;
    InputCallbacks callbacks;
    callbacks.on_document = [&](Document&& doc, uint64_t done) {
      bytes_done = done;
      PipelineItem item;
      item.doc = std::move(doc);
      item.bytes_done = done;
      item.warnings = std::move(warnings);
      warnings.clear();
      add(std::move(item));
    };
    callbacks.on_error = [&](const Status& error) {
      PipelineItem item;
      item.error = error;
      item.bytes_done = bytes_done;
      item.warnings = std::move(warnings);
      warnings.clear();
      add(std::move(item));
    };
    callbacks.on_warning = [&](std::string warning) { warnings.push_back(std::move(warning)); };
    ReadDocuments(paths, callbacks);
    if (!batch->empty()) push(std::move(batch));
    push(nullptr);
  } catch (const Stopped&) {
    // The pipeline ended first.
  } catch (...) {
    failure = std::current_exception();
    try {
      push(nullptr);
    } catch (const Stopped&) {
    }
  }
  done = true;
}

// Ends the reader early: asks it to stop, and empties the queue until it
// has, so a push it is blocked in (or about to make) returns.
void StopReader(std::thread& reader, tbb::concurrent_bounded_queue<BatchPtr>& queue,
                std::atomic<bool>& stop, const std::atomic<bool>& done) {
  stop = true;
  while (!done) {
    BatchPtr batch;
    while (queue.try_pop(batch)) {
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  reader.join();
}

}  // namespace

int DefaultThreadCount() { return std::max(1, tbb::info::default_concurrency()); }

void RunPipeline(const std::vector<std::string>& paths, int threads,
                 const PipelineStages& stages) {
  threads = std::max(1, threads);
  tbb::concurrent_bounded_queue<BatchPtr> queue;
  queue.set_capacity(2 * threads);
  std::exception_ptr read_failure;
  std::atomic<bool> stop_reading = false, reader_done = false;
  std::thread reader(ReadBatches, std::cref(paths), std::ref(queue), std::cref(stop_reading),
                     std::ref(reader_done), std::ref(read_failure));

  auto input = [&](tbb::flow_control& control) -> BatchPtr {
    BatchPtr batch;
    queue.pop(batch);
    if (!batch || (stages.stopped && stages.stopped())) {
      control.stop();
      return BatchPtr();
    }
    return batch;
  };
  auto work = [&](BatchPtr batch) -> BatchPtr {
    for (PipelineItem& item : *batch) {
      if (item.error.ok()) stages.work(item);
    }
    return batch;
  };
  auto finish = [&](BatchPtr batch) {
    for (PipelineItem& item : *batch) {
      // A run that is stopping handles no more documents: nothing to warn of.
      const bool stopping = stages.stopped && stages.stopped();
      for (size_t i = 0; !stopping && i < item.warnings.size(); ++i) {
        if (stages.warn) {
          stages.warn(item.warnings[i]);
        } else {
          Warn(item.warnings[i]);
        }
      }
      stages.finish(item);
    }
  };

  // More threads than cores is the user's call: lift oneTBB's default limit
  // (the core count) for this run, or it would warn and ignore the request.
  tbb::global_control allowed(tbb::global_control::max_allowed_parallelism,
                              static_cast<size_t>(threads));
  tbb::task_arena arena(threads);
  try {
    arena.execute([&] {
      tbb::parallel_pipeline(
          static_cast<size_t>(2 * threads),
          tbb::make_filter<void, BatchPtr>(tbb::filter_mode::serial_in_order, input) &
              tbb::make_filter<BatchPtr, BatchPtr>(tbb::filter_mode::parallel, work) &
              tbb::make_filter<BatchPtr, void>(tbb::filter_mode::serial_in_order, finish));
    });
  } catch (...) {
    StopReader(reader, queue, stop_reading, reader_done);
    throw;
  }
  if (stages.stopped && stages.stopped()) {
    StopReader(reader, queue, stop_reading, reader_done);
    return;
  }
  reader.join();
  if (read_failure) std::rethrow_exception(read_failure);
}

}  // namespace actorgraph
