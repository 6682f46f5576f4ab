// The representative piece of evidence shown as an edge's tooltip.
#ifndef ACTORGRAPH_EXPORT_EVIDENCE_H_
#define ACTORGRAPH_EXPORT_EVIDENCE_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/graph_view.h"

namespace actorgraph {

// Longest tooltip text, in bytes, before "…".
inline constexpr size_t kMaxEvidenceBytes = 200;

// Indexes a view's quotes and documents once, then answers per edge.
// Borrows `view`, which must outlive the finder and not change.
class EvidenceFinder {
 public:
  explicit EvidenceFinder(const GraphView& view);
  EvidenceFinder(const EvidenceFinder&) = delete;
  EvidenceFinder& operator=(const EvidenceFinder&) = delete;

  // For a quotes edge: the text of a quote whose speaker is the source and
  // whose `about` names the target, preferring one from the same document as
  // one of the edge's relations. For other edges (or when no quote matches):
  // the evidence sentence when the document text is held, else the cue.
  // Raw text, truncated to kMaxEvidenceBytes; empty when nothing is known.
  std::string For(Edge e) const;

 private:
  std::string SentenceOrCue(const Relation& r) const;

  const GraphView& view_;
  // (speaker, about) -> quote indices, in corpus order.
  std::map<std::pair<std::string_view, std::string_view>, std::vector<size_t>> quotes_;
  std::unordered_map<std::string_view, size_t> document_;  // id -> index
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_EVIDENCE_H_
