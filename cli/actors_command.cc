// actorgraph actors / stats: what the store holds.
#include <cstdio>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/facts_json.h"
#include "cli/query_output.h"

namespace actorgraph {

namespace {

// `actors --merges`: each actor the store took for another, why, and in how
// many documents.
int PrintMerges(Store& store, const std::string& into, const std::string& format) {
  std::string to;
  if (!into.empty()) {
    Result<std::vector<std::string>> ids = store.FindActors(into);
    if (!ids.ok()) return Fail(ids.status());
    if (ids->size() != 1) {
      return Fail(Status::NotFound(ids->empty() ? "no actor matches '" + into + "'"
                                                : "'" + into + "' names " +
                                                      std::to_string(ids->size()) +
                                                      " actors: give an id"));
    }
    to = ids->front();
  }
  Result<std::vector<MergeRecord>> merges = store.Merges(to);
  if (!merges.ok()) return Fail(merges.status());
  QueryResult result;
  result.columns = {{"NAME", "name"},           {"FROM", "from"},
                    {"INTO", "into"},           {"INTO_NAME", "into_name"},
                    {"REASON", "reason"},       {"DOCUMENTS", "documents"},
                    {"FIRST_DOCUMENT", "first_document"}};
  result.none = "no merges";
  std::map<std::string, std::string> names;
  for (const MergeRecord& m : *merges) {
    auto [it, inserted] = names.try_emplace(m.to);
    if (inserted) {
      Result<std::optional<Actor>> actor = store.GetActor(m.to);
      if (!actor.ok()) return Fail(actor.status());
      it->second = actor->has_value() ? (*actor)->name : "";
    }
    nlohmann::ordered_json row;
    row["name"] = m.name;
    row["from"] = m.from;
    row["into"] = m.to;
    row["into_name"] = it->second;
    row["reason"] = std::string(MergeReasonName(m.reason));
    row["documents"] = m.documents;
    row["first_document"] = m.first_document;
    result.rows.push_back(std::move(row));
  }
  PrintQueryResult(result, format, 0, stdout);
  return kExitOk;
}

}  // namespace

int RunActors(int argc, char** argv) {
  CLI::App app{"List the actors in the store, or the merges that made them.", "actors"};
  std::string db = kDefaultDb, type, format = "table", into;
  bool merges = false;
  app.add_option("--db", db, "store directory")->capture_default_str();
  app.add_option("--type", type, "person, country, location, agency, organization or group")
      ->check(CLI::IsMember({"person", "country", "location", "agency", "organization", "group"}));
  app.add_option("--format", format, "table, json or csv")
      ->check(CLI::IsMember(kQueryFormats))
      ->capture_default_str();
  auto* merges_flag = app.add_flag(
      "--merges", merges,
      "the merge log: each name the store took for an actor it knew (same name up to a "
      "company suffix or article, a country, a known alias, a unique surname, or your "
      "--aliases rule), with the documents it did so in");
  app.add_option("--into", into, "with --merges: only the merges into this actor (name or id)")
      ->needs(merges_flag);
  AddTableFlags(app);
  if (auto code = ParseArgs(app, argc, argv)) return *code;

  auto store = OpenForReading(db);
  if (!store.ok()) return Fail(store.status());
  if (merges) return PrintMerges(**store, into, format);
  std::optional<ActorType> wanted;
  if (!type.empty()) wanted = ParseActorType(type);
  auto actors = (*store)->Actors(wanted);
  if (!actors.ok()) return Fail(actors.status());

  if (format == "json") {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const Actor& a : *actors) out.push_back(ActorToJson(a, false));
    std::printf("%s\n", out.dump(2).c_str());
    return kExitOk;
  }
  if (format == "csv") {
    std::printf("id,type,name,aliases\r\n");
    for (const Actor& a : *actors) {
      std::string aliases;
      for (const auto& alias : a.aliases) {
        if (!aliases.empty()) aliases += "; ";
        aliases += alias;
      }
      std::printf("%s,%s,%s,%s\r\n", CsvField(a.id).c_str(),
                  CsvField(std::string(ActorTypeName(a.type))).c_str(), CsvField(a.name).c_str(),
                  CsvField(aliases).c_str());
    }
    return kExitOk;
  }
  Table table({"ID", "TYPE", "NAME", "ALIASES"});
  for (const Actor& a : *actors) {
    std::string aliases;
    for (const auto& alias : a.aliases) {
      if (alias == a.name) continue;
      if (!aliases.empty()) aliases += ", ";
      aliases += alias;
    }
    table.Add({a.id, std::string(ActorTypeName(a.type)), a.name, aliases});
  }
  table.Print(stdout);
  return kExitOk;
}

int RunStats(int argc, char** argv) {
  CLI::App app{"Count documents, actors by type, quotes and relations by type.", "stats"};
  std::string db = kDefaultDb, format = "table";
  app.add_option("--db", db, "store directory")->capture_default_str();
  app.add_option("--format", format, "table, json or csv")
      ->check(CLI::IsMember(kQueryFormats))
      ->capture_default_str();
  if (auto code = ParseArgs(app, argc, argv)) return *code;

  auto store = OpenForReading(db);
  if (!store.ok()) return Fail(store.status());
  auto stats = (*store)->Stats();
  if (!stats.ok()) return Fail(stats.status());

  nlohmann::ordered_json j;
  j["documents"] = stats->documents;
  j["actors"] = stats->actors;
  for (ActorType t : kAllActorTypes) {
    auto it = stats->actors_by_type.find(t);
    j["actors_by_type"][std::string(ActorTypeName(t))] =
        it == stats->actors_by_type.end() ? 0 : it->second;
  }
  j["quotes"] = stats->quotes;
  for (RelationType t : kAllRelationTypes) {
    auto it = stats->relations_by_type.find(t);
    j["relations_by_type"][std::string(RelationTypeName(t))] =
        it == stats->relations_by_type.end() ? 0 : it->second;
  }
  if (format == "json") {
    std::printf("%s\n", j.dump(2).c_str());
    return kExitOk;
  }
  if (format == "csv") {  // one count per row: what is counted, of which type
    QueryResult rows;
    rows.columns = {{"WHAT", "what"}, {"TYPE", "type"}, {"COUNT", "count"}};
    for (const char* what : {"documents", "actors"}) {
      rows.rows.push_back({{"what", what}, {"type", nullptr}, {"count", j[what]}});
    }
    for (auto& [type, n] : j["actors_by_type"].items()) {
      rows.rows.push_back({{"what", "actors"}, {"type", type}, {"count", n}});
    }
    rows.rows.push_back({{"what", "quotes"}, {"type", nullptr}, {"count", j["quotes"]}});
    for (auto& [type, n] : j["relations_by_type"].items()) {
      rows.rows.push_back({{"what", "relations"}, {"type", type}, {"count", n}});
    }
    PrintQueryResult(rows, "csv", 0, stdout);
    return kExitOk;
  }
  std::printf("documents  %llu\n", static_cast<unsigned long long>(stats->documents));
  std::printf("actors     %llu\n", static_cast<unsigned long long>(stats->actors));
  for (auto& [name, n] : j["actors_by_type"].items()) {
    std::printf("  %-16s %llu\n", name.c_str(), n.get<unsigned long long>());
  }
  std::printf("quotes     %llu\n", static_cast<unsigned long long>(stats->quotes));
  std::printf("relations\n");
  for (auto& [name, n] : j["relations_by_type"].items()) {
    std::printf("  %-16s %llu\n", name.c_str(), n.get<unsigned long long>());
  }
  return kExitOk;
}

}  // namespace actorgraph
