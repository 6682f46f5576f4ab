// Writing many documents with one RocksDB write.
//
// A WriteGroup stages documents and writes them all with one WriteBatch on
// Commit(). Each document is still whole or absent: a batch is atomic, and a
// document that fails while it is staged leaves nothing staged. Staging
// reads through what the group already holds, so a group behaves exactly as
// the same documents Put one by one; the store's content after Commit() is
// the same byte for byte.
//
// Why: one write per document makes RocksDB insert each key into its
// in-memory table at a random place (a skip list search per key), and pay a
// WAL record and a write-group handshake per document. A group writes its
// keys in sorted order per column family, so each insert starts where the
// last ended, and writes an actor record once however many of its documents
// touch it (docs/store.md, "Write path").
//
// In WriteMode::kFiles a group is written as sorted SST files, one per
// column family (rocksdb::SstFileWriter), which the store takes in one
// atomic IngestExternalFiles call: no memtable, no WAL, no flush. The
// content is the same as kBatch's; only the files under it differ
// (`ingest --bulk`).
//
// PrepareDocument() validates and encodes a document without the store, so
// callers run it on many threads; WriteGroup itself is used from one thread,
// and holds the store's write lock from construction to destruction.
#ifndef ACTORGRAPH_STORE_WRITE_GROUP_H_
#define ACTORGRAPH_STORE_WRITE_GROUP_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory_resource>
#include <unordered_map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/facts.h"
#include "model/status.h"
#include "store/claims.h"
#include "store/keys.h"
#include "store/store.h"

namespace actorgraph {

// A document and its facts, checked and encoded for the store.
struct PreparedDocument {
  Document doc;         // content_hash set from the text
  DocumentFacts facts;  // every empty document field set to doc.id
  std::string doc_value;  // EncodeDocument(doc)
  std::string facts_value;
  std::vector<std::pair<std::string, std::string>> quotes;     // key, value
  std::vector<std::pair<std::string, std::string>> relations;  // key, value
  // The words of each quote, then of each relation's evidence sentence, as
  // claims compare them (store/claims.h); their exact ids are set in
  // `facts`, and the writer replaces one with a near copy's claim. Empty
  // for a document without its text (the facts' claims are kept).
  std::vector<ClaimText> claims;
  // Set by a caller that read the store after the last write of this id
  // and found no document there (and is the only writer): the group then
  // does not look for an old document to replace, unless it staged one.
  bool absent = false;
};

// What Store::Put refuses (ValidateDocumentFacts) is refused here, naming
// the document. Touches no store: safe on any thread.
// Pass `doc` and `facts` as rvalues where they are not needed again: they
// are moved into the result.
Result<PreparedDocument> PrepareDocument(Document doc, DocumentFacts facts);

enum class WriteMode {
  kBatch,  // one WriteBatch per Commit()
  kFiles,  // one SST file per column family per Commit(), ingested atomically
};

class WriteGroup {
 public:
  // `store` must be open read-write and outlive the group.
  explicit WriteGroup(Store& store, WriteMode mode = WriteMode::kBatch);
  ~WriteGroup();  // what is staged and not committed is dropped
  WriteGroup(const WriteGroup&) = delete;
  WriteGroup& operator=(const WriteGroup&) = delete;

  // Stages one document as Store::Put would write it, seeing the documents
  // staged before it: its actors are first taken for those the store knows
  // (store/canonical.h). On error nothing of this document is staged.
  Result<PutOutcome> Add(PreparedDocument doc);

  // True when the store (or this group) holds `doc.id` with the same text,
  // metadata and a non-zero `doc.extractor`: re-extracting it would give
  // the facts it holds. `doc.content_hash` is ignored (recomputed).
  Result<bool> Unchanged(const Document& doc);

  // Stages `doc`'s claims, quotes, relations and edges (and its facts
  // blob; its document record too when `write_document`) as for a new
  // document, leaving actors alone: how Store::Upgrade derives them again
  // after clearing them.
  Status Rederive(PreparedDocument doc, bool write_document);

  size_t documents() const { return documents_; }
  size_t bytes() const { return bytes_; }

  // Writes everything staged in one atomic batch (or set of files); the
  // group is then empty.
  Status Commit();

 private:
  // A staged value: bytes in arena_, or a deletion.
  struct Slot {
    std::string_view value;
    bool present = false;
  };
  // Keys and values live in arena_, as do the table's nodes: staging a key
  // costs one hash insert and a copy, and a commit frees everything at once.
  // The keys are sorted once, when the group is written.
  using Overlay = std::pmr::unordered_map<std::string_view, Slot>;
  // How to take back one staged change when a document fails half-way.
  struct Undo {
    keys::Cf cf;
    std::string_view key;
    std::optional<Slot> before;  // nullopt: the key was not staged
  };

  // The staged state of `key`, or null when the group has not staged it.
  const Slot* Staged(keys::Cf cf, std::string_view key) const;
  std::string_view Keep(std::string_view bytes);
  // Stages `slot` at `key`, remembering what it replaces.
  void Set(keys::Cf cf, std::string_view key, Slot slot);
  // The stored value of `key` (RocksDB, or for actors and edges the
  // committed values this group last read or wrote).
  Result<std::optional<std::string>> Stored(keys::Cf cf, std::string_view key);
  // The value at `key` as the group sees it: staged, else stored.
  Result<std::optional<std::string>> Get(keys::Cf cf, std::string_view key);
  // Get of each key, the stored ones read with one RocksDB MultiGet.
  Result<std::vector<std::optional<std::string>>> GetMany(keys::Cf cf,
                                                         const std::vector<std::string>& keys);
  void Put(keys::Cf cf, std::string_view key, std::string_view value);
  void Delete(keys::Cf cf, std::string_view key);
  // Does any key starting with `prefix`, other than `except`, exist?
  Result<bool> AnyOtherWithPrefix(keys::Cf cf, std::string_view prefix,
                                  std::string_view except);
  Result<PutOutcome> Stage(PreparedDocument& doc);
  // Starts staging one document; FinishDocument counts it when `kept`,
  // else takes back (TakeBack) what it staged.
  void BeginDocument();
  void FinishDocument(bool kept, const std::string& id);
  void TakeBack();
  // What the canonical-actor rules read: the store as this group sees it.
  class Index;
  // Moves every document naming actor `from` to actor `to`, recording the
  // merge in each (Canonicalize's `retired`).
  Status Retire(const std::string& from, const std::string& to);
  // Adds `id` to, or removes it from, each canon key of `keys`.
  Status IndexForms(const std::vector<std::pair<std::string, char>>& keys,
                    const std::string& id, bool add);
  // Gives each statement of `doc` the claim the store holds for its words,
  // or a near copy's, recording new ones; true when a claim changed.
  Result<bool> AssignClaims(PreparedDocument& doc);
  // Moves the edges' sums from what `old_facts` gave to what `facts` give.
  Status StageEdges(const DocumentFacts& old_facts, const DocumentFacts& facts);
  // The staged entries of `cf` in key order.
  std::vector<std::pair<std::string_view, Slot>> Sorted(keys::Cf cf) const;
  // Commit() for kBatch and kFiles; `what` names the documents for messages.
  Status WriteBatch(const std::string& what);
  Status IngestAsFiles(const std::string& what);

  Store& store_;
  WriteMode mode_;
  std::unique_lock<std::mutex> lock_;
  std::pmr::monotonic_buffer_resource arena_;
  std::vector<Overlay> staged_;  // per column family that staging reads back
  // The column families staging never reads back (quotes, relations,
  // aliases, name_words): appended, sorted when written; a key staged
  // twice keeps its last value.
  std::vector<std::pair<std::string_view, Slot>> appended_[keys::kNumColumnFamilies];
  size_t appended_before_[keys::kNumColumnFamilies] = {};  // sizes when this document began
  std::vector<Undo> undo_;       // the document being staged
  // Actor records and edge sums as stored, read again and again by a run
  // (every document naming the United States reads its record): kept once
  // read, and updated on each commit. Bounded: cleared past kCacheEntries.
  std::unordered_map<std::string, std::optional<std::string>> cache_[3];  // actors, edges, canon
  size_t documents_ = 0;  // staged, unchanged ones included
  size_t doc_bytes_ = 0;  // staged for the document being staged
  size_t bytes_ = 0;
  std::string first_id_, last_id_;  // for messages
  // kFiles: sets of files written, for fresh names (a file RocksDB failed
  // to take must not be mistaken for the next group's).
  uint64_t file_sets_ = 0;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_STORE_WRITE_GROUP_H_
