// Writing documents to the store in groups, in the order they come, for
// `ingest` and `merge`: counts what each document did (added, replaced,
// unchanged, failed), reports failures and repeated ids on stderr, and
// writes a group when it is full (store/write_group.h). Used from one
// thread.
#ifndef ACTORGRAPH_CLI_GROUP_WRITER_H_
#define ACTORGRAPH_CLI_GROUP_WRITER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_set>

#include "cli/progress.h"
#include "model/status.h"
#include "store/write_group.h"

namespace actorgraph {

struct WriteCounts {
  uint64_t added = 0, unchanged = 0, replaced = 0, quotes = 0, relations = 0;
  uint64_t documents() const { return added + unchanged + replaced; }
};

class GroupWriter {
 public:
  // `group_mb` 0 means the default for the mode: 8 MB (and at most 256
  // documents) per WriteBatch, 32 MB per set of SST files with `bulk`.
  GroupWriter(Store& store, bool bulk, double group_mb, Progress& progress);
  GroupWriter(const GroupWriter&) = delete;
  GroupWriter& operator=(const GroupWriter&) = delete;

  // Stages one document; writes the group when it is full.
  void Add(PreparedDocument doc);
  // For a document that Store::Holds() found in the store, read before this
  // writer saw it: whether it is still held unchanged (then it is counted
  // unchanged and needs no extraction), or the same id came earlier in this
  // run with another text and it must be extracted and Add()ed. Only an id
  // this run wrote is looked up again.
  enum class Held { kUnchanged, kExtract, kFailed /* reported and counted */ };
  Held StillHeld(const Document& doc);
  // Reports a bad input or document (the message names file and line, or
  // the document) and counts it failed.
  void Fail(const Status& error);
  // Tells a warning about a document that is still written (a date it
  // could not read), clearing the progress line first.
  void Warn(const std::string& warning);
  // The input bytes read so far, for the progress line.
  void SetBytesRead(uint64_t bytes);
  // Writes what is staged. Call once, at the end.
  void Finish();

  const WriteCounts& done() const { return done_; }  // written
  uint64_t failed() const { return failed_; }
  uint64_t warnings() const { return warnings_; }
  uint64_t bytes_read() const { return bytes_; }

 private:
  void Count(PutOutcome outcome, size_t quotes, size_t relations);
  void Commit();
  void ShowProgress();

  WriteGroup group_;
  Progress& progress_;
  size_t group_documents_;
  size_t group_bytes_;
  WriteCounts done_, staged_;  // written, and staged in the group
  uint64_t failed_ = 0, warnings_ = 0, bytes_ = 0;
  // Hashes of the ids written in this run: 8 bytes an id, not the id (a
  // million-document run would hold ~100 MB of ids). Two ids sharing a
  // hash (about once in 10^7 runs of a million documents) cost a lookup in
  // StillHeld, or a needless "occurs twice" warning, never a wrong store.
  std::unordered_set<uint64_t> seen_;
  // Records `id` as written in this run; true when it was already.
  bool MarkSeen(const std::string& id);
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_GROUP_WRITER_H_
