#include "serve/api.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "cli/queries.h"
#include "cli/store_table.h"
#include "export/graph_table.h"
#include "graph/communities.h"
#include "store/keys.h"

namespace actorgraph {

namespace {

// The one value of `name`, or `fallback` when absent; InvalidArgument when
// it repeats.
Result<std::string> One(const ApiParams& params, const std::string& name,
                        const std::string& fallback = "") {
  auto [lo, hi] = params.equal_range(name);
  if (lo == hi) return fallback;
  if (std::next(lo) != hi) return Status::InvalidArgument("'" + name + "' is given twice");
  return lo->second;
}

std::vector<std::string> All(const ApiParams& params, const std::string& name) {
  std::vector<std::string> values;
  auto [lo, hi] = params.equal_range(name);
  for (auto it = lo; it != hi; ++it) values.push_back(it->second);
  return values;
}

// A whole number in [lo, hi] (the parameter's `fallback` when absent).
Result<size_t> Number(const ApiParams& params, const std::string& name, size_t fallback,
                      size_t lo, size_t hi) {
  auto text = One(params, name);
  if (!text.ok()) return text.status();
  if (text->empty()) return fallback;
  size_t n = 0;
  auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), n);
  if (ec != std::errc() || end != text->data() + text->size() || n < lo || n > hi) {
    return Status::InvalidArgument("'" + name + "' must be a whole number from " +
                                   std::to_string(lo) + " to " + std::to_string(hi) +
                                   ", not '" + *text + "'");
  }
  return n;
}

Result<DateRange> Dates(const ApiParams& params) {
  DateRange dates;
  auto since = One(params, "since");
  if (!since.ok()) return since.status();
  auto until = One(params, "until");
  if (!until.ok()) return until.status();
  dates.since = *since;
  dates.until = *until;
  for (const std::string* d : {&dates.since, &dates.until}) {
    if (d->empty()) continue;
    if (Status s = CheckDate(*d); !s.ok()) return s;
  }
  return dates;
}

// `types=accuses,denies` (or the parameter repeated).
Result<std::vector<RelationType>> Types(const ApiParams& params) {
  std::vector<RelationType> types;
  for (const std::string& value : All(params, "types")) {
    size_t from = 0;
    while (from <= value.size()) {
      size_t comma = value.find(',', from);
      if (comma == std::string::npos) comma = value.size();
      const std::string name = value.substr(from, comma - from);
      from = comma + 1;
      if (name.empty()) continue;
      std::optional<RelationType> t = ParseRelationType(name);
      if (!t) {
        return Status::InvalidArgument("unknown relation type '" + name +
                                       "': accuses, criticizes, denies, quotes, affiliated_with");
      }
      if (std::find(types.begin(), types.end(), *t) == types.end()) types.push_back(*t);
    }
  }
  return types;
}

// The actor named by parameter `name` (an id, a name or an alias).
Result<std::string> ActorParam(const Store& store, const ApiParams& params,
                               const std::string& name, bool required) {
  auto value = One(params, name);
  if (!value.ok()) return value.status();
  if (value->empty()) {
    if (required) return Status::InvalidArgument("'" + name + "' is required");
    return std::string();
  }
  auto actor = store.GetActor(*value);  // an id, the usual case for the page
  if (!actor.ok()) return actor.status();
  if (actor->has_value()) return *value;
  return ResolveOne(store, *value);
}

// Where the sentence holding [start, end) of `text` begins and ends: the
// nearest sentence end (". ", "! ", "? ", a line break) before and after
// it, at most kReach bytes away, cut at a space.
constexpr size_t kReach = 240;

bool SentenceEndsBefore(std::string_view text, size_t i) {  // text[i] starts a sentence
  if (i == 0) return true;
  if (text[i - 1] == '\n') return true;
  return i >= 2 && text[i - 1] == ' ' &&
         (text[i - 2] == '.' || text[i - 2] == '!' || text[i - 2] == '?');
}

std::pair<size_t, size_t> SentenceAround(std::string_view text, size_t start, size_t end) {
  size_t from = start;
  while (from > 0 && start - from < kReach && !SentenceEndsBefore(text, from)) --from;
  if (!SentenceEndsBefore(text, from)) {  // too far: start at a word
    while (from < start && text[from] != ' ') ++from;
  }
  size_t to = end;
  while (to < text.size() && to - end < kReach && !SentenceEndsBefore(text, to)) ++to;
  if (to < text.size() && !SentenceEndsBefore(text, to)) {
    while (to > end && text[to - 1] != ' ') --to;
  }
  while (to > end && (text[to - 1] == ' ' || text[to - 1] == '\n')) --to;
  return {from, to};
}

// `s` cleaned (CleanText) on one line, its spaces kept: before, match and
// after are shown joined, so the spaces at their ends matter (cli's OneLine
// trims them).
std::string CleanLine(std::string_view s) {
  std::string out = CleanText(s);
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

// The highlight of one relation in its document: for a quotes edge the
// quote itself, for the others the cue as written in the sentence (its first
// occurrence, case-insensitively), else the whole sentence.
std::pair<size_t, size_t> Highlight(const Relation& r, const DocumentFacts* facts,
                                    std::string_view text) {
  const size_t start = std::min<size_t>(r.span.start, text.size());
  const size_t end = std::clamp<size_t>(r.span.end, start, text.size());
  if (r.type == RelationType::kQuotes && facts != nullptr) {
    for (const Quote& q : facts->quotes) {
      if (q.speaker != r.source || q.span.end <= start || q.span.start >= end) continue;
      if (std::find(q.about.begin(), q.about.end(), r.target) == q.about.end()) continue;
      if (q.span.end <= text.size()) return {q.span.start, q.span.end};
    }
  }
  if (!r.cue.empty()) {
    std::string_view sentence = text.substr(start, end - start);
    auto it = std::search(sentence.begin(), sentence.end(), r.cue.begin(), r.cue.end(),
                          [](char a, char b) {
                            return std::tolower(static_cast<unsigned char>(a)) ==
                                   std::tolower(static_cast<unsigned char>(b));
                          });
    if (it != sentence.end()) {
      const size_t at = start + static_cast<size_t>(it - sentence.begin());
      return {at, at + r.cue.size()};
    }
  }
  return {start, end};
}

}  // namespace

Result<std::shared_ptr<const Api::GraphCache>> Api::Graphs() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (cache_ != nullptr) return cache_;
  auto cache = std::make_shared<GraphCache>();
  auto actors = store_.Actors(std::nullopt);
  if (!actors.ok()) return actors.status();
  auto edges = store_.Edges();
  if (!edges.ok()) return edges.status();
  cache->actors = std::move(actors).value();
  cache->edges = std::move(edges).value();
  for (size_t i = 0; i < cache->actors.size(); ++i) {
    cache->actor_index.emplace(cache->actors[i].id, i);
  }
  for (size_t i = 0; i < cache->edges.size(); ++i) {
    const EdgeCount& e = cache->edges[i];
    cache->activity[e.source] += e.statements;
    if (e.target.empty()) continue;
    cache->activity[e.target] += e.statements;
    auto source = cache->actor_index.find(e.source);
    auto target = cache->actor_index.find(e.target);
    if (source == cache->actor_index.end() || target == cache->actor_index.end()) continue;
    cache->edges_of[source->first].push_back(i);
    if (e.target != e.source) cache->edges_of[target->first].push_back(i);
  }
  cache_ = cache;
  return std::shared_ptr<const GraphCache>(cache);
}

void Api::Refresh() {
  std::lock_guard<std::mutex> lock(mutex_);
  cache_.reset();
  whole_graphs_.clear();
  info_.reset();
}

std::pair<std::vector<actorgraph::Actor>, std::vector<EdgeCount>> Api::Around(
    const GraphCache& cache, const Selection& selection) {
  auto kept = [&](const EdgeCount& e) {
    return e.claims >= selection.min_weight &&
           (selection.types.empty() || std::find(selection.types.begin(), selection.types.end(),
                                                 e.type) != selection.types.end());
  };
  std::set<size_t> reached;  // actor indices
  std::vector<std::string_view> frontier;
  for (const std::string& id : selection.centres) {
    auto it = cache.actor_index.find(id);
    if (it != cache.actor_index.end() && reached.insert(it->second).second) {
      frontier.push_back(it->first);
    }
  }
  for (int d = 0; d < selection.depth && !frontier.empty(); ++d) {
    std::vector<std::string_view> next;
    for (std::string_view id : frontier) {
      auto incident = cache.edges_of.find(id);
      if (incident == cache.edges_of.end()) continue;
      for (size_t i : incident->second) {
        const EdgeCount& e = cache.edges[i];
        if (!kept(e)) continue;
        auto other = cache.actor_index.find(e.source == id ? e.target : e.source);
        if (reached.insert(other->second).second) next.push_back(other->first);
      }
    }
    frontier = std::move(next);
  }
  std::set<size_t> edges;
  for (size_t a : reached) {
    auto incident = cache.edges_of.find(cache.actors[a].id);
    if (incident == cache.edges_of.end()) continue;
    for (size_t i : incident->second) {
      const EdgeCount& e = cache.edges[i];
      if (kept(e) && reached.count(cache.actor_index.at(e.source)) &&
          reached.count(cache.actor_index.at(e.target))) {
        edges.insert(i);
      }
    }
  }
  std::pair<std::vector<actorgraph::Actor>, std::vector<EdgeCount>> part;
  for (size_t a : reached) part.first.push_back(cache.actors[a]);
  for (size_t i : edges) part.second.push_back(cache.edges[i]);
  return part;
}

Result<Json> Api::Info(const std::string& path) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (info_) return *info_;
  }
  auto stats = store_.Stats();  // a scan of the store: once per view
  if (!stats.ok()) return stats.status();
  uint64_t relations = 0;
  for (const auto& [type, n] : stats->relations_by_type) relations += n;
  Json j;
  j["store"] = path;
  j["documents"] = stats->documents;
  j["actors"] = stats->actors;
  j["statements"] = stats->quotes;
  j["relations"] = relations;
  std::lock_guard<std::mutex> lock(mutex_);
  info_ = j;
  return j;
}

Result<Json> Api::Search(const ApiParams& params) {
  auto q = One(params, "q");
  if (!q.ok()) return q.status();
  auto limit = Number(params, "limit", 20, 1, kMaxSearch);
  if (!limit.ok()) return limit.status();
  auto graphs = Graphs();
  if (!graphs.ok()) return graphs.status();

  // Trim and fold the query as the store folds names (ASCII).
  std::string query = *q;
  while (!query.empty() && query.back() == ' ') query.pop_back();
  while (!query.empty() && query.front() == ' ') query.erase(0, 1);
  const std::string lower = keys::ToLowerAscii(query);

  // Rank: 0 the whole name or alias, 1 a name's start, 2 an alias's start,
  // 3 a word's start; then activity, then id.
  struct Hit {
    int rank = 4;
    std::string actor;
  };
  std::map<std::string, int> best;  // actor -> rank
  if (!lower.empty()) {
    auto matches = store_.ActorsByPrefix(lower, 500);
    if (!matches.ok()) return matches.status();
    for (const Store::NameMatch& m : *matches) {
      int rank = 3;
      if (m.kind == Store::NameMatch::kAlias) rank = m.form == lower ? 0 : 2;
      auto [it, fresh] = best.emplace(m.actor, rank);
      if (!fresh) it->second = std::min(it->second, rank);
    }
  }
  std::vector<std::pair<Hit, actorgraph::Actor>> hits;
  for (const auto& [id, rank] : best) {
    auto a = store_.GetActor(id);
    if (!a.ok()) return a.status();
    if (!a->has_value()) continue;
    Hit h{rank, id};
    const std::string name = keys::ToLowerAscii((*a)->name);
    if (rank == 2 && name.rfind(lower, 0) == 0) h.rank = 1;  // the name, not only an alias
    hits.emplace_back(std::move(h), std::move(a)->value());
  }
  const auto& activity = (*graphs)->activity;
  auto active = [&](const std::string& id) {
    auto it = activity.find(id);
    return it == activity.end() ? uint64_t{0} : it->second;
  };
  std::sort(hits.begin(), hits.end(), [&](const auto& x, const auto& y) {
    if (x.first.rank != y.first.rank) return x.first.rank < y.first.rank;
    const uint64_t ax = active(x.first.actor), ay = active(y.first.actor);
    if (ax != ay) return ax > ay;
    return x.first.actor < y.first.actor;
  });
  if (hits.size() > *limit) hits.resize(*limit);

  static constexpr const char* kMatch[] = {"name", "name", "alias", "word"};
  Json j;
  j["query"] = query;
  j["actors"] = Json::array();
  for (const auto& [hit, actor] : hits) {
    Json a;
    a["id"] = actor.id;
    a["name"] = CleanText(actor.name);
    a["type"] = std::string(ActorTypeName(actor.type));
    a["aliases"] = Json::array();
    for (const std::string& alias : actor.aliases) a["aliases"].push_back(CleanText(alias));
    a["statements"] = active(actor.id);
    a["match"] = kMatch[std::clamp(hit.rank, 0, 3)];
    j["actors"].push_back(std::move(a));
  }
  return j;
}

namespace {

Json NodeJson(const NodeRow& n) {
  Json node;
  node["id"] = n.key;
  node["name"] = n.label;
  node["type"] = std::string(ActorTypeName(n.type));
  node["mentions"] = n.mentions;
  node["documents"] = n.documents;
  node["aliases"] = n.aliases;
  node["community"] = n.community;
  return node;
}

Json EdgeJson(RelationType type, const std::string& source, const std::string& target,
              uint32_t weight, uint32_t statements, uint32_t documents) {
  Json edge;
  edge["id"] = std::string(RelationTypeName(type)) + "|" + source + "|" + target;
  edge["source"] = source;
  edge["target"] = target;
  edge["type"] = std::string(RelationTypeName(type));
  edge["weight"] = weight;
  edge["statements"] = statements;
  edge["documents"] = documents;
  return edge;
}

}  // namespace

Result<Json> GraphJson(const Store& store, const GraphView& view, bool details) {
  Json j;
  j["nodes"] = Json::array();
  j["edges"] = Json::array();
  if (details) {
    auto table = TabulateStore(store, view);
    if (!table.ok()) return table.status();
    for (const NodeRow& n : table->nodes) j["nodes"].push_back(NodeJson(n));
    for (const EdgeRow& e : table->edges) {
      Json edge = EdgeJson(e.type, table->nodes[e.source].key, table->nodes[e.target].key,
                           e.weight, e.statements, e.documents);
      edge["cues"] = e.cues;
      edge["cameo"] = e.cameo;
      edge["plover"] = e.plover;
      edge["evidence"] = CleanLine(e.evidence);
      edge["start"] = e.start ? Json(*e.start) : Json(nullptr);
      j["edges"].push_back(std::move(edge));
    }
    return j;
  }
  const ActorGraph& g = view.graph;
  const CommunityPartition communities = DetectCommunities(view);
  std::unordered_set<std::string> used;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const actorgraph::Actor& a = view.actor(v);
    auto counts = store.MentionCounts(a.id);
    if (!counts.ok()) return counts.status();
    NodeRow n = MakeNodeRow(a, v, static_cast<uint32_t>(counts->first),
                            static_cast<uint32_t>(counts->second), used);
    n.community = communities.community[v];
    j["nodes"].push_back(NodeJson(n));
  }
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& p = g[e];
    j["edges"].push_back(EdgeJson(p.type, CleanText(view.actor(boost::source(e, g)).id),
                                  CleanText(view.actor(boost::target(e, g)).id), p.weight,
                                  p.statements, p.documents));
  }
  return j;
}

Result<Json> Api::Graph(const ApiParams& params) {
  Selection selection;
  auto types = Types(params);
  if (!types.ok()) return types.status();
  selection.types = std::move(types).value();
  auto dates = Dates(params);
  if (!dates.ok()) return dates.status();
  selection.dates = *dates;
  for (const std::string& name : All(params, "actor")) {
    ApiParams one{{"actor", name}};
    auto id = ActorParam(store_, one, "actor", true);
    if (!id.ok()) return id.status();
    selection.centres.push_back(*id);
  }
  auto depth = Number(params, "depth", 1, 1, 3);
  if (!depth.ok()) return depth.status();
  selection.depth = static_cast<int>(*depth);
  auto min_weight = Number(params, "min_weight", 1, 1, 1000000);
  if (!min_weight.ok()) return min_weight.status();
  selection.min_weight = static_cast<uint32_t>(*min_weight);
  auto top = Number(params, "top", kDefaultTop, 1, kMaxTop);
  if (!top.ok()) return top.status();

  // A whole-graph answer asked before is kept (the page's first view).
  std::string key;
  if (selection.centres.empty() && !selection.dates.any()) {
    for (const auto& [name, value] : params) key += name + "=" + value + "&";
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = whole_graphs_.find(key);
    if (it != whole_graphs_.end()) return it->second;
  }

  // The selection without its cap first, to say how much the cap left out.
  Result<GraphView> view = Status::Ok();
  if (CanSelectFromEdges(selection)) {
    auto graphs = Graphs();
    if (!graphs.ok()) return graphs.status();
    if (selection.centres.empty()) {
      view = SelectGraphFromEdges((*graphs)->actors, (*graphs)->edges, selection);
    } else {
      auto [actors, edges] = Around(**graphs, selection);
      view = SelectGraphFromEdges(std::move(actors), edges, selection);
    }
  } else {
    view = LoadGraph(store_, selection);
  }
  if (!view.ok()) return view.status();
  const size_t total = boost::num_vertices(view->graph);
  if (total > *top) {
    Selection cap;
    cap.top = *top;
    cap.top_by = Centrality::kDegree;
    view = NarrowGraph(std::move(view).value(), cap);
    if (!view.ok()) return view.status();
  }
  auto j = GraphJson(store_, *view, /*details=*/false);
  if (!j.ok()) return j;
  (*j)["total_nodes"] = total;
  (*j)["capped"] = total > *top;
  (*j)["top"] = *top;
  if (!key.empty()) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (whole_graphs_.size() >= 16) whole_graphs_.clear();
    whole_graphs_.emplace(key, *j);
  }
  return j;
}

Result<Json> Api::Actor(const ApiParams& params) {
  auto id = ActorParam(store_, params, "id", true);
  if (!id.ok()) return id.status();
  auto latest = Number(params, "latest", 5, 0, 100);
  if (!latest.ok()) return latest.status();
  return QueryActor(store_, *id, *latest);
}

Result<Json> EdgeEvidence(const Store& store, RelationType type, const std::string& source,
                          const std::string& target, const DateRange& dates, size_t limit) {
  Lookup lookup(store);
  // Statements grouped by claim: the first copy shown, the others counted.
  struct Group {
    Json row;
    std::vector<std::string> documents;
  };
  std::vector<Group> groups;
  std::map<uint64_t, size_t> group_of;  // claim -> index
  size_t total = 0;
  std::map<std::string, std::optional<DocumentFacts>> facts;  // quotes edges only
  Status s = store.ForEachRelationOf(type, source, target, [&](Relation r) -> Status {
    const Document& doc = lookup.Doc(r.document);
    if (!dates.Contains(doc.date)) return Status::Ok();
    ++total;
    if (r.claim != 0) {
      auto it = group_of.find(r.claim);
      if (it != group_of.end()) {
        std::vector<std::string>& d = groups[it->second].documents;
        if (std::find(d.begin(), d.end(), r.document) == d.end()) d.push_back(r.document);
        return Status::Ok();
      }
    }
    if (groups.size() >= limit) return Status::Ok();
    const DocumentFacts* f = nullptr;
    if (type == RelationType::kQuotes) {
      auto it = facts.find(r.document);
      if (it == facts.end()) {
        auto got = store.GetFacts(r.document);
        if (!got.ok()) return got.status();
        it = facts.emplace(r.document, std::move(got).value()).first;
      }
      if (it->second) f = &*it->second;
    }
    const std::string_view text = doc.text;
    auto [hs, he] = Highlight(r, f, text);
    auto [from, to] = SentenceAround(text, std::min<size_t>(r.span.start, hs),
                                     std::max<size_t>(r.span.end, he));
    from = std::min(from, hs);
    to = std::max(to, he);
    Json row;
    row["document"] = r.document;
    row["title"] = CleanText(doc.title);
    row["date"] = doc.date;
    row["url"] = CleanText(doc.url);
    row["cue"] = CleanText(r.cue);
    row["cameo"] = r.cameo;
    row["start"] = r.span.start;
    row["end"] = r.span.end;
    row["before"] = CleanLine(text.substr(from, hs - from));
    row["match"] = CleanLine(text.substr(hs, he - hs));
    row["after"] = CleanLine(text.substr(he, to - he));
    if (r.claim != 0) group_of.emplace(r.claim, groups.size());
    groups.push_back({std::move(row), {r.document}});
    return Status::Ok();
  });
  if (!s.ok()) return s;

  Json j;
  j["type"] = std::string(RelationTypeName(type));
  j["source"] = source;
  j["target"] = target;
  j["source_name"] = CleanText(lookup.Name(source));
  j["target_name"] = target.empty() ? std::string() : CleanText(lookup.Name(target));
  j["total"] = total;
  j["statements"] = Json::array();
  for (Group& g : groups) {
    g.row["sources"] = g.documents.size();
    g.row["source_documents"] = g.documents;
    j["statements"].push_back(std::move(g.row));
  }
  return j;
}

Result<Json> Api::Evidence(const ApiParams& params) {
  auto type_name = One(params, "type");
  if (!type_name.ok()) return type_name.status();
  std::optional<RelationType> type = ParseRelationType(*type_name);
  if (!type) return Status::InvalidArgument("'type' must be a relation type, not '" +
                                            *type_name + "'");
  auto source = ActorParam(store_, params, "source", true);
  if (!source.ok()) return source.status();
  auto target = ActorParam(store_, params, "target", false);
  if (!target.ok()) return target.status();
  auto dates = Dates(params);
  if (!dates.ok()) return dates.status();
  auto limit = Number(params, "limit", 100, 1, kMaxStatements);
  if (!limit.ok()) return limit.status();
  return EdgeEvidence(store_, *type, *source, *target, *dates, *limit);
}

Result<Json> Api::Timeline(const ApiParams& params) {
  TimelineOptions options;
  auto actor = ActorParam(store_, params, "actor", true);
  if (!actor.ok()) return actor.status();
  auto other = ActorParam(store_, params, "other", false);
  if (!other.ok()) return other.status();
  auto by = One(params, "by", "month");
  if (!by.ok()) return by.status();
  auto dates = Dates(params);
  if (!dates.ok()) return dates.status();
  options.actor = *actor;
  options.other = *other;
  options.by = *by;
  options.dates = *dates;
  auto result = QueryTimeline(store_, options);
  if (!result.ok()) return result.status();
  return result->rows;
}

Result<Json> Api::Disputes(const ApiParams& params) {
  auto dates = Dates(params);
  if (!dates.ok()) return dates.status();
  auto result = QueryDisputes(store_, *dates);
  if (!result.ok()) return result.status();
  return result->rows;
}

}  // namespace actorgraph
