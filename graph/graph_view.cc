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
};

// (source actor index, target actor index, type): ordered so edges are added
// in a deterministic order whatever the order of the relations.
using EdgeKey = std::tuple<size_t, size_t, RelationType>;

bool TypeSelected(const GraphFilter& filter, RelationType type) {
  return filter.types.empty() ||
         std::find(filter.types.begin(), filter.types.end(), type) != filter.types.end();
}

}  // namespace

GraphView BuildGraphView(Corpus corpus, const GraphFilter& filter) {
  GraphView view;
  view.corpus = std::move(corpus);
  const Corpus& c = view.corpus;

  // Actor key -> index of its first occurrence; later duplicates are ignored.
  std::unordered_map<std::string_view, size_t> actor_index;
  for (size_t i = 0; i < c.actors.size(); ++i) actor_index.emplace(c.actors[i].id, i);

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
  const uint32_t min_weight = std::max<uint32_t>(filter.min_weight, 1);
  std::erase_if(pending, [&](const auto& entry) {
    return entry.second.relations.size() < min_weight;
  });

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
    props.weight = static_cast<uint32_t>(acc.relations.size());
    props.documents = static_cast<uint32_t>(acc.documents.size());
    props.relations = std::move(acc.relations);
    boost::add_edge(vertex_at[std::get<0>(key)], vertex_at[std::get<1>(key)], std::move(props),
                    view.graph);
  }
  return view;
}

}  // namespace actorgraph
