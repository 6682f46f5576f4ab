// actorgraph serve: the store in a browser. A read-only HTTP server for the
// page (web/) and its JSON API (serve/api.h, docs/serve.md).
#include <cstdio>

#include "cli/commands.h"
#include "cli/common.h"
#include "serve/server.h"

namespace actorgraph {

int RunServe(int argc, char** argv) {
  CLI::App app{"Explore the store in a browser: serve its page and JSON API over HTTP "
               "(read-only; an ingest may run beside it).",
               "serve"};
  std::string db = kDefaultDb;
  ServeOptions options;
  app.add_option("--db", db, "store directory")->capture_default_str();
  app.add_option("--host", options.host,
                 "address to listen on (loopback by default; 0.0.0.0 for every interface)")
      ->capture_default_str();
  app.add_option("--port", options.port, "port (0: any free port, printed at start)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  if (auto code = ParseArgs(app, argc, argv)) return *code;
  options.db = db;

  auto store = Store::Open(db, OpenMode::kReadOnly);
  if (!store.ok()) return Fail(store.status());
  Status s = Serve(**store, options, stdout);
  if (!s.ok()) return Fail(s);
  return kExitOk;
}

}  // namespace actorgraph
