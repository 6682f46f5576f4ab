#include "cli/group_writer.h"

#include <cstdint>
#include <functional>

#include "cli/common.h"

namespace actorgraph {

namespace {

// Documents per WriteBatch, at most: enough to sort the keys of many
// documents together, few enough that a crash loses little work. With
// --bulk a group becomes a set of SST files, so groups are larger (fewer,
// larger files for RocksDB to compact) and bounded by bytes only.
constexpr size_t kGroupDocuments = 256;
constexpr double kGroupMegabytes = 8;
constexpr double kBulkGroupMegabytes = 32;

}  // namespace

GroupWriter::GroupWriter(Store& store, bool bulk, double group_mb, Progress& progress)
    : group_(store, bulk ? WriteMode::kFiles : WriteMode::kBatch),
      progress_(progress),
      group_documents_(bulk ? SIZE_MAX : kGroupDocuments),
      group_bytes_(static_cast<size_t>(
          (group_mb > 0 ? group_mb : bulk ? kBulkGroupMegabytes : kGroupMegabytes) * 1e6)) {}

void GroupWriter::Count(PutOutcome outcome, size_t quotes, size_t relations) {
  switch (outcome) {
    case PutOutcome::kAdded: ++staged_.added; break;
    case PutOutcome::kUnchanged: ++staged_.unchanged; break;
    case PutOutcome::kReplaced: ++staged_.replaced; break;
  }
  if (outcome != PutOutcome::kUnchanged) {
    staged_.quotes += quotes;
    staged_.relations += relations;
  }
}

void GroupWriter::Add(PreparedDocument prepared) {
  const std::string id = prepared.doc.id;
  const size_t quotes = prepared.facts.quotes.size();
  const size_t relations = prepared.facts.relations.size();
  // The caller's "absent" was read before this run's writes of the same id.
  const bool seen = MarkSeen(id);
  if (seen) prepared.absent = false;
  Result<PutOutcome> outcome = group_.Add(std::move(prepared));
  if (!outcome.ok()) return Fail(outcome.status());
  if (seen && *outcome == PutOutcome::kReplaced) {
    progress_.Clear();
    Warn("document id '" + id + "' occurs twice in this run; the later text replaced the earlier");
  }
  Count(*outcome, quotes, relations);
  if (group_.documents() >= group_documents_ || group_.bytes() >= group_bytes_) Commit();
  ShowProgress();
}

GroupWriter::Held GroupWriter::StillHeld(const Document& doc) {
  // This process is the store's only writer, and writes only ids in seen_:
  // for any other id, what the caller read is what the store holds.
  if (!MarkSeen(doc.id)) {
    Count(PutOutcome::kUnchanged, 0, 0);
    ShowProgress();
    return Held::kUnchanged;
  }
  Result<bool> unchanged = group_.Unchanged(doc);
  if (!unchanged.ok()) {
    Fail(unchanged.status());
    return Held::kFailed;
  }
  if (!*unchanged) return Held::kExtract;
  Count(PutOutcome::kUnchanged, 0, 0);
  ShowProgress();
  return Held::kUnchanged;
}

bool GroupWriter::MarkSeen(const std::string& id) {
  return !seen_.insert(std::hash<std::string>{}(id)).second;
}

void GroupWriter::Fail(const Status& error) {
  ++failed_;
  progress_.Clear();
  actorgraph::Fail(error);
}

void GroupWriter::Warn(const std::string& warning) {
  ++warnings_;
  progress_.Clear();
  actorgraph::Warn(warning);
}

void GroupWriter::SetBytesRead(uint64_t bytes) { bytes_ = bytes; }

void GroupWriter::ShowProgress() {
  progress_.Update(done_.documents() + staged_.documents(), bytes_);
}

void GroupWriter::Commit() {
  if (Status s = group_.Commit(); !s.ok()) {
    failed_ += staged_.documents();
    progress_.Clear();
    actorgraph::Fail(s);
  } else {
    done_.added += staged_.added;
    done_.unchanged += staged_.unchanged;
    done_.replaced += staged_.replaced;
    done_.quotes += staged_.quotes;
    done_.relations += staged_.relations;
  }
  staged_ = WriteCounts();
}

void GroupWriter::Finish() {
  Commit();
  progress_.Clear();
}

}  // namespace actorgraph
