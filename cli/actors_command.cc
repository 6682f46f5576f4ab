// actorgraph actors / stats: what the store holds.
#include <cstdio>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/facts_json.h"

namespace actorgraph {

int RunActors(int argc, char** argv) {
  CLI::App app{"List the actors in the store.", "actors"};
  std::string db = kDefaultDb, type, format = "table";
  app.add_option("--db", db, "store directory")->capture_default_str();
  app.add_option("--type", type, "person, country, location, agency, organization or group")
      ->check(CLI::IsMember({"person", "country", "location", "agency", "organization", "group"}));
  app.add_option("--format", format, "table or json")
      ->check(CLI::IsMember({"table", "json"}))
      ->capture_default_str();
  if (auto code = ParseArgs(app, argc, argv)) return *code;

  auto store = OpenForReading(db);
  if (!store.ok()) return Fail(store.status());
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
  app.add_option("--format", format, "table or json")
      ->check(CLI::IsMember({"table", "json"}))
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
