// Store::Put: one document, one WriteBatch, through a WriteGroup of one.
#include "store/write_group.h"

namespace actorgraph {

Result<PutOutcome> Store::Put(const Document& doc, const DocumentFacts& facts) {
  if (read_only_) {
    return Status::InvalidArgument("store at " + dir_ + " is open read-only");
  }
  // Before the lock: the text check reads the whole text.
  Result<PreparedDocument> prepared = PrepareDocument(doc, facts);
  if (!prepared.ok()) return prepared.status();
  WriteGroup group(*this);
  Result<PutOutcome> outcome = group.Add(std::move(prepared).value());
  if (!outcome.ok()) return outcome;
  if (Status s = group.Commit(); !s.ok()) return s;
  return outcome;
}

}  // namespace actorgraph
