// Query latency over a store built from a JSONL corpus (default: the 19,043
// Reuters-21578 articles), each figure beside a reference measured in the
// same run on the same store (this machine is shared and noisy: read the
// ratios, not the absolute times).
//
//   actorgraph_queries [--corpus FILE] [--db DIR] [--samples N]
//
// Builds the store with `actorgraph ingest` (unless --db names an existing
// one), opens it read-only as the queries do, then measures in-process:
//   said --by NAME     p50/p99 over N speakers, | reference: a point read of
//                      a page (--limit 20) and   one document (GetDocument)
//                      every statement
//   neighbors NAME     p50/p99 over N actors    | reference: loading the graph
//                                                 view the query builds
//   central pagerank / betweenness, one run each | reference: the same load
// The CLI adds process start and store open to each (printed once).
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "bench/bench_util.h"
#include "cli/queries.h"
#include "store/store.h"

namespace actorgraph {
namespace {

using bench::Check;
using bench::Of;
using bench::Percentiles;
using bench::Seconds;

void Row(const char* what, const char* stat, double value, double reference) {
  std::printf("%-34s %-8s %10.3f ms   reference %10.3f ms   ratio %7.1f\n", what, stat,
              value * 1e3, reference * 1e3, reference > 0 ? value / reference : 0.0);
}

int Main(int argc, char** argv) {
  CLI::App app{"actorgraph query latency benchmark"};
  std::string corpus = ACTORGRAPH_SOURCE_DIR "/../shared/corpus/reuters21578.jsonl";
  std::string db;
  size_t samples = 200;
  app.add_option("--corpus", corpus, "JSONL corpus")->capture_default_str();
  app.add_option("--db", db, "existing store to query (default: build one in a temp dir)");
  app.add_option("--samples", samples, "actors sampled per query")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  bench::BenchStore bench_store(corpus, db, "qbench");
  db = bench_store.db();
  std::unique_ptr<Store> store;
  double open = Seconds([&] { store = Check(Store::Open(db, OpenMode::kReadOnly), "open"); });
  StoreStats stats = Check(store->Stats(), "stats");
  std::printf("store: %llu documents, %llu actors, %llu statements; read-only open %.1f ms\n\n",
              static_cast<unsigned long long>(stats.documents),
              static_cast<unsigned long long>(stats.actors),
              static_cast<unsigned long long>(stats.quotes), open * 1e3);

  // Speakers by number of statements; every k-th, so common and rare ones.
  std::map<std::string, int> said;
  for (const Quote& q : Check(store->Quotes(""), "quotes")) {
    if (!q.speaker.empty()) ++said[q.speaker];
  }
  std::vector<std::string> speakers;
  for (const auto& [id, n] : said) speakers.push_back(id);
  size_t step = std::max<size_t>(1, speakers.size() / samples);
  std::vector<std::string> sample;
  for (size_t i = 0; i < speakers.size() && sample.size() < samples; i += step) {
    sample.push_back(speakers[i]);
  }
  Corpus graph_corpus = Check(store->GraphCorpus(true), "graph corpus");
  std::vector<std::string> docs;
  for (size_t i = 0; i < graph_corpus.documents.size() && docs.size() < samples;
       i += std::max<size_t>(1, graph_corpus.documents.size() / samples)) {
    docs.push_back(graph_corpus.documents[i].id);
  }

  // As the CLI runs it with --limit 20 (a page), and every statement.
  std::vector<double> said_times, page_times, get_times;
  for (const std::string& id : sample) {
    page_times.push_back(
        Seconds([&] { Check(QuerySaid(*store, {id, "", "", {}, 20}), "said"); }));
    said_times.push_back(Seconds([&] { Check(QuerySaid(*store, {id, "", "", {}}), "said"); }));
  }
  for (const std::string& id : docs) {
    get_times.push_back(Seconds([&] { Check(store->GetDocument(id), "get"); }));
  }
  Percentiles said_p = Of(said_times), page_p = Of(page_times), get_p = Of(get_times);
  std::printf("%zu speakers, %zu documents sampled\n", sample.size(), docs.size());
  Row("said --by --limit 20", "p50", page_p.p50, get_p.p50);
  Row("said --by --limit 20", "p99", page_p.p99, get_p.p99);
  Row("said --by (every statement)", "p50", said_p.p50, get_p.p50);
  Row("said --by (every statement)", "p99", said_p.p99, get_p.p99);
  // The worst case: the speaker with the most statements.
  auto top = std::max_element(said.begin(), said.end(),
                              [](const auto& a, const auto& b) { return a.second < b.second; });
  if (top != said.end()) {
    double page = Seconds([&] { Check(QuerySaid(*store, {top->first, "", "", {}, 20}), "said"); });
    double t = Seconds([&] { Check(QuerySaid(*store, {top->first, "", "", {}}), "said"); });
    std::printf("said --by %s (%d statements, the most):\n", top->first.c_str(), top->second);
    Row("said --by --limit 20, most prolific", "time", page, get_p.p50);
    Row("said --by, most prolific speaker", "time", t, get_p.p50);
  }

  std::vector<double> load_times, neighbor_times;
  GraphOptions options;
  GraphView view = Check(LoadGraph(*store, options), "graph");
  for (size_t i = 0; i < 5; ++i) {
    load_times.push_back(Seconds([&] { Check(LoadGraph(*store, options), "graph"); }));
  }
  std::vector<std::string> actors;
  for (const auto& [key, v] : view.vertex_of) {
    if (actors.size() >= std::min<size_t>(samples, 30)) break;
    actors.push_back(key);
  }
  for (const std::string& id : actors) {
    neighbor_times.push_back(
        Seconds([&] { Check(QueryNeighbors(*store, id, 1, options), "neighbors"); }));
  }
  Percentiles load_p = Of(load_times), neighbor_p = Of(neighbor_times);
  std::printf("\ngraph view: %zu actors, %zu edges\n", boost::num_vertices(view.graph),
              boost::num_edges(view.graph));
  Row("neighbors (incl. loading the view)", "p50", neighbor_p.p50, load_p.p50);
  Row("neighbors (incl. loading the view)", "p99", neighbor_p.p99, load_p.p50);
  double pagerank = Seconds([&] { CentralityScores(view, Centrality::kPageRank); });
  // As `query central` runs it: sampled pivots on a large graph.
  BetweennessScores sampled;
  double betweenness = Seconds([&] { sampled = Betweenness(view, std::nullopt); });
  Row("central --by pagerank (algorithm)", "time", pagerank, load_p.p50);
  Row("central --by betweenness (algorithm)", "time", betweenness, load_p.p50);
  std::printf("(betweenness from %zu pivots of %zu actors%s)\n", sampled.pivots,
              boost::num_vertices(view.graph), sampled.exact ? ", exact" : "");

  return 0;
}

}  // namespace
}  // namespace actorgraph

int main(int argc, char** argv) { return actorgraph::Main(argc, argv); }
