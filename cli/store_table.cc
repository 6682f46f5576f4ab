#include "cli/store_table.h"

#include <boost/range/iterator_range.hpp>

#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "export/dot_text.h"
#include "export/evidence.h"

namespace actorgraph {

namespace {

// Reads what TabulateView takes from the corpus, from the store, with the
// few caches that keep it linear: document days, and the statements of the
// source whose edges are being written (boost::edges visits the edges source
// by source).
class StoreTabulator {
 public:
  StoreTabulator(const Store& store, const GraphView& view) : store_(store), view_(view) {}

  Result<GraphTable> Run() {
    const ActorGraph& g = view_.graph;
    GraphTable table;
    std::unordered_set<std::string> used_ids;
    for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
      const Actor& a = view_.actor(v);
      Result<std::pair<uint64_t, uint64_t>> counts = store_.MentionCounts(a.id);
      if (!counts.ok()) return counts.status();
      table.nodes.push_back(MakeNodeRow(a, v, static_cast<uint32_t>(counts->first),
                                        static_cast<uint32_t>(counts->second), used_ids));
    }
    Status failed = Status::Ok();
    auto day_of = [&](const std::string& doc) -> std::optional<std::string> {
      Result<std::optional<std::string>> day = Day(doc);
      if (!day.ok()) {
        if (failed.ok()) failed = day.status();
        return std::nullopt;
      }
      return *day;
    };
    for (Edge e : boost::make_iterator_range(boost::edges(g))) {
      Result<std::vector<Relation>> relations = RelationsBehind(e);
      if (!relations.ok()) return relations.status();
      std::vector<const Relation*> pointers;
      for (const Relation& r : *relations) pointers.push_back(&r);
      Result<std::string> evidence = Evidence(e, *relations);
      if (!evidence.ok()) return evidence.status();
      EdgeRow row = MakeEdgeRow(view_, e, table.edges.size(), pointers, day_of,
                                std::move(evidence).value());
      if (!failed.ok()) return failed;
      table.has_dates |= row.start.has_value();
      table.edges.push_back(std::move(row));
    }
    SetCommunities(view_, table);
    return table;
  }

 private:
  const std::string& Key(Vertex v) const { return view_.actor(v).id; }

  // The relations GraphView puts behind edge `e`, in its order (the store's
  // key order): for a denial, first the denials naming no accuser in
  // documents where the target accuses the source (graph/graph_view.h),
  // then those naming the target.
  Result<std::vector<Relation>> RelationsBehind(Edge e) {
    const ActorGraph& g = view_.graph;
    const RelationType type = g[e].type;
    const std::string& source = Key(boost::source(e, g));
    const std::string& target = Key(boost::target(e, g));
    std::vector<Relation> out;
    if (type == RelationType::kDenies && source != target) {
      Status s = store_.ForEachRelationOf(
          type, source, "", [&](Relation r) -> Status {
            Result<bool> accused =
                store_.HasRelationIn(RelationType::kAccuses, target, source, r.document);
            if (!accused.ok()) return accused.status();
            if (*accused) out.push_back(std::move(r));
            return Status::Ok();
          });
      if (!s.ok()) return s;
    }
    Status s = store_.ForEachRelationOf(type, source, target, [&](Relation r) {
      out.push_back(std::move(r));
      return Status::Ok();
    });
    if (!s.ok()) return s;
    return out;
  }

  // EvidenceFinder::For (export/evidence.h) on the store.
  Result<std::string> Evidence(Edge e, const std::vector<Relation>& relations) {
    const ActorGraph& g = view_.graph;
    if (relations.empty()) return std::string();
    if (g[e].type == RelationType::kQuotes) {
      if (Status s = LoadSpeaker(relations.front().source); !s.ok()) return s;
      std::set<std::string_view> docs;
      for (const Relation& r : relations) docs.insert(r.document);
      const Quote* first = nullptr;
      const Quote* same_doc = nullptr;
      for (const Quote& q : speaker_quotes_) {
        bool about = false;
        for (const std::string& a : q.about) about |= a == relations.front().target;
        if (!about) continue;
        if (first == nullptr) first = &q;
        if (docs.count(q.document) > 0) {
          same_doc = &q;
          break;
        }
      }
      if (first != nullptr) {
        const Quote& chosen = same_doc != nullptr ? *same_doc : *first;
        return TruncateUtf8(SanitizeUtf8(chosen.text), kMaxEvidenceBytes);
      }
    }
    for (const Relation& r : relations) {
      Result<std::string> text = SentenceOrCue(r);
      if (!text.ok()) return text.status();
      if (!text->empty()) return text;
    }
    return std::string();
  }

  Result<std::string> SentenceOrCue(const Relation& r) {
    Result<std::optional<Document>> doc = store_.GetDocument(r.document);
    if (!doc.ok()) return doc.status();
    if (doc->has_value()) {
      const std::string& text = (*doc)->text;
      if (r.span.start < r.span.end && r.span.end <= text.size()) {
        std::string_view sentence(text.data() + r.span.start, r.span.end - r.span.start);
        return TruncateUtf8(SanitizeUtf8(sentence), kMaxEvidenceBytes);
      }
    }
    return TruncateUtf8(SanitizeUtf8(r.cue), kMaxEvidenceBytes);
  }

  Status LoadSpeaker(const std::string& speaker) {
    if (speaker_ == speaker) return Status::Ok();
    speaker_ = speaker;
    speaker_quotes_.clear();
    return store_.ForEachQuote(speaker, [&](std::string_view, Quote q) {
      speaker_quotes_.push_back(std::move(q));
      return true;
    });
  }

  Result<std::optional<std::string>> Day(const std::string& doc) {
    auto it = days_.find(doc);
    if (it != days_.end()) return it->second;
    Result<std::optional<std::string>> date = store_.DocumentDate(doc);
    if (!date.ok()) return date.status();
    std::optional<std::string> day = date->has_value() ? IsoDay(**date) : std::nullopt;
    days_.emplace(doc, day);
    return day;
  }

  const Store& store_;
  const GraphView& view_;
  std::unordered_map<std::string, std::optional<std::string>> days_;
  std::optional<std::string> speaker_;  // whose statements speaker_quotes_ holds
  std::vector<Quote> speaker_quotes_;
};

}  // namespace

Result<GraphTable> TabulateStore(const Store& store, const GraphView& view) {
  return StoreTabulator(store, view).Run();
}

}  // namespace actorgraph
