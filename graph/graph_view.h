// GraphView: a Boost.Graph adjacency_list over a Corpus, for analysis and
// export.
//
// Vertices are actors (dense integer ids inside, actor keys outside); there is
// one edge per (source, target, relation type), whose weight is the number of
// distinct claims behind it (a statement copied into five documents is one
// claim: store/claims.h), `statements` the number of statements and
// `documents` the number of distinct documents.
// A relation with no target adds no edge, except a denial with no named
// accuser ("Both deny any involvement"), which, with
// GraphFilter::denials_answer_accusers, becomes an edge from the denier to
// each actor that accused it in the same document. Either way the relation
// stays in the corpus as extracted.
#ifndef ACTORGRAPH_GRAPH_GRAPH_VIEW_H_
#define ACTORGRAPH_GRAPH_GRAPH_VIEW_H_

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/facts.h"

namespace actorgraph {

struct VertexProps {
  size_t actor = 0;  // index into GraphView::corpus.actors
};

struct EdgeProps {
  RelationType type = RelationType::kQuotes;
  uint32_t weight = 0;      // distinct claims behind the edge
  uint32_t statements = 0;  // statements behind the edge, copies included
  uint32_t documents = 0;   // distinct documents among them
  std::vector<size_t> relations;  // indices into GraphView::corpus.relations
};

using ActorGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                         VertexProps, EdgeProps>;
using Vertex = ActorGraph::vertex_descriptor;
using Edge = ActorGraph::edge_descriptor;

// Applied while the view is built.
struct GraphFilter {
  std::vector<RelationType> types;  // empty: every type
  uint32_t min_weight = 1;
  bool drop_isolated = true;        // actors with no edge left after filtering
  bool denials_answer_accusers = true;  // see above
};

struct GraphView {
  Corpus corpus;
  ActorGraph graph;
  std::unordered_map<std::string, Vertex> vertex_of;  // actor key -> vertex

  const Actor& actor(Vertex v) const { return corpus.actors[graph[v].actor]; }
};

// Builds the view over `corpus` (moved into the result). One vertex per actor
// that survives the filter, in corpus order; one edge per (source, target,
// type) whose weight reaches filter.min_weight. Relations with an empty
// target, or whose source or target is not in corpus.actors, add no edge.
// When two actors share a key, the first one is the vertex. Deterministic:
// the same corpus and filter give the same vertex and edge order.
GraphView BuildGraphView(Corpus corpus, const GraphFilter& filter);

// The same view from edges summed by document (DocumentEdges, as the store
// keeps them: Store::Edges) instead of relations: on the edges of a corpus's
// documents, the vertices, edges, weights, statement and document counts that
// BuildGraphView gives on the corpus with filter.denials_answer_accusers
// (which these edges always apply). The view's corpus holds only `actors`;
// each edge's `relations` is empty (Store::FirstRelationOf finds one).
GraphView BuildGraphViewFromEdges(std::vector<Actor> actors, const std::vector<EdgeCount>& edges,
                                  const GraphFilter& filter);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_GRAPH_VIEW_H_
