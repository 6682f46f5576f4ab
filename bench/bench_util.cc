#include "bench/bench_util.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>

namespace actorgraph::bench {

namespace fs = std::filesystem;

double Seconds(const std::function<void()>& run) {
  auto start = std::chrono::steady_clock::now();
  run();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

Percentiles Of(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  if (v.empty()) return {};
  return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 99 / 100)]};
}

BenchStore::BenchStore(const std::string& corpus, std::string db, const char* tag)
    : db_(std::move(db)) {
  if (!db_.empty()) return;
  tmp_ = (fs::temp_directory_path() /
          ("actorgraph-" + std::string(tag) + "-" + std::to_string(getpid())))
             .string();
  db_ = tmp_ + "/store.db";
  std::string command = std::string(ACTORGRAPH_BINARY) + " ingest -q --db " + db_ + " " + corpus;
  double secs = Seconds([&] {
    if (std::system(command.c_str()) != 0) {
      std::fprintf(stderr, "bench: ingest failed: %s\n", command.c_str());
      std::exit(1);
    }
  });
  std::printf("store: ingested %s in %.1f s\n", corpus.c_str(), secs);
}

BenchStore::~BenchStore() {
  if (!tmp_.empty()) fs::remove_all(tmp_);
}

}  // namespace actorgraph::bench
