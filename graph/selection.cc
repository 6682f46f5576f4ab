#include "graph/selection.h"

#include <algorithm>
#include <numeric>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace actorgraph {

namespace {

// The subgraph of `view` induced by the vertices marked in `keep`, less the
// edges `drop` names and the vertices left without an edge. Vertices and
// edges keep their relative order, so the result is as deterministic as
// `view`.
template <typename DropEdge>
GraphView Restrict(GraphView view, const std::vector<bool>& keep, DropEdge drop) {
  const ActorGraph& g = view.graph;
  auto kept = [&](Edge e) {
    return keep[boost::source(e, g)] && keep[boost::target(e, g)] && !drop(g, e);
  };
  std::vector<bool> used(boost::num_vertices(g), false);
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    if (kept(e)) used[boost::source(e, g)] = used[boost::target(e, g)] = true;
  }

  GraphView out;
  std::vector<Vertex> moved(boost::num_vertices(g));
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (!used[v]) continue;
    moved[v] = boost::add_vertex(g[v], out.graph);
    out.vertex_of.emplace(view.actor(v).id, moved[v]);
  }
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    if (kept(e)) {
      boost::add_edge(moved[boost::source(e, g)], moved[boost::target(e, g)], g[e], out.graph);
    }
  }
  out.corpus = std::move(view.corpus);
  return out;
}

GraphView Restrict(GraphView view, const std::vector<bool>& keep) {
  return Restrict(std::move(view), keep, [](const ActorGraph&, Edge) { return false; });
}

// Steps 3 and 4 of the selection (graph/selection.h).
Result<GraphView> Narrow(GraphView view, const Selection& selection) {
  if (!selection.centres.empty()) {
    std::vector<bool> keep(boost::num_vertices(view.graph), false);
    for (const std::string& key : selection.centres) {
      auto it = view.vertex_of.find(key);
      if (it == view.vertex_of.end()) {
        return Status::NotFound("'" + key + "' has no relations in the selected graph");
      }
      keep[it->second] = true;
      for (const Reached& r : Neighbors(view, it->second, std::max(selection.depth, 0))) {
        keep[r.vertex] = true;
      }
    }
    view = Restrict(std::move(view), keep);
  }

  const size_t n = boost::num_vertices(view.graph);
  if (selection.top > 0 && selection.top < n) {
    std::vector<double> score = CentralityScores(view, selection.top_by);
    std::vector<Vertex> order(n);
    std::iota(order.begin(), order.end(), Vertex{0});
    // Ties go to the earlier vertex, so the cut is deterministic.
    std::stable_sort(order.begin(), order.end(),
                     [&](Vertex a, Vertex b) { return score[a] > score[b]; });
    std::vector<bool> keep(n, false);
    for (size_t i = 0; i < selection.top; ++i) keep[order[i]] = true;
    view = Restrict(std::move(view), keep);
  }
  return view;
}


}  // namespace

Result<GraphView> NarrowGraph(GraphView view, const Selection& selection) {
  return Narrow(std::move(view), selection);
}

GraphView WithoutRelationType(GraphView view, RelationType type) {
  std::vector<bool> keep(boost::num_vertices(view.graph), true);
  return Restrict(std::move(view), keep,
                  [type](const ActorGraph& g, Edge e) { return g[e].type == type; });
}

bool DateRange::Contains(const std::string& date) const {
  if (!any()) return true;
  if (date.empty()) return false;
  // On the common prefix: a period and a bound that overlap compare equal.
  auto compare = [&](const std::string& bound) {
    const size_t n = std::min(date.size(), bound.size());
    return date.compare(0, n, bound, 0, n);
  };
  if (!since.empty() && compare(since) < 0) return false;
  if (!until.empty() && compare(until) > 0) return false;
  return true;
}

Status CheckDate(const std::string& date) {
  static constexpr std::string_view kShape = "0000-00-00";
  bool ok = date.size() == 4 || date.size() == 7 || date.size() == 10;
  for (size_t i = 0; ok && i < date.size(); ++i) {
    ok = kShape[i] == '-' ? date[i] == '-' : (date[i] >= '0' && date[i] <= '9');
  }
  if (ok) return Status::Ok();
  return Status::InvalidArgument("bad date '" + date + "': use YYYY, YYYY-MM or YYYY-MM-DD");
}

Result<GraphView> SelectGraph(Corpus corpus, const Selection& selection) {
  if (selection.dates.any()) {
    std::unordered_map<std::string_view, std::string_view> date_of;
    for (const Document& d : corpus.documents) date_of.emplace(d.id, d.date);
    std::erase_if(corpus.relations, [&](const Relation& r) {
      auto it = date_of.find(r.document);
      return it == date_of.end() || !selection.dates.Contains(std::string(it->second));
    });
  }
  if (!selection.documents.empty()) {
    std::set<std::string, std::less<>> wanted(selection.documents.begin(),
                                              selection.documents.end());
    std::erase_if(corpus.relations,
                  [&](const Relation& r) { return wanted.count(r.document) == 0; });
  }
  GraphFilter filter;
  filter.types = selection.types;
  filter.min_weight = selection.min_weight;
  return Narrow(BuildGraphView(std::move(corpus), filter), selection);
}

Result<GraphView> SelectGraphFromEdges(std::vector<Actor> actors,
                                       const std::vector<EdgeCount>& edges,
                                       const Selection& selection) {
  if (!CanSelectFromEdges(selection)) {
    return Status::InvalidArgument("a selection by date or document needs the relations");
  }
  GraphFilter filter;
  filter.types = selection.types;
  filter.min_weight = selection.min_weight;
  return Narrow(BuildGraphViewFromEdges(std::move(actors), edges, filter), selection);
}


Corpus SelectedCorpus(const GraphView& view) {
  const ActorGraph& g = view.graph;
  const Corpus& c = view.corpus;

  std::vector<size_t> relations;
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    relations.insert(relations.end(), g[e].relations.begin(), g[e].relations.end());
  }
  std::sort(relations.begin(), relations.end());
  relations.erase(std::unique(relations.begin(), relations.end()), relations.end());

  Corpus out;
  std::unordered_set<std::string_view> documents;
  for (size_t i : relations) {
    out.relations.push_back(c.relations[i]);
    documents.insert(c.relations[i].document);
  }
  for (const Document& d : c.documents) {
    if (documents.count(d.id)) out.documents.push_back(d);
  }

  std::vector<size_t> actors;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) actors.push_back(g[v].actor);
  std::sort(actors.begin(), actors.end());
  std::unordered_set<std::string_view> speakers;
  for (size_t i : actors) {
    Actor a = c.actors[i];
    std::erase_if(a.mentions, [&](const Mention& m) { return !documents.count(m.document); });
    speakers.insert(c.actors[i].id);
    out.actors.push_back(std::move(a));
  }
  for (const Quote& q : c.quotes) {
    if (documents.count(q.document) && speakers.count(q.speaker)) out.quotes.push_back(q);
  }
  return out;
}

}  // namespace actorgraph
