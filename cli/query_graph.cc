// Graph queries over the Boost.Graph view of the store: actor profile,
// neighbors, path, central, communities.
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>

#include "cli/common.h"
#include "cli/terminal_text.h"
#include "cli/facts_json.h"
#include "cli/queries.h"
#include "graph/communities.h"

namespace actorgraph {

namespace {

using Json = nlohmann::ordered_json;

Result<Vertex> VertexOf(const GraphView& view, const Store& store, const std::string& name) {
  auto id = ResolveOne(store, name);
  if (!id.ok()) return id.status();
  auto it = view.vertex_of.find(*id);
  if (it == view.vertex_of.end()) {
    return Status::NotFound("'" + name + "' (" + *id +
                            ") has no relations in the selected graph");
  }
  return it->second;
}

Json ActorCell(const GraphView& view, Vertex v) {
  const Actor& a = view.actor(v);
  return Json{{"actor", a.id}, {"name", a.name}, {"type", ActorTypeName(a.type)}};
}

// The first statement behind an edge, as evidence.
Json EdgeEvidence(const GraphView& view, Edge e, Lookup& lookup) {
  const EdgeProps& p = view.graph[e];
  Json j = {{"type", RelationTypeName(p.type)},
            {"weight", p.weight},
            {"statements", p.statements},
            {"documents", p.documents}};
  // A view from the store's edges (LoadGraph) holds no relations, one from
  // relation keys only their keys: read the whole of the one shown.
  Result<std::optional<Relation>> r = std::optional<Relation>();
  if (!p.relations.empty()) {
    r = lookup.store().GetRelation(view.corpus.relations[p.relations.front()]);
  } else {
    r = lookup.store().FirstRelationOf(p.type, view.actor(boost::source(e, view.graph)).id,
                                       view.actor(boost::target(e, view.graph)).id);
  }
  if (r.ok() && r->has_value()) {
    j["cue"] = (*r)->cue;
    j["document"] = (*r)->document;
    j["evidence"] = lookup.Evidence((*r)->document, (*r)->span);
  }
  return j;
}

}  // namespace

Result<GraphView> LoadGraph(const Store& store, const GraphOptions& options) {
  if (CanSelectFromEdges(options)) {
    // The edges the writer keeps: one entry per (type, source, target),
    // however many statements are behind it.
    auto actors = store.Actors(std::nullopt);
    if (!actors.ok()) return actors.status();
    std::vector<EdgeCount> edges;
    const std::vector<std::optional<RelationType>> types =
        options.types.empty()
            ? std::vector<std::optional<RelationType>>{std::nullopt}
            : std::vector<std::optional<RelationType>>(options.types.begin(), options.types.end());
    for (const std::optional<RelationType>& type : types) {  // one key prefix each
      auto some = store.Edges(type);
      if (!some.ok()) return some.status();
      edges.insert(edges.end(), some->begin(), some->end());
    }
    return SelectGraphFromEdges(std::move(actors).value(), edges, options);
  }
  // By date or document: who, whom, which type and which document are in
  // the keys of the relations, so their values are not decoded.
  auto corpus = store.GraphCorpus(/*with_documents=*/options.dates.any(),
                                  /*relation_keys_only=*/true);
  if (!corpus.ok()) return corpus.status();
  return SelectGraph(std::move(corpus).value(), options);
}

Result<QueryResult> QueryNeighbors(const Store& store, const std::string& name, int depth,
                                   const GraphOptions& options) {
  auto view = LoadGraph(store, options);
  if (!view.ok()) return view.status();
  auto start = VertexOf(*view, store, name);
  if (!start.ok()) return start.status();
  const ActorGraph& g = view->graph;
  Lookup lookup(store);

  QueryResult result;
  result.none = "no neighbours";
  // "-> accuses x2, <- denies x1": the links to the start, in table and CSV
  // alike (JSON has each link's evidence).
  auto links = [](const Json& row) {
    std::string out;
    for (const Json& l : row["links"]) {
      if (!out.empty()) out += ", ";
      out += (l["direction"] == "out" ? "-> " : "<- ") + l["type"].get<std::string>() + " x" +
             l["weight"].dump();
    }
    return out;
  };
  result.columns = {{"DISTANCE", "distance"},
                    {"ACTOR", "name"},
                    {"ACTOR_ID", "actor", nullptr, false},
                    {"TYPE", "type"},
                    {"LINKS", "links", links, true, true, links}};
  for (const Reached& r : Neighbors(*view, *start, depth)) {
    Json row = ActorCell(*view, r.vertex);
    row["distance"] = r.distance;
    Json links = Json::array();
    if (r.distance == 1) {  // the edges that tie it to the start
      for (Edge e : boost::make_iterator_range(boost::out_edges(*start, g))) {
        if (boost::target(e, g) != r.vertex) continue;
        Json l = EdgeEvidence(*view, e, lookup);
        l["direction"] = "out";
        links.push_back(std::move(l));
      }
      for (Edge e : boost::make_iterator_range(boost::in_edges(*start, g))) {
        if (boost::source(e, g) != r.vertex) continue;
        Json l = EdgeEvidence(*view, e, lookup);
        l["direction"] = "in";
        links.push_back(std::move(l));
      }
    }
    row["links"] = std::move(links);
    result.rows.push_back(std::move(row));
  }
  return result;
}

Result<QueryResult> QueryPath(const Store& store, const std::string& from,
                              const std::string& to, const GraphOptions& options) {
  auto view = LoadGraph(store, options);
  if (!view.ok()) return view.status();
  auto a = VertexOf(*view, store, from);
  if (!a.ok()) return a.status();
  auto b = VertexOf(*view, store, to);
  if (!b.ok()) return b.status();
  auto path = ShortestPath(*view, *a, *b);
  if (!path) {
    return Status::NotFound("no chain of relations connects " + view->actor(*a).name +
                            " and " + view->actor(*b).name);
  }
  const ActorGraph& g = view->graph;
  Lookup lookup(store);
  QueryResult result;
  result.columns = {{"HOP", "hop"},
                    {"FROM", "from_name"},
                    {"FROM_ID", "from", nullptr, false},
                    {"RELATION", "type", [](const Json& row) {
                       std::string t = row["type"].get<std::string>();
                       return row["reversed"].get<bool>() ? "<- " + t + " -" : "- " + t + " ->";
                     }},
                    {"TO", "to_name"},
                    {"TO_ID", "to", nullptr, false},
                    {"REVERSED", "reversed", nullptr, false},
                    {"DOCUMENT", "document"},
                    {"EVIDENCE", "evidence"}};
  Vertex at = *a;
  for (size_t i = 0; i < path->size(); ++i) {
    const Hop& hop = (*path)[i];
    Vertex next = hop.reversed ? boost::source(hop.edge, g) : boost::target(hop.edge, g);
    Json row = EdgeEvidence(*view, hop.edge, lookup);
    row["hop"] = i + 1;
    row["from"] = view->actor(at).id;
    row["from_name"] = view->actor(at).name;
    row["to"] = view->actor(next).id;
    row["to_name"] = view->actor(next).name;
    row["reversed"] = hop.reversed;
    result.rows.push_back(std::move(row));
    at = next;
  }
  return result;
}

Result<QueryResult> QueryCentral(const Store& store, Centrality measure,
                                 std::optional<size_t> pivots, const GraphOptions& options) {
  auto view = LoadGraph(store, options);
  if (!view.ok()) return view.status();
  std::optional<BetweennessScores> betweenness;
  if (measure == Centrality::kBetweenness) betweenness = Betweenness(*view, pivots);
  const std::vector<double> scores =
      betweenness ? std::move(betweenness->scores) : CentralityScores(*view, measure);
  std::vector<Vertex> order(scores.size());
  for (Vertex v = 0; v < order.size(); ++v) order[v] = v;
  std::stable_sort(order.begin(), order.end(),
                   [&](Vertex x, Vertex y) { return scores[x] > scores[y]; });
  QueryResult result;
  result.none = "the selected graph is empty";
  result.columns = {{"RANK", "rank"},
                    {"ACTOR", "name"},
                    {"ACTOR_ID", "actor", nullptr, false},
                    {"TYPE", "type"},
                    {"SCORE", "score"}};
  if (betweenness) {  // CSV carries what the table's note says
    result.columns.push_back({"PIVOTS", "pivots", nullptr, false});
    result.columns.push_back({"EXACT", "exact", nullptr, false});
  }
  for (size_t i = 0; i < order.size(); ++i) {
    Json row = {{"rank", i + 1}};
    row.update(ActorCell(*view, order[i]));
    row["score"] = scores[order[i]];
    if (betweenness) {
      row["pivots"] = betweenness->pivots;
      row["exact"] = betweenness->exact;
    }
    result.rows.push_back(std::move(row));
  }
  if (betweenness && !betweenness->exact) {
    result.note = "betweenness estimated from " + std::to_string(betweenness->pivots) +
                  " of " + std::to_string(scores.size()) +
                  " actors (Brandes-Pich pivots; --pivots 0 for exact)";
  }
  return result;
}

Result<QueryResult> QueryComponents(const Store& store, const GraphOptions& options) {
  auto view = LoadGraph(store, options);
  if (!view.ok()) return view.status();
  std::vector<int> component = Components(*view);
  std::map<int, std::vector<Vertex>> members;
  for (Vertex v = 0; v < component.size(); ++v) members[component[v]].push_back(v);
  std::vector<std::pair<int, std::vector<Vertex>>> groups(members.begin(), members.end());
  std::stable_sort(groups.begin(), groups.end(), [](const auto& x, const auto& y) {
    return x.second.size() > y.second.size();
  });
  QueryResult result;
  result.none = "the selected graph is empty";
  result.columns = {{"COMPONENT", "component"},
                    {"SIZE", "size"},
                    {"MEMBERS", "member_names"},
                    {"MEMBER_IDS", "members", nullptr, false}};
  for (size_t i = 0; i < groups.size(); ++i) {
    Json ids = Json::array(), names = Json::array();
    for (Vertex v : groups[i].second) {
      ids.push_back(view->actor(v).id);
      names.push_back(view->actor(v).name);
    }
    result.rows.push_back({{"component", i + 1},
                           {"size", groups[i].second.size()},
                           {"members", std::move(ids)},
                           {"member_names", std::move(names)}});
  }
  return result;
}

Result<QueryResult> QueryCommunities(const Store& store, const GraphOptions& options) {
  auto view = LoadGraph(store, options);
  if (!view.ok()) return view.status();
  const CommunityPartition partition = DetectCommunities(*view);
  std::vector<std::vector<Vertex>> members(partition.contribution.size());
  for (Vertex v = 0; v < partition.community.size(); ++v) {
    members[partition.community[v]].push_back(v);
  }
  QueryResult result;
  result.none = "the selected graph is empty";
  result.columns = {{"COMMUNITY", "community"},
                    {"SIZE", "size"},
                    {"MODULARITY", "modularity"},
                    {"MEMBERS", "member_names"},
                    {"MEMBER_IDS", "members", nullptr, false}};
  char q[64];
  std::snprintf(q, sizeof q, "%.4f", partition.modularity);
  result.note = std::string("modularity Q = ") + q +
                " (Louvain, igraph; each row's MODULARITY is its share of Q)";
  for (size_t c = 0; c < members.size(); ++c) {
    Json ids = Json::array(), names = Json::array();
    for (Vertex v : members[c]) {
      ids.push_back(view->actor(v).id);
      names.push_back(view->actor(v).name);
    }
    result.rows.push_back({{"community", c + 1},
                           {"size", members[c].size()},
                           {"modularity", partition.contribution[c]},
                           {"graph_modularity", partition.modularity},
                           {"members", std::move(ids)},
                           {"member_names", std::move(names)}});
  }
  return result;
}

Result<Json> QueryActor(const Store& store, const std::string& name, size_t latest) {
  auto id = ResolveOne(store, name);
  if (!id.ok()) return id.status();
  auto actor = store.GetActor(*id);
  if (!actor.ok()) return actor.status();
  if (!actor->has_value()) return Status::NotFound("no actor " + *id);
  const Actor& a = **actor;
  auto relations = store.Relations();
  if (!relations.ok()) return relations.status();
  auto quotes = store.Quotes(*id);
  if (!quotes.ok()) return quotes.status();
  Lookup lookup(store);

  Json profile = {{"id", a.id}, {"name", a.name}, {"type", ActorTypeName(a.type)}};
  Json aliases = Json::array();
  for (const std::string& alias : a.aliases) {
    if (alias != a.name) aliases.push_back(alias);
  }
  profile["aliases"] = std::move(aliases);

  Json affiliations = Json::array(), members = Json::array();
  std::map<std::string, int> counts;
  std::map<std::string, uint32_t> counterpart_weight;
  std::set<std::pair<std::string, std::string>> seen_affiliations;
  for (const Relation& r : *relations) {
    const bool out = r.source == a.id;
    const bool in = r.target == a.id;
    if (!out && !in) continue;
    std::string type(RelationTypeName(r.type));
    counts[out ? type : type + "_received"]++;
    const std::string& other = out ? r.target : r.source;
    if (!other.empty() && other != a.id) counterpart_weight[other]++;
    if (r.type != RelationType::kAffiliatedWith) continue;
    if (!seen_affiliations.insert({out ? "out" : "in", other + "\n" + r.role}).second) continue;
    Json j = {{"actor", other},         {"name", lookup.Name(other)}, {"role", r.role},
              {"former", r.former},     {"document", r.document},
              {"evidence", lookup.Evidence(r.document, r.span)}};
    (out ? affiliations : members).push_back(std::move(j));
  }
  profile["affiliations"] = std::move(affiliations);
  profile["affiliated"] = std::move(members);
  Json count_json = {{"statements", quotes->size()}};
  for (RelationType t : kAllRelationTypes) {
    std::string type(RelationTypeName(t));
    count_json[type] = counts[type];
    count_json[type + "_received"] = counts[type + "_received"];
  }
  profile["counts"] = std::move(count_json);

  std::vector<std::pair<std::string, uint32_t>> ranked(counterpart_weight.begin(),
                                                       counterpart_weight.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& x, const auto& y) { return x.second > y.second; });
  Json counterparts = Json::array();
  for (size_t i = 0; i < ranked.size() && i < 5; ++i) {
    counterparts.push_back({{"actor", ranked[i].first},
                            {"name", lookup.Name(ranked[i].first)},
                            {"relations", ranked[i].second}});
  }
  profile["counterparts"] = std::move(counterparts);

  std::vector<Quote>& qs = *quotes;
  std::stable_sort(qs.begin(), qs.end(), [&](const Quote& x, const Quote& y) {
    return lookup.Doc(x.document).date > lookup.Doc(y.document).date;
  });
  Json statements = Json::array();
  for (size_t i = 0; i < qs.size() && i < latest; ++i) {
    Json j = QuoteToJson(qs[i]);
    j["document"] = qs[i].document;
    const std::string& date = lookup.Doc(qs[i].document).date;
    j["date"] = date.empty() ? Json(nullptr) : Json(date);
    statements.push_back(std::move(j));
  }
  profile["latest"] = std::move(statements);
  return profile;
}

QueryResult ActorProfileRows(const Json& p) {
  QueryResult result;
  result.columns = {{"SECTION", "section"}, {"ID", "id"},         {"NAME", "name"},
                    {"VALUE", "value"},     {"FORMER", "former"}, {"DATE", "date"},
                    {"DOCUMENT", "document"}, {"TEXT", "text"}};
  auto row = [&](const char* section, const Json& id, const Json& name, const Json& value) {
    result.rows.push_back(
        {{"section", section}, {"id", id}, {"name", name}, {"value", value}});
    return &result.rows.back();
  };
  row("actor", p["id"], p["name"], p["type"]);
  for (const Json& alias : p["aliases"]) row("alias", nullptr, alias, nullptr);
  for (const char* section : {"affiliations", "affiliated"}) {
    for (const Json& j : p[section]) {
      Json* r = row(section == std::string("affiliations") ? "affiliation" : "affiliated",
                    j["actor"], j["name"], j["role"]);
      (*r)["former"] = j["former"];
      (*r)["document"] = j["document"];
      (*r)["text"] = j["evidence"];
    }
  }
  for (const auto& [key, value] : p["counts"].items()) row("count", nullptr, key, value);
  for (const Json& j : p["counterparts"]) row("counterpart", j["actor"], j["name"], j["relations"]);
  for (const Json& j : p["latest"]) {
    Json* r = row("statement", j["speaker"], p["name"],
                  j["direct"].get<bool>() ? "direct" : "reported");
    (*r)["date"] = j["date"];
    (*r)["document"] = j["document"];
    (*r)["text"] = j["text"];
  }
  return result;
}

void PrintActorProfile(const Json& p, std::FILE* out) {
  auto str = [](const Json& j) { return j.is_string() ? j.get<std::string>() : j.dump(); };
  // Tables show their cells safely; the two lines above them are shown here.
  std::fprintf(out, "%s\n",
               SafeForTerminal(str(p["name"]) + "  (" + str(p["type"]) + ", " + str(p["id"]) + ")")
                   .c_str());
  if (!p["aliases"].empty()) {
    std::string aliases;
    for (const Json& a : p["aliases"]) aliases += (aliases.empty() ? "" : ", ") + str(a);
    std::fprintf(out, "aliases: %s\n", SafeForTerminal(aliases).c_str());
  }
  auto print_affiliations = [&](const char* title, const Json& list) {
    if (list.empty()) return;
    std::fprintf(out, "\n%s\n", title);
    Table table({"ACTOR", "ROLE", "WHEN", "DOCUMENT"});
    for (const Json& j : list) {
      table.Add({str(j["name"]), str(j["role"]), j["former"].get<bool>() ? "former" : "current",
                 str(j["document"])});
    }
    table.Print(out);
  };
  print_affiliations("affiliations", p["affiliations"]);
  print_affiliations("affiliated to it", p["affiliated"]);

  std::fprintf(out, "\ncounts\n");
  for (auto& [key, value] : p["counts"].items()) {
    if (value.get<int>() > 0) std::fprintf(out, "  %-24s %d\n", key.c_str(), value.get<int>());
  }
  if (!p["counterparts"].empty()) {
    std::fprintf(out, "\nstrongest counterparts\n");
    Table table({"ACTOR", "RELATIONS"});
    for (const Json& j : p["counterparts"]) table.Add({str(j["name"]), str(j["relations"])});
    table.Print(out);
  }
  if (!p["latest"].empty()) {
    std::fprintf(out, "\nlatest statements\n");
    Table table({"DATE", "DOCUMENT", "STATEMENT"});
    for (const Json& j : p["latest"]) {
      std::string text = OneLine(str(j["text"]));
      text = j["direct"].get<bool>() ? "\u201c" + text + "\u201d" : "(reported) " + text;
      table.Add({j["date"].is_null() ? "-" : str(j["date"]), str(j["document"]), text});
    }
    table.Print(out);
  }
}

}  // namespace actorgraph
