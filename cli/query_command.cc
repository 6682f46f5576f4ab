// actorgraph query said|relations: who said what, and who accuses or denies
// whom, each with its evidence. Opens the store read-only.
#include <algorithm>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/facts_json.h"

namespace actorgraph {

namespace {

using Json = nlohmann::ordered_json;

// Caches actor names and document texts for one query run.
class Lookup {
 public:
  explicit Lookup(const Store& store) : store_(store) {}

  std::string Name(const std::string& id) {
    if (id.empty()) return "";
    auto it = names_.find(id);
    if (it != names_.end()) return it->second;
    auto actor = store_.GetActor(id);
    std::string name = actor.ok() && actor->has_value() ? (*actor)->name : id;
    return names_[id] = name;
  }

  // The text of `span` in document `doc`, on one line.
  std::string Evidence(const std::string& doc, const Span& span) {
    auto it = texts_.find(doc);
    if (it == texts_.end()) {
      auto d = store_.GetDocument(doc);
      it = texts_.emplace(doc, d.ok() && d->has_value() ? (*d)->text : "").first;
    }
    const std::string& text = it->second;
    if (span.start >= span.end || span.end > text.size()) return "";
    return OneLine(std::string_view(text).substr(span.start, span.end - span.start));
  }

 private:
  const Store& store_;
  std::map<std::string, std::string> names_;
  std::map<std::string, std::string> texts_;
};

// Resolves an optional actor option into a set of ids. Returns an exit code
// on failure (no match), or nullopt.
std::optional<int> ResolveOption(const Store& store, const std::string& query,
                                 std::set<std::string>* ids) {
  if (query.empty()) return std::nullopt;
  auto found = ResolveActor(store, query);
  if (!found.ok()) return Fail(found.status());
  ids->insert(found->begin(), found->end());
  return std::nullopt;
}

int RunSaid(const std::string& db, const std::string& by, const std::string& about,
            const std::string& format) {
  auto store = OpenForReading(db);
  if (!store.ok()) return Fail(store.status());
  std::set<std::string> speakers, topics;
  if (auto code = ResolveOption(**store, by, &speakers)) return *code;
  if (auto code = ResolveOption(**store, about, &topics)) return *code;

  std::vector<Quote> quotes;
  if (speakers.empty()) {
    auto all = (*store)->Quotes("");
    if (!all.ok()) return Fail(all.status());
    quotes = std::move(*all);
  } else {
    for (const auto& id : speakers) {
      auto some = (*store)->Quotes(id);
      if (!some.ok()) return Fail(some.status());
      quotes.insert(quotes.end(), some->begin(), some->end());
    }
  }
  if (!topics.empty()) {
    std::erase_if(quotes, [&](const Quote& q) {
      return std::none_of(q.about.begin(), q.about.end(),
                          [&](const std::string& a) { return topics.count(a) > 0; });
    });
  }
  std::sort(quotes.begin(), quotes.end(), [](const Quote& a, const Quote& b) {
    return std::tie(a.document, a.span.start) < std::tie(b.document, b.span.start);
  });

  Lookup lookup(**store);
  if (format == "json") {
    Json out = Json::array();
    for (const Quote& q : quotes) {
      Json j = QuoteToJson(q);
      j["speaker_name"] = q.speaker.empty() ? Json(nullptr) : Json(lookup.Name(q.speaker));
      j["document"] = q.document;
      out.push_back(std::move(j));
    }
    std::printf("%s\n", out.dump(2).c_str());
    return kExitOk;
  }
  if (quotes.empty()) {
    std::fprintf(stderr, "no statements match\n");
    return kExitOk;
  }
  Table table({"SPEAKER", "CUE", "DOCUMENT", "STATEMENT"});
  for (const Quote& q : quotes) {
    std::string speaker = q.speaker.empty() ? "[" + q.speaker_text + "]" : lookup.Name(q.speaker);
    std::string text = q.direct ? "\u201c" + OneLine(q.text) + "\u201d"
                                : "(reported) " + OneLine(q.text);
    table.Add({speaker, q.cue, q.document, text});
  }
  table.Print(stdout);
  return kExitOk;
}

int RunRelations(const std::string& db, const std::string& type, const std::string& from,
                 const std::string& to, const std::string& format) {
  auto store = OpenForReading(db);
  if (!store.ok()) return Fail(store.status());
  std::set<std::string> sources, targets;
  if (auto code = ResolveOption(**store, from, &sources)) return *code;
  if (auto code = ResolveOption(**store, to, &targets)) return *code;
  auto relations = (*store)->Relations();
  if (!relations.ok()) return Fail(relations.status());

  std::optional<RelationType> wanted;
  if (!type.empty()) wanted = ParseRelationType(type);
  std::erase_if(*relations, [&](const Relation& r) {
    return (wanted && r.type != *wanted) || (!sources.empty() && !sources.count(r.source)) ||
           (!targets.empty() && !targets.count(r.target));
  });

  Lookup lookup(**store);
  if (format == "json") {
    Json out = Json::array();
    for (const Relation& r : *relations) {
      Json j = RelationToJson(r);
      j["source_name"] = lookup.Name(r.source);
      j["target_name"] = r.target.empty() ? Json(nullptr) : Json(lookup.Name(r.target));
      j["document"] = r.document;
      j["evidence"] = lookup.Evidence(r.document, r.span);
      out.push_back(std::move(j));
    }
    std::printf("%s\n", out.dump(2).c_str());
    return kExitOk;
  }
  if (relations->empty()) {
    std::fprintf(stderr, "no relations match\n");
    return kExitOk;
  }
  Table table({"TYPE", "SOURCE", "TARGET", "CUE", "DOCUMENT", "EVIDENCE"});
  for (const Relation& r : *relations) {
    table.Add({std::string(RelationTypeName(r.type)), lookup.Name(r.source),
               r.target.empty() ? "-" : lookup.Name(r.target), r.cue, r.document,
               lookup.Evidence(r.document, r.span)});
  }
  table.Print(stdout);
  return kExitOk;
}

}  // namespace

int RunQuery(int argc, char** argv) {
  CLI::App app{"Query the store: who said what, and relations between actors.", "query"};
  app.require_subcommand(1);
  std::string db = kDefaultDb, format = "table";
  const auto formats = CLI::IsMember({"table", "json"});

  std::string by, about;
  auto* said = app.add_subcommand("said", "who said what: speaker, statement, document, cue");
  said->add_option("--db", db, "store directory")->capture_default_str();
  said->add_option("--by", by, "only statements by this actor (any alias, any case)");
  said->add_option("--about", about, "only statements naming this actor");
  said->add_option("--format", format, "table or json")->check(formats)->capture_default_str();

  std::string type, from, to;
  auto* relations =
      app.add_subcommand("relations", "accusations, denials, quotes and affiliations");
  relations->add_option("--db", db, "store directory")->capture_default_str();
  relations->add_option("--type", type, "accuses, denies, quotes or affiliated_with")
      ->check(CLI::IsMember({"accuses", "denies", "quotes", "affiliated_with"}));
  relations->add_option("--from", from, "only relations from this actor");
  relations->add_option("--to", to, "only relations to this actor");
  relations->add_option("--format", format, "table or json")->check(formats)->capture_default_str();

  if (auto code = ParseArgs(app, argc, argv)) return *code;
  if (said->parsed()) return RunSaid(db, by, about, format);
  return RunRelations(db, type, from, to, format);
}

}  // namespace actorgraph
