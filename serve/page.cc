#include "serve/page.h"

#include <cctype>
#include <set>
#include <string_view>

#include "cli/queries.h"
#include "serve/assets.h"

namespace actorgraph {

const Asset* FindAsset(std::string_view name) {
  for (const Asset& a : Assets()) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

std::string_view ContentType(std::string_view name) {
  auto ends = [&](std::string_view ext) {
    return name.size() >= ext.size() && name.substr(name.size() - ext.size()) == ext;
  };
  // cpp-httplib compresses "text/*", "application/javascript" and
  // "application/json" responses with Brotli at its best (slowest) quality
  // when the browser accepts it: 0.5 s for Cytoscape.js, 0.17 s for a graph
  // of 100 actors, on every request. Over loopback that buys nothing, so the
  // big types are named as it does not compress them.
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".js")) return "application/javascript; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".json")) return "application/json; charset=utf-8";
  return "text/plain; charset=utf-8";
}

std::string ScriptSafeJson(const Json& data) {
  // '<' only occurs inside JSON strings, where \u003c means the same: no
  // "</script" or "<!--" can then appear.
  const std::string json = data.dump(-1, ' ', false, Json::error_handler_t::replace);
  std::string out;
  out.reserve(json.size() + json.size() / 64);
  for (size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < json.size() &&
               static_cast<unsigned char>(json[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(json[i + 2]) == 0xA8 ||
                static_cast<unsigned char>(json[i + 2]) == 0xA9)) {
      out += static_cast<unsigned char>(json[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

namespace {

// Replaces the one occurrence of `tag` in `page` with `with`.
Status ReplaceOnce(std::string& page, std::string_view tag, const std::string& with) {
  const size_t at = page.find(tag);
  if (at == std::string::npos) {
    return Status::Corruption("the built-in page has no " + std::string(tag));
  }
  page.replace(at, tag.size(), with);
  return Status::Ok();
}

// A script's text inside <script>: only "</script" (any case) could end it
// early, and in a string or a regular expression "<\/" means the same.
std::string InlineScript(std::string_view js) {
  std::string out;
  out.reserve(js.size());
  for (size_t i = 0; i < js.size(); ++i) {
    if (js[i] == '<' && i + 7 < js.size() && js[i + 1] == '/') {
      std::string word(js.substr(i + 2, 6));
      for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (word == "script") {
        out += "<\\/";
        ++i;
        continue;
      }
    }
    out += js[i];
  }
  return out;
}

}  // namespace

Result<std::string> StandalonePage(const Json& data) {
  const Asset* index = FindAsset("index.html");
  const Asset* app = FindAsset("app.js");
  const Asset* style = FindAsset("style.css");
  const Asset* cytoscape = FindAsset("cytoscape.min.js");
  if (!index || !app || !style || !cytoscape) {
    return Status::Corruption("the page is not built in");
  }
  std::string page(index->bytes);
  Status s = ReplaceOnce(page, "<link rel=\"stylesheet\" href=\"style.css\">",
                         "<style>\n" + std::string(style->bytes) + "\n</style>");
  if (s.ok()) {
    s = ReplaceOnce(page, "<script src=\"cytoscape.min.js\"></script>",
                    "<script>\n" + InlineScript(cytoscape->bytes) + "\n</script>");
  }
  if (s.ok()) {
    s = ReplaceOnce(page, "<!--ACTORGRAPH-DATA-->",
                    "<script>window.ACTORGRAPH_DATA = " + ScriptSafeJson(data) + ";</script>");
  }
  if (s.ok()) {
    s = ReplaceOnce(page, "<script src=\"app.js\"></script>",
                    "<script>\n" + InlineScript(app->bytes) + "\n</script>");
  }
  if (!s.ok()) return s;
  return page;
}

Result<Json> StandaloneData(const Store& store, const GraphView& view, const std::string& title,
                            size_t latest, size_t statements) {
  auto graph = GraphJson(store, view, /*details=*/true);
  if (!graph.ok()) return graph;
  const size_t n = (*graph)["nodes"].size();
  (*graph)["total_nodes"] = n;
  (*graph)["capped"] = false;
  (*graph)["top"] = n;
  Json data;
  data["mode"] = "file";
  data["title"] = title;
  data["actors"] = Json::object();
  for (const Json& node : (*graph)["nodes"]) {
    const std::string id = node["id"];
    auto profile = QueryActor(store, id, latest);
    if (!profile.ok()) return profile.status();
    data["actors"][id] = std::move(profile).value();
  }
  data["evidence"] = Json::object();
  for (Json& edge : (*graph)["edges"]) {
    std::optional<RelationType> type = ParseRelationType(edge["type"].get<std::string>());
    if (!type) return Status::Corruption("edge of unknown type");
    auto evidence = EdgeEvidence(store, *type, edge["source"], edge["target"], DateRange(),
                                 statements);
    if (!evidence.ok()) return evidence.status();
    // The dates of its statements, so the page can filter by date offline.
    std::set<std::string> dates;
    for (const Json& st : (*evidence)["statements"]) {
      if (!st["date"].get<std::string>().empty()) dates.insert(st["date"].get<std::string>());
    }
    edge["dates"] = dates;
    data["evidence"][edge["id"].get<std::string>()] = std::move(evidence).value();
  }
  data["graph"] = std::move(graph).value();
  return data;
}

}  // namespace actorgraph
