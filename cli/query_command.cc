// actorgraph query NAME: who said what, relations, disputes, timelines,
// actor profiles and graph analytics, each with its evidence (cli/queries.h; output shapes
// in docs/queries.md). Opens the store read-only.
#include <cstdio>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/queries.h"
#include "cli/selection_flags.h"

namespace actorgraph {

namespace {

// Options every query takes.
struct Common {
  std::string db = kDefaultDb;
  std::string format = "table";
  size_t limit = 0;
};

void AddCommon(CLI::App* sub, Common* c) {
  sub->add_option("--db", c->db, "store directory")->capture_default_str();
  sub->add_option("--format", c->format, "table, json or csv")
      ->check(CLI::IsMember(kQueryFormats))
      ->capture_default_str();
  sub->add_option("--limit", c->limit, "print at most N rows (0: all)")
      ->check(kCount)
      ->capture_default_str();  AddTableFlags(*sub);
}

void AddDates(CLI::App* sub, DateRange* dates) {
  sub->add_option("--since", dates->since, "only documents dated on or after (YYYY[-MM[-DD]])");
  sub->add_option("--until", dates->until, "only documents dated on or before");
}

int Print(const Result<QueryResult>& result, const Common& c) {
  if (!result.ok()) return Fail(result.status());
  PrintQueryResult(*result, c.format, c.limit, stdout);
  return kExitOk;
}

}  // namespace

int RunQuery(int argc, char** argv) {
  CLI::App app{"Query the store: statements, relations, disputes, timelines, actors and the graph.",
               "query"};
  app.require_subcommand(1);
  Common common;

  SaidOptions said_options;
  auto* said = app.add_subcommand("said", "who said what: speaker, statement, document, cue");
  said->add_option("--by", said_options.by, "statements by this actor (any alias, any case)");
  said->add_option("--about", said_options.about, "statements naming this actor");
  said->add_option("--text", said_options.text, "statements holding all these words");
  said->add_flag("--copies", said_options.copies,
                 "one row per document carrying a statement, not one per claim");
  AddDates(said, &said_options.dates);
  AddCommon(said, &common);

  RelationsOptions relation_options;
  auto* relations =
      app.add_subcommand("relations", "accusations, denials, quotes and affiliations");
  relations->add_option("--type", relation_options.type, "accuses, criticizes, denies, quotes or affiliated_with")
      ->check(CLI::IsMember({"accuses", "criticizes", "denies", "quotes", "affiliated_with"}));
  relations->add_option("--from", relation_options.from, "relations from this actor");
  relations->add_option("--to", relation_options.to, "relations to this actor");
  relations->add_flag("--copies", relation_options.copies,
                      "one row per document carrying a relation, not one per claim");
  AddDates(relations, &relation_options.dates);
  AddCommon(relations, &common);

  DateRange dispute_dates;
  auto* disputes = app.add_subcommand(
      "disputes", "X accused Y and Y denied it (same document or later), with both pieces of evidence");
  AddDates(disputes, &dispute_dates);
  AddCommon(disputes, &common);

  TimelineOptions timeline_options;
  auto* timeline = app.add_subcommand(
      "timeline", "one actor's, or two actors', dated statements, accusations and denials in order");
  timeline->add_option("actor", timeline_options.actor, "any alias, any case")->required();
  timeline->add_option("other", timeline_options.other,
                       "only what passed between the two: statements naming the other, "
                       "accusations, criticisms and denials between them");
  timeline->add_option("--by", timeline_options.by, "counts per day, week, month or year")
      ->check(CLI::IsMember({"day", "week", "month", "year"}));
  AddDates(timeline, &timeline_options.dates);
  AddCommon(timeline, &common);

  std::string name;
  size_t latest = 5;
  auto* actor = app.add_subcommand(
      "actor", "profile: names, affiliations, counts, counterparts, latest statements");
  actor->add_option("name", name, "any alias, any case")->required();
  actor->add_option("--latest", latest, "statements to show")
      ->check(kCount)
      ->capture_default_str();
  AddCommon(actor, &common);

  SelectionFlags graph_flags;
  int depth = 1;
  auto* neighbors = app.add_subcommand("neighbors", "actors within N hops, with the links");
  neighbors->add_option("name", name, "any alias, any case")->required();
  neighbors->add_option("--depth", depth, "hops")->check(CLI::Range(1, 10))->capture_default_str();
  AddFilterFlags(neighbors, &graph_flags);
  AddCommon(neighbors, &common);

  std::string from, to;
  auto* path = app.add_subcommand("path", "the shortest chain between two actors, hop by hop");
  path->add_option("from", from, "first actor")->required();
  path->add_option("to", to, "second actor")->required();
  AddFilterFlags(path, &graph_flags);
  AddCommon(path, &common);

  std::string measure = "degree";
  size_t pivots = 0;
  auto* central = app.add_subcommand("central", "actors ranked by centrality");
  central->add_option("--by", measure, "degree, pagerank or betweenness")
      ->check(CLI::IsMember({"degree", "pagerank", "betweenness"}))
      ->capture_default_str();
  auto* pivots_option = central->add_option(
      "--pivots", pivots,
      "betweenness from N sampled sources (0: exact; default: exact up to " +
          std::to_string(kExactBetweennessMaxVertices) + " actors, else sampled)");
  pivots_option->check(kCount);
  AddFilterFlags(central, &graph_flags);
  AddCommon(central, &common);

  auto* communities = app.add_subcommand(
      "communities", "groups of actors linked more among themselves than by chance (Louvain), with modularity");
  AddFilterFlags(communities, &graph_flags);
  AddCommon(communities, &common);
  auto* components =
      app.add_subcommand("components", "groups of connected actors, largest first");
  AddFilterFlags(components, &graph_flags);
  AddCommon(components, &common);

  if (auto code = ParseArgs(app, argc, argv)) return *code;
  for (const DateRange* d :
       {&said_options.dates, &relation_options.dates, &dispute_dates, &timeline_options.dates}) {
    for (const std::string* bound : {&d->since, &d->until}) {
      if (bound->empty()) continue;
      if (Status s = CheckDate(*bound); !s.ok()) {
        Fail(s);
        return kExitUsage;
      }
    }
  }
  if (pivots_option->count() > 0 && measure != "betweenness") {
    Fail("--pivots needs --by betweenness");
    return kExitUsage;
  }
  if (Status st = CheckSelectionFlags(&graph_flags); !st.ok()) {
    Fail(st);
    return kExitUsage;
  }
  const GraphOptions& graph = graph_flags.selection;

  auto store = OpenForReading(common.db);
  if (!store.ok()) return Fail(store.status());
  const Store& s = **store;
  if (said->parsed()) {
    said_options.limit = common.limit;  // read no more than is printed
    return Print(QuerySaid(s, said_options), common);
  }
  if (relations->parsed()) return Print(QueryRelations(s, relation_options), common);
  if (disputes->parsed()) return Print(QueryDisputes(s, dispute_dates), common);
  if (timeline->parsed()) return Print(QueryTimeline(s, timeline_options), common);
  if (neighbors->parsed()) return Print(QueryNeighbors(s, name, depth, graph), common);
  if (path->parsed()) return Print(QueryPath(s, from, to, graph), common);
  if (central->parsed()) {
    std::optional<size_t> chosen;
    if (pivots_option->count() > 0) chosen = pivots;
    return Print(QueryCentral(s, *ParseCentrality(measure), chosen, graph), common);
  }
  if (communities->parsed()) return Print(QueryCommunities(s, graph), common);
  if (components->parsed()) return Print(QueryComponents(s, graph), common);

  auto profile = QueryActor(s, name, latest);
  if (!profile.ok()) return Fail(profile.status());
  if (common.format == "json") {
    std::printf("%s\n", profile->dump(2, ' ', false,
                                      nlohmann::ordered_json::error_handler_t::replace).c_str());
  } else if (common.format == "csv") {
    PrintQueryResult(ActorProfileRows(*profile), "csv", 0, stdout);
  } else {
    PrintActorProfile(*profile, stdout);
  }
  return kExitOk;
}

}  // namespace actorgraph
