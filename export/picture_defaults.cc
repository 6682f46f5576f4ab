#include "export/picture_defaults.h"

#include <utility>

#include "graph/selection.h"

namespace actorgraph {

namespace {

const char* CentralityName(Centrality c) {
  switch (c) {
    case Centrality::kDegree:
      return "degree";
    case Centrality::kPageRank:
      return "pagerank";
    case Centrality::kBetweenness:
      return "betweenness";
  }
  return "degree";
}

std::string Plural(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

Result<Picture> PictureDefaults(GraphView view, const PictureRequest& request) {
  Picture picture;
  if (!request.affiliations) {
    size_t affiliations = 0, others = 0;
    for (Edge e : boost::make_iterator_range(boost::edges(view.graph))) {
      ++(view.graph[e].type == RelationType::kAffiliatedWith ? affiliations : others);
    }
    if (affiliations > 0 && others > 0) {
      const size_t before = boost::num_vertices(view.graph);
      view = WithoutRelationType(std::move(view), RelationType::kAffiliatedWith);
      const size_t alone = before - boost::num_vertices(view.graph);
      picture.notes.push_back(
          "left out " + Plural(affiliations, "affiliated_with edge", "affiliated_with edges") +
          (alone > 0 ? " and " + Plural(alone, "actor", "actors") + " with no other relation"
                     : std::string()) +
          "; --affiliations draws them");
    }
  }
  const size_t n = boost::num_vertices(view.graph);
  if (!request.all_actors && n > kPictureActors) {
    Selection top;
    top.top = kPictureActors;
    top.top_by = request.top_by;
    auto narrowed = NarrowGraph(std::move(view), top);
    if (!narrowed.ok()) return narrowed.status();
    view = std::move(narrowed).value();
    picture.notes.push_back("drew the " + std::to_string(kPictureActors) + " most central of " +
                            std::to_string(n) + " actors (by " +
                            CentralityName(request.top_by) +
                            "); --top N draws N, --all draws every actor");
  }
  picture.view = std::move(view);
  return picture;
}

}  // namespace actorgraph
