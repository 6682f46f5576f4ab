// Shared by the store benchmarks: timing, percentiles, exiting on errors, and
// a store built from a JSONL corpus by the real `actorgraph ingest`.
#ifndef ACTORGRAPH_BENCH_BENCH_UTIL_H_
#define ACTORGRAPH_BENCH_BENCH_UTIL_H_

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "model/status.h"

namespace actorgraph::bench {

// Wall time of one call, in seconds.
double Seconds(const std::function<void()>& run);

struct Percentiles {
  double p50 = 0, p99 = 0;
};
Percentiles Of(std::vector<double> samples);

// The value, or exits with "bench: WHAT: message".
template <typename T>
T Check(Result<T> r, const char* what) {
  if (!r.ok()) {
    std::fprintf(stderr, "bench: %s: %s\n", what, r.status().message().c_str());
    std::exit(1);
  }
  return std::move(r).value();
}

// A store to measure: `db` when given, else one ingested from `corpus` into a
// temp dir (removed by the destructor). Prints how long the ingest took.
class BenchStore {
 public:
  BenchStore(const std::string& corpus, std::string db, const char* tag);
  ~BenchStore();
  BenchStore(const BenchStore&) = delete;
  BenchStore& operator=(const BenchStore&) = delete;

  const std::string& db() const { return db_; }

 private:
  std::string db_;
  std::string tmp_;  // empty when the store was given
};

}  // namespace actorgraph::bench

#endif  // ACTORGRAPH_BENCH_BENCH_UTIL_H_
