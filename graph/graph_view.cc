#include "graph/graph_view.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <tuple>
#include <utility>

namespace actorgraph {

namespace {

// The statements behind one prospective edge, before min_weight is applied.
struct EdgeAccumulator {
  std::vector<size_t> relations;
  std::set<std::string_view> documents;  // views into the view's own corpus
  uint32_t weight = 0;         // distinct claims: from `relations`, or a stored edge
  uint32_t statements = 0;
  uint32_t document_count = 0;
};

// (source actor index, target actor index, type): ordered so edges are added
// in a deterministic order whatever the order of the relations.
using EdgeKey = std::tuple<size_t, size_t, RelationType>;

bool TypeSelected(const GraphFilter& filter, RelationType type) {
  return filter.types.empty() ||
         std::find(filter.types.begin(), filter.types.end(), type) != filter.types.end();
}

// Actor key -> index of its first occurrence; later duplicates are ignored.
std::unordered_map<std::string_view, size_t> IndexActors(const Corpus& c) {
  std::unordered_map<std::string_view, size_t> actor_index;
  for (size_t i = 0; i < c.actors.size(); ++i) actor_index.emplace(c.actors[i].id, i);
  return actor_index;
}

// Adds the vertices and edges of `pending` (weights and counts set) to
// `view`, whose corpus is in place.
void Assemble(GraphView& view, const std::unordered_map<std::string_view, size_t>& actor_index,
              std::map<EdgeKey, EdgeAccumulator> pending, const GraphFilter& filter) {
  const Corpus& c = view.corpus;
  const uint32_t min_weight = std::max<uint32_t>(filter.min_weight, 1);
  std::erase_if(pending, [&](const auto& entry) { return entry.second.weight < min_weight; });

  // Vertices in actor order, so vertex ids follow corpus order.
  std::vector<bool> keep(c.actors.size(), !filter.drop_isolated);
  for (const auto& [key, acc] : pending) {
    keep[std::get<0>(key)] = true;
    keep[std::get<1>(key)] = true;
  }
  std::vector<Vertex> vertex_at(c.actors.size());
  for (size_t i = 0; i < c.actors.size(); ++i) {
    if (!keep[i] || actor_index.at(c.actors[i].id) != i) continue;
    Vertex v = boost::add_vertex(VertexProps{i}, view.graph);
    vertex_at[i] = v;
    view.vertex_of.emplace(c.actors[i].id, v);
  }

  for (auto& [key, acc] : pending) {
    EdgeProps props;
    props.type = std::get<2>(key);
    props.weight = acc.weight;
    props.statements = acc.statements;
    props.documents = acc.document_count;
    props.relations = std::move(acc.relations);
    boost::add_edge(vertex_at[std::get<0>(key)], vertex_at[std::get<1>(key)], std::move(props),
                    view.graph);
  }
}

}  // namespace

GraphView BuildGraphView(Corpus corpus, const GraphFilter& filter) {
  GraphView view;
  view.corpus = std::move(corpus);
  const Corpus& c = view.corpus;

  const std::unordered_map<std::string_view, size_t> actor_index = IndexActors(c);

  // Who accused whom in which document, to answer untargeted denials.
  std::multimap<std::pair<std::string_view, std::string_view>, std::string_view> accusers;
  if (filter.denials_answer_accusers) {
    for (const Relation& r : c.relations) {
      if (r.type == RelationType::kAccuses && !r.target.empty()) {
        accusers.emplace(std::pair<std::string_view, std::string_view>(r.document, r.target),
                         r.source);
      }
    }
  }

  std::map<EdgeKey, EdgeAccumulator> pending;
  auto add = [&](size_t i, std::string_view source_key, std::string_view target_key) {
    const Relation& r = c.relations[i];
    auto source = actor_index.find(source_key);
    auto target = actor_index.find(target_key);
    if (source == actor_index.end() || target == actor_index.end()) return;
    EdgeAccumulator& acc = pending[EdgeKey{source->second, target->second, r.type}];
    if (acc.relations.empty() || acc.relations.back() != i) acc.relations.push_back(i);
    acc.documents.insert(r.document);
  };
  for (size_t i = 0; i < c.relations.size(); ++i) {
    const Relation& r = c.relations[i];
    if (!TypeSelected(filter, r.type)) continue;
    if (!r.target.empty()) {
      add(i, r.source, r.target);
    } else if (r.type == RelationType::kDenies) {
      // "Both deny any involvement": the denial answers whoever accused the
      // denier in the same document.
      std::set<std::string_view> answered;
      auto [b, e] = accusers.equal_range({r.document, r.source});
      for (auto it = b; it != e; ++it) {
        if (answered.insert(it->second).second && it->second != r.source) {
          add(i, r.source, it->second);
        }
      }
    }
  }
  for (auto& [key, acc] : pending) {
    std::vector<uint64_t> claims;
    for (size_t i : acc.relations) claims.push_back(c.relations[i].claim);
    acc.weight = CountClaims(std::move(claims));
    acc.statements = static_cast<uint32_t>(acc.relations.size());
    acc.document_count = static_cast<uint32_t>(acc.documents.size());
  }
  Assemble(view, actor_index, std::move(pending), filter);
  return view;
}

GraphView BuildGraphViewFromEdges(std::vector<Actor> actors, const std::vector<EdgeCount>& edges,
                                   const GraphFilter& filter) {
  GraphView view;
  view.corpus.actors = std::move(actors);
  const std::unordered_map<std::string_view, size_t> actor_index = IndexActors(view.corpus);
  std::map<EdgeKey, EdgeAccumulator> pending;
  for (const EdgeCount& e : edges) {
    if (!TypeSelected(filter, e.type)) continue;
    auto source = actor_index.find(e.source);
    auto target = actor_index.find(e.target);
    if (source == actor_index.end() || target == actor_index.end()) continue;
    EdgeAccumulator& acc = pending[EdgeKey{source->second, target->second, e.type}];
    acc.weight += e.claims;
    acc.statements += e.statements;
    acc.document_count += e.documents;
  }
  Assemble(view, actor_index, std::move(pending), filter);
  return view;
}

}  // namespace actorgraph
