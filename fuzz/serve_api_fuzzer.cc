// Fuzz target: the JSON API of `actorgraph serve` (serve/api.h), whose
// parameters come from anyone who can reach the port. The input's first
// byte picks the call (info, search, graph, actor, evidence, timeline,
// disputes); the rest is a query string, split on '&' and then on the first
// '=' (names may repeat, values are taken as decoded). The store is built
// once, from two short articles written for this target and extracted by
// the real extractor. An error status is an ordinary answer; a crash, a
// sanitizer report, an answer that does not serialise, or a script-safe
// dump holding '<' is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unistd.h>

#include "fuzz/fuzz_extractor.h"
#include "serve/api.h"
#include "serve/page.h"
#include "store/store.h"

namespace actorgraph {
namespace {

constexpr std::string_view kArticles[] = {
    "Albion accuses Borduria over flooded border dam\n\n"
    "VELMARA, June 3 - Albion on Monday accused Borduria of opening a border dam without "
    "warning. \"The water came at night,\" said Ines Carrow, Albion's Interior Minister. "
    "Borduria denied the accusation.\n",
    "Syldavia criticises Albion over fishing quotas\n\n"
    "Syldavia criticised Albion for cutting the fishing quotas of its fleet, and Borduria "
    "said the cut would harm every coast of the bay. \"We were not asked,\" said Tomas Vell.\n",
};

// Never destroyed: destroying a store among the statics at exit, after
// RocksDB's own, aborts ("pthread lock: Invalid argument").
Store* g_store = nullptr;
Api* g_api = nullptr;
std::filesystem::path g_dir;  // removed at exit (the open files go with it)

void Die(const std::string& why) {
  std::fprintf(stderr, "serve_api_fuzzer: %s\n", why.c_str());
  std::abort();
}

}  // namespace
}  // namespace actorgraph

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  using namespace actorgraph;
  fuzz::InitFuzzExtractor(ExtractorOptions());
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("serve-api-fuzz-" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  g_dir = dir;
  std::atexit([] {
    std::error_code ec;
    std::filesystem::remove_all(g_dir, ec);
  });
  {
    auto store = Store::Open(dir.string(), OpenMode::kReadWrite);
    if (!store.ok()) Die(store.status().message());
    int n = 0;
    for (std::string_view text : kArticles) {
      Document doc;
      doc.id = "article-" + std::to_string(++n);
      doc.date = "2024-06-0" + std::to_string(n + 2);
      doc.text = std::string(text);
      DocumentFacts facts = fuzz::FuzzExtractor().Extract(doc.id, doc.text);
      auto put = (*store)->Put(doc, facts);
      if (!put.ok()) Die(put.status().message());
    }
  }
  auto store = Store::Open(dir.string(), OpenMode::kReadOnly);
  if (!store.ok()) Die(store.status().message());
  g_store = std::move(store).value().release();
  g_api = new Api(*g_store);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace actorgraph;
  if (size == 0) return 0;
  const int call = data[0] % 7;
  const std::string_view query(reinterpret_cast<const char*>(data + 1), size - 1);
  ApiParams params;
  size_t from = 0;
  while (from <= query.size() && params.size() < 32) {
    size_t amp = query.find('&', from);
    if (amp == std::string_view::npos) amp = query.size();
    const std::string_view pair = query.substr(from, amp - from);
    const size_t eq = pair.find('=');
    params.emplace(std::string(pair.substr(0, eq)),
                   eq == std::string_view::npos ? std::string() : std::string(pair.substr(eq + 1)));
    from = amp + 1;
  }
  Api& api = *g_api;
  Result<Json> body = Status::Ok();
  switch (call) {
    case 0: body = api.Info("store"); break;
    case 1: body = api.Search(params); break;
    case 2: body = api.Graph(params); break;
    case 3: body = api.Actor(params); break;
    case 4: body = api.Evidence(params); break;
    case 5: body = api.Timeline(params); break;
    default: body = api.Disputes(params); break;
  }
  if (!body.ok()) return 0;
  // What the server sends, and what the HTML export would inline.
  (void)body->dump(-1, ' ', false, Json::error_handler_t::replace);
  if (ScriptSafeJson(*body).find('<') != std::string::npos) Die("'<' in a script-safe dump");
  return 0;
}
