// Store: the embedded RocksDB database holding documents and their facts.
//
// Key layout and column families: store/keys.h and docs/store.md.
//
// Writes: Put() applies one atomic WriteBatch per document, so a document and
// all its facts are wholly in the store or not at all. WriteGroup
// (store/write_group.h) writes many documents in one batch, with the same
// result. Putting the same id
// with the same text (content hash), metadata and facts changes nothing; a
// changed text (or the same text with new facts, from a newer extractor)
// replaces every fact of that document.
//
// Concurrency: one read-write Store per directory at a time (RocksDB's LOCK);
// any number of read-only Stores may be open beside it, in other processes.
// A Store object is safe to use from several threads.
#ifndef ACTORGRAPH_STORE_STORE_H_
#define ACTORGRAPH_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/facts.h"
#include "model/status.h"
#include "store/canonical.h"

namespace rocksdb {
class DB;
class ColumnFamilyHandle;
}  // namespace rocksdb

namespace actorgraph {

enum class OpenMode {
  kReadWrite,  // creates the store when missing
  // Fails with NotFound when `dir` holds no store; never creates one. Opens
  // a RocksDB secondary instance (its own files live in a temporary
  // directory, removed on close), so it reads a consistent view of the store
  // while another process is ingesting into it.
  kReadOnly,
};

enum class PutOutcome { kAdded, kUnchanged, kReplaced };

// The documents in which one actor was stored as another, and why
// (store/canonical.h).
struct MergeRecord {
  std::string from;  // the id the extractor gave
  std::string name;  // as the first of those documents wrote it
  std::string to;
  MergeReason reason = MergeReason::kName;
  uint64_t documents = 0;
  std::string first_document;
  bool operator==(const MergeRecord&) const = default;
};

struct StoreStats {
  uint64_t documents = 0;
  uint64_t actors = 0;
  std::map<ActorType, uint64_t> actors_by_type;
  uint64_t quotes = 0;
  std::map<RelationType, uint64_t> relations_by_type;
  bool operator==(const StoreStats&) const = default;
};

class Store {
 public:
  // Opens (or, read-write, creates) the store in `dir`. A store written by a
  // newer schema version is refused with InvalidArgument.
  static Result<std::unique_ptr<Store>> Open(const std::string& dir, OpenMode mode);

  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Atomically adds or replaces `doc` (its content_hash is recomputed from
  // its text) with `facts`. facts.document must equal doc.id. Refuses with
  // InvalidArgument, writing nothing, what ValidateDocumentFacts
  // (store/validate.h) refuses, and, for a text-less `doc` that keeps the
  // stored text, spans past that text.
  Result<PutOutcome> Put(const Document& doc, const DocumentFacts& facts);

  // True when the store holds `doc.id` with the same text, metadata and a
  // non-zero `doc.extractor` (Document::extractor): extracting it again
  // would give the facts stored. `doc.content_hash` is ignored. With
  // `absent`, says whether the store holds no document `doc.id` at all
  // (false when `doc.extractor` is zero: nothing is read then).
  Result<bool> Holds(const Document& doc, bool* absent = nullptr) const;

  // Metadata and text of one document, or nullopt.
  Result<std::optional<Document>> GetDocument(std::string_view id) const;
  Result<std::optional<DocumentFacts>> GetFacts(std::string_view id) const;

  // Ids of the actors whose id, name or any alias equals `query`,
  // case-insensitively (and, if none, whose name has `query` as one of its
  // words: "lewis" finds person:jim-lewis). Empty when none match.
  Result<std::vector<std::string>> FindActors(std::string_view query) const;

  // Actors whose id, name or an alias (kind kAlias), or a word of whose
  // name (kWord), starts with `prefix`, case-insensitively (ASCII), in key
  // order: at most `limit` entries of each kind. For search as you type
  // (`actorgraph serve`); FindActors answers a whole name.
  struct NameMatch {
    enum Kind { kAlias, kWord } kind = kAlias;
    std::string actor;  // id
    std::string form;   // the lower-cased name, alias or word that matched
  };
  Result<std::vector<NameMatch>> ActorsByPrefix(std::string_view prefix, size_t limit) const;

  // One actor merged across documents (aliases unioned; mentions omitted).
  Result<std::optional<Actor>> GetActor(std::string_view id) const;
  // All actors, or those of one type, ordered by id (mentions omitted).
  Result<std::vector<Actor>> Actors(std::optional<ActorType> type) const;

  // A read-only store's view is fixed when it is opened. This moves it to
  // what the writer has written since (RocksDB's TryCatchUpWithPrimary) and
  // returns whether anything changed. No read may run at the same time: a
  // read across column families relies on the view not moving. Fails on a
  // read-write store.
  Result<bool> CatchUp();

  // Statements by one speaker (actor id) in date (normalised), document and
  // offset order; all statements, speaker by speaker, when `speaker` is
  // empty.
  Result<std::vector<Quote>> Quotes(std::string_view speaker) const;
  // The same statements, each with its document's date, one at a time until
  // `visit` returns false: the first N of a speaker cost N reads, whatever
  // the speaker has said.
  Status ForEachQuote(std::string_view speaker,
                      const std::function<bool(std::string_view date, Quote quote)>& visit) const;

  // The same statements in the same order, each as its date, document and
  // claim (from its key and a partial read) with `decode` to read the whole
  // quote: a scan that needs the words of one statement per claim converts
  // only those.
  Status ForEachQuoteClaim(
      std::string_view speaker,
      const std::function<bool(std::string_view date, std::string_view document, uint64_t claim,
                               const std::function<Result<Quote>()>& decode)>& visit) const;

  // The graph's edges as the writer keeps them (DocumentEdges summed over
  // the documents), all or of one type, in (type name, source, target) order.
  Result<std::vector<EdgeCount>> Edges(std::optional<RelationType> type = std::nullopt) const;
  // The relations of `type` from `source` to `target` (to no one when
  // `target` is empty), in document then offset order, until `visit`
  // returns an error (which is returned).
  Status ForEachRelationOf(RelationType type, std::string_view source, std::string_view target,
                           const std::function<Status(Relation relation)>& visit) const;
  // Whether document `doc` holds a relation of `type` from `source` to
  // `target`.
  Result<bool> HasRelationIn(RelationType type, std::string_view source, std::string_view target,
                             std::string_view doc) const;
  // The date of one document as stored ("" when it has none), without its
  // text; nullopt when the document is not stored.
  Result<std::optional<std::string>> DocumentDate(std::string_view id) const;
  // How many times `actor` is mentioned, and in how many documents (its
  // postings), without reading any document or facts.
  Result<std::pair<uint64_t, uint64_t>> MentionCounts(std::string_view actor) const;

  // The first relation, in key order, behind the edge (type, source,
  // target): one naming the target, else (denials) an untargeted denial in a
  // document where `target` accuses `source`. nullopt when there is none.
  Result<std::optional<Relation>> FirstRelationOf(RelationType type, std::string_view source,
                                                  std::string_view target) const;
  // All relations, or those of one type, in (type, source, target,
  // document, offset) order. One type is one key prefix: reading it costs
  // that type's relations, not the store's.
  Result<std::vector<Relation>> Relations(std::optional<RelationType> type = std::nullopt) const;

  Result<StoreStats> Stats() const;

  // Every merge of one actor into another, by (to, from), with how many
  // documents made it; only those into `to` when it is not empty.
  Result<std::vector<MergeRecord>> Merges(std::string_view to = {}) const;

  // The user's alias rules the writer applies (store/canonical.h), kept in
  // the store so that every later ingest applies them too. Empty rules
  // remove them.
  const AliasRules& alias_rules() const { return alias_rules_; }
  Status SetAliasRules(AliasRules rules);
  // Whether the store's documents were written under other canonical-actor
  // rules (kCanonicalRulesVersion and the user's alias rules) than it now
  // holds: then an ingest extracts again what it would skip, and records
  // the rules when done (RecordCanonicalRules).
  Result<bool> CanonicalRulesChanged() const;
  Status RecordCanonicalRules();

  // Everything in the store: documents (with text when `with_text`), actors
  // merged across documents with all their mentions, quotes, relations.
  Result<Corpus> Snapshot(bool with_text) const;

  // What graph queries need, without the cost of Snapshot(): actor records
  // (no mentions), all relations and, when `with_documents`, the documents'
  // metadata (no text; reading them is most of the cost). With
  // `relation_keys_only` each relation is read from its key alone (type,
  // source, target, document, span.start; no cue, text or codes), which
  // skips decoding every value; GetRelation() gives the whole of one.
  Result<Corpus> GraphCorpus(bool with_documents, bool relation_keys_only = false) const;
  // The stored relation with `r`'s type, source, target, document and
  // span.start (its key), or nullopt.
  Result<std::optional<Relation>> GetRelation(const Relation& r) const;

  // Every document with its text and facts, in id order, read under one
  // snapshot one at a time (memory does not grow with the store). Stops at
  // the first error `visit` returns, and returns it. A document without
  // facts is Corruption.
  Status ForEachDocument(
      const std::function<Status(Document doc, DocumentFacts facts)>& visit) const;

  // Every entry of every column family, in column family then key order,
  // for comparing stores (`actorgraph dump`).
  Status ForEachEntry(const std::function<void(std::string_view column_family,
                                               std::string_view key,
                                               std::string_view value)>& visit) const;

  // The schema version recorded in the store (keys::kStoreSchemaVersion
  // once open read-write: an older store is upgraded by Open, which reads
  // every document once; read-only, an older store is refused).
  uint32_t schema_version() const { return schema_version_; }
  // The version Open upgraded from, or 0 when it did not upgrade.
  uint32_t upgraded_from() const { return upgraded_from_; }

 private:
  Store() = default;
  struct Handles;
  friend class WriteGroup;  // store/write_group.h: the write path

  std::unique_ptr<rocksdb::DB> db_;
  std::unique_ptr<Handles> cf_;
  bool read_only_ = false;
  Status Upgrade();  // store.cc: to kStoreSchemaVersion

  AliasRules alias_rules_;
  uint32_t schema_version_ = 0;
  uint32_t upgraded_from_ = 0;
  std::string dir_;        // as passed to Open, for messages
  std::string secondary_dir_;  // read-only: the secondary instance's own files
  std::mutex put_mutex_;   // held by each WriteGroup (read-modify-write of actor records)
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_STORE_STORE_H_
