// Communities by modularity: groups of actors more tightly linked among
// themselves than the weights of their links would give by chance.
//
// Louvain's method (Blondel et al. 2008), as igraph implements it
// (igraph_community_multilevel, Debian's libigraph-dev), on the undirected
// graph of the view: the weight between two actors is the number of
// statements behind every edge between them, whatever its type and
// direction. igraph visits vertices in a random order; its generator is
// seeded with a constant, so the same view gives the same communities.
// Connected components (graph/analytics.h, Components) are another query.
#ifndef ACTORGRAPH_GRAPH_COMMUNITIES_H_
#define ACTORGRAPH_GRAPH_COMMUNITIES_H_

#include <vector>

#include "graph/graph_view.h"

namespace actorgraph {

struct CommunityPartition {
  // Per vertex, numbered from 0: the largest community first, ties to the
  // one holding the earlier vertex. An actor with no link is a community
  // of its own.
  std::vector<int> community;
  // Per community: its term of the modularity, L_c / m - (d_c / 2m)^2, with
  // L_c the weight inside it, d_c the weighted degrees of its members and m
  // the total weight. The terms sum to `modularity`.
  std::vector<double> contribution;
  double modularity = 0.0;  // Newman's Q of the partition, in [-1/2, 1)
};

CommunityPartition DetectCommunities(const GraphView& view);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_COMMUNITIES_H_
