// Throughput of actorgraph over a JSONL corpus, beside `wc -w` on the same
// file measured in the same run (this machine is shared and noisy: read the
// ratios, not the absolute times).
//
//   actorgraph_throughput [--corpus FILE] [--binary PATH] [--repeat N]
//
// Prints, for each of `wc -w`, `actorgraph extract` (facts JSONL to
// /dev/null) and `actorgraph ingest` (into a fresh store), the best wall time
// of N runs and MB/s over the file's bytes, and the ratio to wc -w: first
// with one thread pinned to one core, then with --threads set to every core
// (not pinned), with a re-ingest of the unchanged corpus, `ingest --bulk`
// and a `merge --bulk` of two stores. Then the speed-ups
// and the per-document extraction latency (p50/p99) measured in-process.
#include <sys/wait.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "cli/input.h"
#include "extract/extractor.h"

namespace actorgraph {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double TimeCommand(const std::string& command) {
  auto start = Clock::now();
  int status = std::system(command.c_str());
  double secs = std::chrono::duration<double>(Clock::now() - start).count();
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::fprintf(stderr, "bench: command failed: %s\n", command.c_str());
    std::exit(1);
  }
  return secs;
}

double Best(int repeat, const std::function<double()>& run) {
  double best = 1e300;
  for (int i = 0; i < repeat; ++i) best = std::min(best, run());
  return best;
}

int Main(int argc, char** argv) {
  CLI::App app{"actorgraph throughput benchmark"};
  std::string corpus = ACTORGRAPH_SOURCE_DIR "/../shared/corpus/bbc.jsonl";
  std::string binary = ACTORGRAPH_BINARY;
  int repeat = 3;
  app.add_option("--corpus", corpus, "JSONL corpus")->capture_default_str();
  app.add_option("--binary", binary, "actorgraph binary")->capture_default_str();
  app.add_option("--repeat", repeat, "runs of each command; the best is kept")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  std::error_code ec;
  double mb = fs::file_size(corpus, ec) / 1e6;
  if (ec) {
    std::fprintf(stderr, "bench: %s: %s\n", corpus.c_str(), ec.message().c_str());
    return 1;
  }
  std::string tmp = (fs::temp_directory_path() / ("actorgraph-bench-" + std::to_string(getpid())))
                        .string();
  fs::create_directories(tmp);
  // Pin to one core when taskset is there, so "one core" is what is measured.
  std::string pin = std::system("command -v taskset >/dev/null 2>&1") == 0 ? "taskset -c 0 " : "";

  double wc = Best(repeat, [&] { return TimeCommand(pin + "wc -w " + corpus + " >/dev/null"); });
  double extract = Best(repeat, [&] {
    return TimeCommand(pin + binary + " extract --threads 1 " + corpus + " >/dev/null");
  });
  double ingest = Best(repeat, [&] {
    fs::remove_all(tmp + "/store.db");
    return TimeCommand(pin + binary + " ingest -q --threads 1 --db " + tmp + "/store.db " + corpus);
  });
  // Every core: not pinned.
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  const std::string threads = " --threads " + std::to_string(cores) + " ";
  double extract_n = Best(repeat, [&] {
    return TimeCommand(binary + " extract" + threads + corpus + " >/dev/null");
  });
  double ingest_n = Best(repeat, [&] {
    fs::remove_all(tmp + "/store.db");
    return TimeCommand(binary + " ingest -q" + threads + "--db " + tmp + "/store.db " + corpus);
  });
  // The store now holds the corpus: a re-ingest finds every text unchanged.
  double reingest_n = Best(repeat, [&] {
    return TimeCommand(binary + " ingest -q" + threads + "--db " + tmp + "/store.db " + corpus);
  });
  double bulk_n = Best(repeat, [&] {
    fs::remove_all(tmp + "/bulk.db");
    return TimeCommand(binary + " ingest -q --bulk" + threads + "--db " + tmp + "/bulk.db " +
                       corpus);
  });
  // Two stores (the same corpus, so the second merges as unchanged) into a
  // new one: no extraction, the write path alone.
  double merge = Best(repeat, [&] {
    fs::remove_all(tmp + "/merged.db");
    return TimeCommand(binary + " merge -q --bulk --db " + tmp + "/merged.db " + tmp +
                       "/store.db " + tmp + "/bulk.db");
  });

  // Per-document extraction latency, in-process.
  auto extractor = Extractor::Create(ExtractorOptions{});
  if (!extractor.ok()) {
    std::fprintf(stderr, "bench: %s\n", extractor.status().message().c_str());
    return 1;
  }
  std::vector<double> micros;
  uint64_t docs = 0;
  InputCallbacks cb;
  cb.on_document = [&](Document&& doc, uint64_t) {
    auto start = Clock::now();
    DocumentFacts facts = (*extractor)->Extract(doc.id, doc.text);
    micros.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
    docs += facts.document.empty() ? 0 : 1;
  };
  cb.on_error = [](const Status& s) { std::fprintf(stderr, "bench: %s\n", s.message().c_str()); };
  ReadDocuments({corpus}, cb);
  std::sort(micros.begin(), micros.end());
  auto pct = [&](double p) {
    return micros.empty() ? 0.0 : micros[std::min(micros.size() - 1, size_t(p * micros.size()))];
  };
  fs::remove_all(tmp, ec);

  std::printf("corpus: %s (%.2f MB, %llu documents)%s\n", corpus.c_str(), mb,
              static_cast<unsigned long long>(docs), pin.empty() ? "" : ", pinned to core 0");
  std::printf("%-38s %9s %9s %12s\n", "command (best of runs)", "seconds", "MB/s", "vs wc -w");
  std::printf("%-38s %9.3f %9.1f %12s\n", "wc -w (reference)", wc, mb / wc, "1.000");
  std::printf("%-38s %9.3f %9.1f %12.3f\n", "actorgraph extract > /dev/null", extract,
              mb / extract, wc / extract);
  std::printf("%-38s %9.3f %9.1f %12.3f\n", "actorgraph ingest (fresh store)", ingest,
              mb / ingest, wc / ingest);
  std::printf("%-38s %9.3f %9.1f %12.3f\n", ("actorgraph extract" + threads).c_str(), extract_n,
              mb / extract_n, wc / extract_n);
  std::printf("%-38s %9.3f %9.1f %12.3f\n", ("actorgraph ingest" + threads).c_str(), ingest_n,
              mb / ingest_n, wc / ingest_n);
  std::printf("%-38s %9.3f %9.1f %12.3f\n", "  again, corpus unchanged", reingest_n,
              mb / reingest_n, wc / reingest_n);
  std::printf("%-38s %9.3f %9.1f %12.3f\n", ("actorgraph ingest --bulk" + threads).c_str(),
              bulk_n, mb / bulk_n, wc / bulk_n);
  std::printf("%-38s %9.3f %9.1f %12.3f\n", "actorgraph merge --bulk (2 stores)", merge,
              mb / merge, wc / merge);
  std::printf("ratios: extract %d threads / 1 = %.2f; ingest / extract = %.2f (1 thread), "
              "%.2f (%d threads), %.2f (--bulk); unchanged re-ingest / extract (%d threads) = "
              "%.1f\n",
              cores, extract / extract_n, extract / ingest, extract_n / ingest_n, cores,
              extract_n / bulk_n, cores, extract_n / reingest_n);
  std::printf("extract latency per document: p50 %.0f us, p99 %.0f us, max %.0f us\n", pct(0.50),
              pct(0.99), micros.empty() ? 0.0 : micros.back());
  return 0;
}

}  // namespace
}  // namespace actorgraph

int main(int argc, char** argv) { return actorgraph::Main(argc, argv); }
