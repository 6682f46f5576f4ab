// Latency of `actorgraph serve`'s API over HTTP, as the page meets it, on a
// store built from a JSONL corpus (default: the 19,043 Reuters-21578
// articles). Each figure is printed beside a reference measured in the same
// run: fetching the page's script (app.js) from the same server, which is
// HTTP and the server's own cost with no store read.
//
//   actorgraph_serve_bench [--corpus FILE] [--db DIR] [--requests N]
//
// Starts the real binary (`actorgraph serve --port 0`), then sends N
// requests of each kind, one at a time on one connection, spread over the
// store's actors and edges:
//   search      q = the first 1-4 letters of an actor's name
//   graph       actor = an actor with edges, top = 200
//   evidence    type, source, target of an edge
// and prints p50, p99 and the worst, and the first request of each kind
// (cold caches).
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "bench/bench_util.h"
#include "store/store.h"

namespace actorgraph {
namespace {

using bench::Check;

// The server as a child process; its URL from the first line it prints.
class Server {
 public:
  explicit Server(const std::string& db) {
    int out[2];
    if (pipe(out) != 0) std::exit(1);
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      execl(ACTORGRAPH_BINARY, ACTORGRAPH_BINARY, "serve", "--db", db.c_str(), "--port", "0",
            static_cast<char*>(nullptr));
      _exit(127);
    }
    close(out[1]);
    std::string line;
    char c;
    while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
    close(out[0]);
    const size_t at = line.find("http://127.0.0.1:");
    if (at == std::string::npos) {
      std::fprintf(stderr, "bench: the server did not start: %s\n", line.c_str());
      std::exit(1);
    }
    port_ = std::stoi(line.substr(at + 17));
  }
  ~Server() {
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
  }
  int port() const { return port_; }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
};

struct Timing {
  std::vector<double> ms;
  double first = 0;
  size_t failed = 0;
};

Timing Measure(httplib::Client& client, const std::vector<std::string>& paths) {
  Timing t;
  for (const std::string& path : paths) {
    const auto start = std::chrono::steady_clock::now();
    auto res = client.Get(path);
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count();
    if (!res || res->status != 200) ++t.failed;
    if (t.ms.empty()) t.first = ms;
    t.ms.push_back(ms);
  }
  return t;
}

double At(std::vector<double> v, double q) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(q * static_cast<double>(v.size())))];
}

void Print(const char* what, const Timing& t, const Timing& reference) {
  std::printf("%-10s p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  first %7.2f ms  failed %zu"
              "   | app.js p50 %5.2f p99 %5.2f ms\n",
              what, At(t.ms, 0.5), At(t.ms, 0.99), At(t.ms, 1.0), t.first, t.failed,
              At(reference.ms, 0.5), At(reference.ms, 0.99));
}

int Main(int argc, char** argv) {
  CLI::App app{"actorgraph serve API latency benchmark"};
  std::string corpus = ACTORGRAPH_SOURCE_DIR "/../shared/corpus/reuters21578.jsonl";
  std::string db;
  size_t requests = 1000;
  app.add_option("--corpus", corpus, "JSONL corpus")->capture_default_str();
  app.add_option("--db", db, "existing store (default: build one in a temp dir)");
  app.add_option("--requests", requests, "requests of each kind")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  bench::BenchStore bench_store(corpus, db, "sbench");
  db = bench_store.db();

  // What to ask for, from the store itself.
  std::vector<Actor> actors;
  std::vector<EdgeCount> edges;
  {
    auto store = Check(Store::Open(db, OpenMode::kReadOnly), "open");
    actors = Check(store->Actors(std::nullopt), "actors");
    edges = Check(store->Edges(), "edges");
  }
  std::erase_if(edges, [](const EdgeCount& e) { return e.target.empty(); });
  if (actors.empty() || edges.empty()) {
    std::fprintf(stderr, "bench: the store has no edges\n");
    return 1;
  }
  std::printf("store: %zu actors, %zu edges\n", actors.size(), edges.size());
  std::mt19937 rng(20261207);
  auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
  std::vector<std::string> search, graph, evidence, reference;
  for (size_t i = 0; i < requests; ++i) {
    const Actor& a = actors[pick(actors.size())];
    const size_t letters = 1 + pick(4);
    search.push_back("/api/search?q=" + httplib::detail::encode_query_param(
                                            a.name.substr(0, std::min(letters, a.name.size()))));
    const EdgeCount& e = edges[pick(edges.size())];
    graph.push_back("/api/graph?top=200&actor=" +
                    httplib::detail::encode_query_param(pick(2) ? e.source : e.target));
    evidence.push_back("/api/evidence?type=" + std::string(RelationTypeName(e.type)) +
                       "&source=" + httplib::detail::encode_query_param(e.source) +
                       "&target=" + httplib::detail::encode_query_param(e.target));
    reference.push_back("/app.js");
  }

  Server server(db);
  httplib::Client client("127.0.0.1", server.port());
  client.set_keep_alive(true);
  client.set_tcp_nodelay(true);
  client.set_read_timeout(60, 0);
  Timing ref = Measure(client, reference);
  Timing s = Measure(client, search);
  Timing g = Measure(client, graph);
  Timing ev = Measure(client, evidence);
  Print("search", s, ref);
  Print("graph", g, ref);
  Print("evidence", ev, ref);
  return s.failed + g.failed + ev.failed == 0 ? 0 : 1;
}

}  // namespace
}  // namespace actorgraph

int main(int argc, char** argv) { return actorgraph::Main(argc, argv); }
