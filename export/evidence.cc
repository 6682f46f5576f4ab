#include "export/evidence.h"

#include "export/dot_text.h"

namespace actorgraph {

EvidenceFinder::EvidenceFinder(const GraphView& view) : view_(view) {
  const Corpus& c = view.corpus;
  for (size_t i = 0; i < c.quotes.size(); ++i) {
    const Quote& q = c.quotes[i];
    if (q.speaker.empty()) continue;
    for (const std::string& about : q.about) quotes_[{q.speaker, about}].push_back(i);
  }
  for (size_t i = 0; i < c.documents.size(); ++i) document_.emplace(c.documents[i].id, i);
}

std::string EvidenceFinder::For(Edge e) const {
  const EdgeProps& props = view_.graph[e];
  const Corpus& c = view_.corpus;
  if (props.relations.empty()) return "";
  const Relation& first = c.relations[props.relations.front()];
  if (props.type == RelationType::kQuotes) {
    auto it = quotes_.find({first.source, first.target});
    if (it != quotes_.end()) {
      size_t chosen = it->second.front();
      for (size_t q : it->second) {
        bool same_doc = false;
        for (size_t r : props.relations) same_doc |= c.relations[r].document == c.quotes[q].document;
        if (same_doc) {
          chosen = q;
          break;
        }
      }
      return TruncateUtf8(SanitizeUtf8(c.quotes[chosen].text), kMaxEvidenceBytes);
    }
  }
  for (size_t r : props.relations) {
    std::string text = SentenceOrCue(c.relations[r]);
    if (!text.empty()) return text;
  }
  return "";
}

std::string EvidenceFinder::SentenceOrCue(const Relation& r) const {
  auto doc = document_.find(r.document);
  if (doc != document_.end()) {
    const std::string& text = view_.corpus.documents[doc->second].text;
    if (r.span.start < r.span.end && r.span.end <= text.size()) {
      std::string_view sentence(text.data() + r.span.start, r.span.end - r.span.start);
      return TruncateUtf8(SanitizeUtf8(sentence), kMaxEvidenceBytes);
    }
  }
  return TruncateUtf8(SanitizeUtf8(r.cue), kMaxEvidenceBytes);
}

}  // namespace actorgraph
