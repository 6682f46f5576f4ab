// Selection: which part of the graph an export, a picture or a graph query
// looks at. Computed once, on the graph view, and handed to every writer, so
// `export --format gexf` and `render` with the same flags show the same
// actors and edges.
//
// The steps, in order:
//   1. relations outside the date range or the listed documents are dropped;
//   2. the view is built with the relation types and minimum weight
//      (graph/graph_view.h);
//   3. with centres, only actors within `depth` hops of one of them stay
//      (their ego networks, edge direction ignored);
//   4. with top, only the `top` most central actors of what is left stay,
//      ranked by `top_by` on that graph.
// Actors left with no edge are dropped at every step.
#ifndef ACTORGRAPH_GRAPH_SELECTION_H_
#define ACTORGRAPH_GRAPH_SELECTION_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "graph/analytics.h"
#include "graph/graph_view.h"
#include "model/facts.h"
#include "model/status.h"

namespace actorgraph {

// Inclusive bounds on a document's date (normalised: model/dates.h),
// compared on their common prefix: --since 2013-03 keeps 2013-03-01 and
// later; --until 2013-03 keeps everything up to the end of March 2013; a
// document dated only "2013" is in both, since its year overlaps them. A
// document with no date is kept only when no bound is set.
struct DateRange {
  std::string since;
  std::string until;
  bool any() const { return !since.empty() || !until.empty(); }
  bool Contains(const std::string& date) const;
};

// Checks one bound: YYYY, YYYY-MM or YYYY-MM-DD.
Status CheckDate(const std::string& date);

struct Selection {
  std::vector<RelationType> types;     // empty: every type
  DateRange dates;                     // needs the corpus' documents
  std::vector<std::string> documents;  // empty: all; else only these documents' relations
  uint32_t min_weight = 1;
  std::vector<std::string> centres;    // actor keys; empty: no ego restriction
  int depth = 1;
  size_t top = 0;                      // 0: no limit
  Centrality top_by = Centrality::kDegree;

  // True when the selection keeps less than the whole graph.
  bool narrows() const {
    return !types.empty() || dates.any() || !documents.empty() || min_weight > 1 ||
           !centres.empty() || top > 0;
  }
};

// The view of `corpus` that `selection` describes. A centre that is not an
// actor with an edge in the view after steps 1-2 gives NotFound naming it.
// The view's corpus keeps every document and quote of `corpus`; its actors
// and relations are those of the selection (SelectedCorpus trims the rest).
Result<GraphView> SelectGraph(Corpus corpus, const Selection& selection);

// Steps 3 and 4 alone (centres, then top) on a view already made: how a
// caller that needs the uncapped view too caps it without selecting again.
Result<GraphView> NarrowGraph(GraphView view, const Selection& selection);

// The view less its edges of `type` and the actors left without an edge (how
// a picture leaves out affiliations: export/picture_defaults.h). Vertices and
// edges keep their order.
GraphView WithoutRelationType(GraphView view, RelationType type);

// Whether the selection can be made from summed edges (Store::Edges): it
// keeps all dates and documents.
inline bool CanSelectFromEdges(const Selection& selection) {
  return !selection.dates.any() && selection.documents.empty();
}
// The same selection from the store's actor records and edges
// (BuildGraphViewFromEdges): the same actors, edges and weights as
// SelectGraph on the corpus, at the cost of reading the edges. The view's
// corpus holds only actors, and its edges no relation indices. Requires
// CanSelectFromEdges.
Result<GraphView> SelectGraphFromEdges(std::vector<Actor> actors,
                                       const std::vector<EdgeCount>& edges,
                                       const Selection& selection);

// What a file of the selection should carry: the view's actors (mentions
// only in the documents kept), the relations behind its edges, the documents
// those relations come from, and the statements in those documents whose
// speaker is one of the actors. Corpus order is kept throughout.
Corpus SelectedCorpus(const GraphView& view);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_SELECTION_H_
