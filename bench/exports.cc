// Export time over a store built from a JSONL corpus (default: the 19,043
// Reuters-21578 articles), each figure beside a reference measured in the
// same run (this machine is shared and noisy: read the ratios).
//
//   actorgraph_exports [--corpus FILE] [--db DIR] [--runs N] [--picture-top N]
//
// Writers measured: dot, gexf, graphml, json, csv (Neo4j) on the graph view,
// capnp (packed) on the whole corpus.
//
// Reference: loading what every export starts from, Store::Snapshot with
// texts plus BuildGraphView (the CLI does exactly this before writing).
// Then, in-process and best of N runs, each writer on the whole graph, and
// the output size and MB/s. Pictures of the whole graph are not drawn (a
// 12,000-actor layout is what the size warning advises against); the render
// row draws the --picture-top most central actors with sfdp, the way a user
// would look at a large store.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "bench/bench_util.h"
#include "export/exporters.h"
#include "graph/selection.h"
#include "schemas/codec.h"
#include "store/store.h"

namespace actorgraph {
namespace {

using bench::Check;
using bench::Seconds;

double Best(size_t runs, const std::function<void()>& run) {
  double best = 1e30;
  for (size_t i = 0; i < runs; ++i) best = std::min(best, Seconds(run));
  return best;
}

void Row(const std::string& what, double secs, size_t bytes, double reference) {
  std::printf("%-30s %9.1f ms  %8.2f MB  %8.1f MB/s   reference %8.1f ms   ratio %6.2f\n",
              what.c_str(), secs * 1e3, bytes / 1e6, secs > 0 ? bytes / 1e6 / secs : 0.0,
              reference * 1e3, reference > 0 ? secs / reference : 0.0);
}

int Main(int argc, char** argv) {
  CLI::App app{"actorgraph export benchmark"};
  std::string corpus = ACTORGRAPH_SOURCE_DIR "/../shared/corpus/reuters21578.jsonl";
  std::string db;
  size_t runs = 3, picture_top = 150;
  app.add_option("--corpus", corpus, "JSONL corpus")->capture_default_str();
  app.add_option("--db", db, "existing store (default: build one in a temp dir)");
  app.add_option("--runs", runs, "runs per figure (best is printed)")->capture_default_str();
  app.add_option("--picture-top", picture_top, "actors drawn by the render rows")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  bench::BenchStore bench_store(corpus, db, "xbench");
  auto store = Check(Store::Open(bench_store.db(), OpenMode::kReadOnly), "open");

  GraphView view;
  double load = Best(runs, [&] {
    Corpus c = Check(store->Snapshot(/*with_text=*/true), "snapshot");
    view = BuildGraphView(std::move(c), GraphFilter{});
  });
  std::printf("graph: %zu documents, %zu actors (%zu with edges), %zu statements, %zu edges\n\n",
              view.corpus.documents.size(), view.corpus.actors.size(),
              boost::num_vertices(view.graph), view.corpus.quotes.size(),
              boost::num_edges(view.graph));
  std::printf("reference: Snapshot with texts + BuildGraphView, best of %zu: %.1f ms\n\n", runs,
              load * 1e3);

  struct Writer {
    std::string name;
    std::function<Result<std::string>(const GraphView&)> write;
  };
  std::vector<Writer> writers = {
      {"dot", [](const GraphView& v) { return ExportDot(v); }},
      {"gexf", [](const GraphView& v) { return ExportGexf(v); }},
      {"graphml", [](const GraphView& v) { return ExportGraphml(v); }},
      {"json", [](const GraphView& v) { return ExportJsonGraph(v); }},
      {"csv (Neo4j, both files)",
       [](const GraphView& v) -> Result<std::string> {
         auto csv = ExportNeo4jCsv(v);
         if (!csv.ok()) return csv.status();
         return csv->nodes + csv->relationships;
       }},
      {"capnp (packed, whole corpus, checksummed)",
       [](const GraphView& v) -> Result<std::string> { return EncodeCapnpExport(v.corpus); }},
  };
  for (const Writer& w : writers) {
    size_t bytes = 0;
    double t = Best(runs, [&] { bytes = Check(w.write(view), w.name.c_str()).size(); });
    Row(w.name, t, bytes, load);
  }

  // A picture of the most central actors, as the README suggests for large
  // stores: select, then lay out with sfdp.
  Selection top;
  top.top = picture_top;
  top.top_by = Centrality::kPageRank;
  double select = 0;
  GraphView picture;
  select = Best(runs, [&] {
    picture = Check(SelectGraph(view.corpus, top), "select");
  });
  std::printf("\nselection --top %zu --top-by pagerank: %zu actors, %zu edges\n", picture_top,
              boost::num_vertices(picture.graph), boost::num_edges(picture.graph));
  Row("select (copy corpus + view)", select, 0, load);
  std::string svg = (std::filesystem::temp_directory_path() / "actorgraph-xbench.svg").string();
  double render = Best(runs, [&] {
    Status s = RenderGraph(picture, "svg", "sfdp", svg);
    if (!s.ok()) {
      std::fprintf(stderr, "bench: render: %s\n", s.message().c_str());
      std::exit(1);
    }
  });
  Row("render svg, sfdp", render, std::filesystem::file_size(svg), load);
  std::filesystem::remove(svg);
  return 0;
}

}  // namespace
}  // namespace actorgraph

int main(int argc, char** argv) { return actorgraph::Main(argc, argv); }
