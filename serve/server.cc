#include "serve/server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <shared_mutex>
#include <thread>

#include "serve/api.h"
#include "serve/assets.h"

namespace actorgraph {

namespace {

int HttpStatus(const Status& s) {
  switch (s.code()) {
    case Status::Code::kInvalidArgument: return 400;
    case Status::Code::kNotFound: return 404;
    default: return 500;
  }
}

void SendJson(httplib::Response& res, int status, const Json& body) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(body.dump(-1, ' ', false, Json::error_handler_t::replace),
                  std::string(ContentType(".json")).c_str());
}

void SendError(httplib::Response& res, int status, const std::string& message) {
  Json body;
  body["error"] = message;
  SendJson(res, status, body);
}

// The view of the store moves to what an ingest wrote since, at most every
// `interval`, while no request reads (Store::CatchUp needs that).
class View {
 public:
  View(Store& store, Api& api, double interval_seconds)
      : store_(store), api_(api),
        interval_(std::chrono::duration_cast<std::chrono::steady_clock::duration>(
            std::chrono::duration<double>(interval_seconds))),
        last_(std::chrono::steady_clock::now()) {}

  // Runs `read` with the view fixed, after moving it when it is stale.
  template <typename F>
  auto Read(F read) {
    const auto now = std::chrono::steady_clock::now();
    if (now - last_.load() >= interval_) {
      std::unique_lock<std::shared_mutex> moving(mutex_);
      if (now - last_.load() >= interval_) {
        Result<bool> changed = store_.CatchUp();
        if (changed.ok() && *changed) api_.Refresh();
        last_ = std::chrono::steady_clock::now();
      }
    }
    std::shared_lock<std::shared_mutex> reading(mutex_);
    return read();
  }

 private:
  Store& store_;
  Api& api_;
  const std::chrono::steady_clock::duration interval_;
  std::atomic<std::chrono::steady_clock::time_point> last_;
  std::shared_mutex mutex_;
};

}  // namespace

Status Serve(Store& store, const ServeOptions& options, std::FILE* out) {
  // SIGINT and SIGTERM go to one thread that stops the server; the
  // server's threads, made after this, inherit the mask.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  Api api(store);
  View view(store, api, options.catch_up_seconds);
  httplib::Server server;
  // Headers and body go out in two writes: without this, Nagle's algorithm
  // and the client's delayed ACK add 40 ms to every response.
  server.set_tcp_nodelay(true);
  // cpp-httplib's default sets SO_REUSEPORT too, which lets a second server
  // bind the same port and share its requests with the first: a second
  // `serve` on a busy port must fail instead.
  server.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });

  server.set_default_headers({
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      // Scripts only from this server: text from the news that slipped into
      // the page as markup could not run.
      {"Content-Security-Policy",
       "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'"},
  });

  auto page = [](const std::string& name) {
    return [name](const httplib::Request&, httplib::Response& res) {
      const Asset* a = FindAsset(name);
      if (a == nullptr) {
        res.status = 404;
        return;
      }
      res.set_content(std::string(a->bytes), std::string(ContentType(name)).c_str());
    };
  };
  server.Get("/", page("index.html"));
  for (const char* name : {"index.html", "app.js", "style.css", "cytoscape.min.js"}) {
    server.Get(std::string("/") + name, page(name));
  }
  server.Get("/cytoscape-LICENSE.txt", page("LICENSE"));

  using Call = std::function<Result<Json>(const ApiParams&)>;
  const std::vector<std::pair<std::string, Call>> calls = {
      {"info", [&](const ApiParams&) { return api.Info(options.db); }},
      {"search", [&](const ApiParams& p) { return api.Search(p); }},
      {"graph", [&](const ApiParams& p) { return api.Graph(p); }},
      {"actor", [&](const ApiParams& p) { return api.Actor(p); }},
      {"evidence", [&](const ApiParams& p) { return api.Evidence(p); }},
      {"timeline", [&](const ApiParams& p) { return api.Timeline(p); }},
      {"disputes", [&](const ApiParams& p) { return api.Disputes(p); }},
  };
  for (const auto& [name, call] : calls) {
    server.Get("/api/" + name, [&view, call = call](const httplib::Request& req,
                                                    httplib::Response& res) {
      ApiParams params(req.params.begin(), req.params.end());
      Result<Json> body = view.Read([&] { return call(params); });
      if (body.ok()) {
        SendJson(res, 200, *body);
      } else {
        SendError(res, HttpStatus(body.status()), body.status().message());
      }
    });
  }
  // Anything else: JSON errors under api/, and no method but GET.
  server.Get("/api/.*", [](const httplib::Request& req, httplib::Response& res) {
    SendError(res, 404, "no such call: " + req.path);
  });
  auto refuse = [](const httplib::Request& req, httplib::Response& res) {
    SendError(res, 405, req.method + " is not allowed: the server only reads");
    res.set_header("Allow", "GET, HEAD");
  };
  server.Post(".*", refuse);
  server.Put(".*", refuse);
  server.Delete(".*", refuse);
  server.Patch(".*", refuse);
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res,
                                  std::exception_ptr ep) {
    std::string what = "internal error";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    SendError(res, 500, what);
  });

  int port = options.port;
  if (port == 0) {
    port = server.bind_to_any_port(options.host);
    if (port < 0) return Status::IOError("cannot listen on " + options.host);
  } else if (!server.bind_to_port(options.host, port)) {
    return Status::IOError("cannot listen on " + options.host + ":" + std::to_string(port) +
                           " (in use? try --port 0 for any free port)");
  }
  const bool v6 = options.host.find(':') != std::string::npos;
  std::fprintf(out, "actorgraph serve: listening on http://%s%s%s:%d/ (store %s)\n",
               v6 ? "[" : "", options.host.c_str(), v6 ? "]" : "", port, options.db.c_str());
  std::fflush(out);

  std::thread stopper([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    server.stop();
  });
  const bool listened = server.listen_after_bind();
  // Ended by a signal (the stopper stops the server) or by a failure: in
  // the latter case wake the stopper.
  if (!listened) pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  pthread_sigmask(SIG_UNBLOCK, &stop_signals, nullptr);
  return Status::Ok();
}

}  // namespace actorgraph
