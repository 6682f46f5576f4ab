// `actorgraph serve`: the page and its JSON API (serve/api.h) over HTTP,
// read-only, on a store opened as a secondary instance so an ingest can run
// beside it (docs/serve.md).
#ifndef ACTORGRAPH_SERVE_SERVER_H_
#define ACTORGRAPH_SERVE_SERVER_H_

#include <cstdio>
#include <string>

#include "model/status.h"
#include "store/store.h"

namespace actorgraph {

struct ServeOptions {
  std::string db;                  // shown in api/info
  std::string host = "127.0.0.1";  // loopback unless told otherwise
  int port = 8080;                 // 0: any free port
  // How often a request may move the store's view to what an ingest has
  // written since (Store::CatchUp).
  double catch_up_seconds = 2.0;
};

// Serves until SIGINT or SIGTERM. Once listening, prints one line to `out`:
// "actorgraph serve: listening on http://HOST:PORT/ (store DIR)". Fails when
// the address cannot be bound.
Status Serve(Store& store, const ServeOptions& options, std::FILE* out);

}  // namespace actorgraph

#endif  // ACTORGRAPH_SERVE_SERVER_H_
