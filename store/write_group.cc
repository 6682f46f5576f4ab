// WriteGroup: staging documents for one WriteBatch, keeping the index
// entries, actor records and postings in step with the facts blobs.
//
// Invariants kept (see store/keys.h for the layout):
//  - an actor record exists iff at least one actor_docs posting names it;
//  - its aliases/name_words entries exist iff the record does, and cover its
//    id, name and every alias in the record;
//  - quotes/relations hold exactly the entries derived from the facts blobs.
// Aliases are only ever added while an actor lives: replacing the document
// that introduced an alias leaves it on the record until the actor goes.
#include "store/write_group.h"

#include <unistd.h>

#include <algorithm>
#include <cassert>
#include <cstring>
#include <filesystem>
#include <memory>
#include <set>
#include <tuple>

#include <rocksdb/db.h>
#include <rocksdb/sst_file_writer.h>
#include <rocksdb/write_batch.h>

#include "model/dates.h"
#include "schemas/codec.h"
#include "store/store_internal.h"
#include "store/validate.h"

namespace actorgraph {

namespace {

// `facts` with every empty document field set to its document's id.
DocumentFacts Normalised(DocumentFacts facts) {
  for (Actor& a : facts.actors) {
    for (Mention& m : a.mentions) {
      if (m.document.empty()) m.document = facts.document;
    }
  }
  for (Quote& q : facts.quotes) {
    if (q.document.empty()) q.document = facts.document;
  }
  for (Relation& r : facts.relations) {
    if (r.document.empty()) r.document = facts.document;
  }
  return facts;
}

// Appends the aliases of `from` missing in `to`; returns how many.
size_t UnionAliases(const std::vector<std::string>& from, std::vector<std::string>& to) {
  size_t added = 0;
  for (const std::string& alias : from) {
    if (std::find(to.begin(), to.end(), alias) == to.end()) {
      to.push_back(alias);
      ++added;
    }
  }
  return added;
}

// One actor as it appears in a document: duplicates of an id merged.
struct DocActor {
  Actor actor;  // first occurrence's name and type; aliases unioned; no mentions
  uint32_t mentions = 0;
};

std::map<std::string, DocActor> ActorsOf(const DocumentFacts& facts) {
  std::map<std::string, DocActor> out;
  for (const Actor& a : facts.actors) {
    auto [it, inserted] = out.try_emplace(a.id);
    if (inserted) {
      it->second.actor = a;
      it->second.actor.mentions.clear();
    } else {
      UnionAliases(a.aliases, it->second.actor.aliases);
    }
    it->second.mentions += static_cast<uint32_t>(a.mentions.size());
  }
  return out;
}

// Every aliases/name_words key of a record.
std::vector<std::string> AliasKeys(const Actor& actor) {
  std::vector<std::string> out = {keys::AliasKey(keys::ToLowerAscii(actor.id), actor.id),
                                  keys::AliasKey(keys::ToLowerAscii(actor.name), actor.id)};
  for (const std::string& alias : actor.aliases) {
    out.push_back(keys::AliasKey(keys::ToLowerAscii(alias), actor.id));
  }
  return out;
}

std::vector<std::string> NameWordKeys(const Actor& actor) {
  std::vector<std::string> out;
  for (const std::string& word : keys::NameWords(actor.name)) {
    out.push_back(keys::NameWordKey(word, actor.id));
  }
  return out;
}

// `doc` as the store would hold it, for comparing with the stored one.
Document WithHash(Document doc) {
  if (!doc.text.empty()) doc.content_hash = ContentHash(doc.text);
  return doc;
}

}  // namespace

namespace {

// Gives each statement of `out` the claim of its own words (`text` is the
// document's), as the writer starts from; a statement with no words gets
// 0, a claim of its own.
void SetOwnClaims(PreparedDocument& out, std::string_view text) {
  out.claims.clear();
  out.claims.reserve(out.facts.quotes.size() + out.facts.relations.size());
  auto claim_of = [&](std::string_view words) {
    ClaimText c = MakeClaimText(words);
    const uint64_t id = c.words.empty() ? 0 : c.id;
    out.claims.push_back(std::move(c));
    return id;
  };
  for (Quote& q : out.facts.quotes) q.claim = claim_of(q.text);
  for (Relation& r : out.facts.relations) {
    r.claim = r.span.end <= text.size()
                  ? claim_of(text.substr(r.span.start, r.span.end - r.span.start))
                  : claim_of("");
  }
}

// The values and keys of a prepared document's facts.
void EncodeFacts(PreparedDocument& out) {
  out.facts_value = EncodeDocumentFacts(out.facts);
  out.quotes.clear();
  out.quotes.reserve(out.facts.quotes.size());
  for (const Quote& q : out.facts.quotes) {
    out.quotes.emplace_back(keys::QuoteKey(q, out.doc.date), EncodeQuote(q));
  }
  out.relations.clear();
  out.relations.reserve(out.facts.relations.size());
  for (const Relation& r : out.facts.relations) {
    out.relations.emplace_back(keys::RelationKey(r), EncodeRelation(r));
  }
}

}  // namespace

Result<PreparedDocument> PrepareDocument(Document doc, DocumentFacts facts) {
  // Reads the whole text: on the caller's thread, not under the write lock.
  if (Status s = ValidateDocumentFacts(doc, facts); !s.ok()) return s;
  // Dates from a facts file or an import: the store keeps the normalised
  // form, which its quote keys sort by.
  NormalizeDocumentDate(doc);
  PreparedDocument out;
  out.doc = WithHash(std::move(doc));
  out.doc_value = EncodeDocument(out.doc);
  out.facts = Normalised(std::move(facts));
  if (!out.doc.text.empty()) SetOwnClaims(out, out.doc.text);
  EncodeFacts(out);
  return out;
}

namespace {

// Where a kFiles group writes its SST files: inside the store, so RocksDB
// links them into place rather than copying. Only the process holding the
// store's lock writes here, so what it finds on start is left by a run that
// was killed, and goes.
std::filesystem::path FilesDir(const std::string& store_dir) {
  return std::filesystem::path(store_dir) / "bulk.tmp";
}

}  // namespace

WriteGroup::WriteGroup(Store& store, WriteMode mode)
    : store_(store), mode_(mode), lock_(store.put_mutex_) {
  for (size_t cf = 0; cf < keys::kNumColumnFamilies; ++cf) staged_.emplace_back(&arena_);
  if (mode_ == WriteMode::kFiles) {
    std::error_code ec;
    std::filesystem::remove_all(FilesDir(store_.dir_), ec);
  }
}

WriteGroup::~WriteGroup() {
  if (mode_ == WriteMode::kFiles) {
    std::error_code ec;
    std::filesystem::remove_all(FilesDir(store_.dir_), ec);
  }
}

namespace {

// Entries kept in each of the writer's caches of stored values before it
// starts afresh: some 40 MB of actor records at most.
constexpr size_t kCacheEntries = 1 << 18;

int CacheIndex(keys::Cf cf) {
  return cf == keys::kActors ? 0 : cf == keys::kEdges ? 1 : cf == keys::kCanon ? 2 : -1;
}

// Column families whose staged entries Stage() never reads back.
bool WriteOnly(keys::Cf cf) {
  return cf == keys::kQuotes || cf == keys::kRelations || cf == keys::kAliases ||
         cf == keys::kNameWords || cf == keys::kMerges;
}

}  // namespace

const WriteGroup::Slot* WriteGroup::Staged(keys::Cf cf, std::string_view key) const {
  assert(!WriteOnly(cf));
  auto it = staged_[cf].find(key);
  return it == staged_[cf].end() ? nullptr : &it->second;
}

std::string_view WriteGroup::Keep(std::string_view bytes) {
  if (bytes.empty()) return std::string_view();
  char* p = static_cast<char*>(arena_.allocate(bytes.size(), 1));
  std::memcpy(p, bytes.data(), bytes.size());
  return std::string_view(p, bytes.size());
}

void WriteGroup::Set(keys::Cf cf, std::string_view key, Slot slot) {
  doc_bytes_ += key.size() + slot.value.size();
  if (WriteOnly(cf)) {
    appended_[cf].emplace_back(Keep(key), slot);
    return;
  }
  // One hash lookup; a key staged before costs its bytes in the arena twice.
  auto [it, inserted] = staged_[cf].try_emplace(Keep(key), slot);
  if (inserted) {
    undo_.push_back(Undo{cf, it->first, std::nullopt});
  } else {
    undo_.push_back(Undo{cf, it->first, it->second});
    it->second = slot;
  }
}

Result<std::optional<std::string>> WriteGroup::Stored(keys::Cf cf, std::string_view key) {
  const int cache = CacheIndex(cf);
  if (cache >= 0) {
    auto it = cache_[cache].find(std::string(key));
    if (it != cache_[cache].end()) return it->second;
  }
  Result<std::optional<std::string>> value =
      ReadValue(*store_.db_, rocksdb::ReadOptions(), (*store_.cf_)[cf], cf, key, store_.dir_);
  if (cache >= 0 && value.ok()) {
    if (cache_[cache].size() >= kCacheEntries) cache_[cache].clear();
    cache_[cache].emplace(std::string(key), *value);
  }
  return value;
}

Result<std::optional<std::string>> WriteGroup::Get(keys::Cf cf, std::string_view key) {
  if (const Slot* staged = Staged(cf, key)) {
    if (!staged->present) return std::optional<std::string>();
    return std::optional<std::string>(std::string(staged->value));
  }
  return Stored(cf, key);
}

void WriteGroup::Put(keys::Cf cf, std::string_view key, std::string_view value) {
  Set(cf, key, Slot{Keep(value), true});
}

void WriteGroup::Delete(keys::Cf cf, std::string_view key) { Set(cf, key, Slot{}); }

Result<bool> WriteGroup::AnyOtherWithPrefix(keys::Cf cf, std::string_view prefix,
                                            std::string_view except) {
  // A staged key decides for itself; a stored key counts when the group has
  // not staged it. The staged keys are not ordered: all are looked at (this
  // runs only when a replaced document drops an actor).
  for (const auto& [key, slot] : staged_[cf]) {
    if (slot.present && key.starts_with(prefix) && key != except) return true;
  }
  std::unique_ptr<rocksdb::Iterator> it(
      store_.db_->NewIterator(rocksdb::ReadOptions(), (*store_.cf_)[cf]));
  for (it->Seek(rocksdb::Slice(prefix.data(), prefix.size()));
       it->Valid() && it->key().starts_with(rocksdb::Slice(prefix.data(), prefix.size()));
       it->Next()) {
    const std::string_view key = it->key().ToStringView();
    if (key != except && Staged(cf, key) == nullptr) return true;
  }
  if (!it->status().ok()) {
    return FromRocksDb(it->status(), "scanning " + DescribeKey(cf, prefix), store_.dir_);
  }
  return false;
}

namespace {

// Whether `stored` (the documents value at doc.id, if any) is `doc` with
// facts from the same, known extractor.
Result<bool> StoredAs(const Result<std::optional<std::string>>& stored, const Document& doc) {
  if (!stored.ok()) return stored.status();
  if (!stored->has_value()) return false;
  Result<Document> decoded = NameKeyOnFailure(DecodeDocument(**stored), keys::kDocuments, doc.id);
  if (!decoded.ok()) return decoded.status();
  // The texts are compared, not hashed: a stored hash is its text's.
  const Document& d = *decoded;
  return d.extractor == doc.extractor && d.id == doc.id && d.title == doc.title &&
         d.date == doc.date && d.date_written == doc.date_written &&
         d.date_origin == doc.date_origin && d.url == doc.url && d.source == doc.source &&
         d.text == doc.text;
}

}  // namespace

Result<bool> Store::Holds(const Document& doc, bool* absent) const {
  if (absent != nullptr) *absent = false;
  if (doc.extractor == 0) return false;
  // Each document is read once: keeping its block in the cache would only
  // push out the actor records the writer reads again and again.
  rocksdb::ReadOptions read;
  read.fill_cache = false;
  Result<std::optional<std::string>> stored =
      ReadValue(*db_, read, (*cf_)[keys::kDocuments], keys::kDocuments, doc.id, dir_);
  if (absent != nullptr && stored.ok() && !stored->has_value()) *absent = true;
  return StoredAs(stored, doc);
}

Result<bool> WriteGroup::Unchanged(const Document& doc) {
  if (doc.extractor == 0) return false;
  return StoredAs(Get(keys::kDocuments, doc.id), doc);
}

class WriteGroup::Index : public ActorIndex {
 public:
  explicit Index(WriteGroup& group) : group_(group) {}

  Result<bool> Known(std::string_view id) override {
    Result<std::optional<std::string>> record = group_.Get(keys::kActors, id);
    if (!record.ok()) return record.status();
    return record->has_value();
  }
  Result<std::vector<Entry>> ByName(std::string_view folded) override {
    return Read(keys::CanonNameKey(folded));
  }
  Result<std::vector<Entry>> BySurname(std::string_view surname) override {
    return Read(keys::CanonSurnameKey(surname));
  }
  Result<std::vector<std::string>> Names(std::string_view id) override {
    Result<std::optional<std::string>> record = group_.Get(keys::kActors, id);
    if (!record.ok()) return record.status();
    std::vector<std::string> out;
    if (!record->has_value()) return out;
    Result<Actor> actor = NameKeyOnFailure(DecodeActor(**record), keys::kActors, id);
    if (!actor.ok()) return actor.status();
    out = std::move(actor->aliases);
    out.push_back(std::move(actor->name));
    return out;
  }

 private:
  Result<std::vector<Entry>> Read(const std::string& key) {
    Result<std::optional<std::string>> value = group_.Get(keys::kCanon, key);
    if (!value.ok()) return value.status();
    std::vector<Entry> out;
    if (!value->has_value()) return out;
    std::optional<std::vector<keys::CanonEntry>> entries = keys::DecodeCanonEntries(**value);
    if (!entries) return Status::Corruption("bad value at " + DescribeKey(keys::kCanon, key));
    for (keys::CanonEntry& e : *entries) {
      if (e.kind == keys::kCanonMany) return std::vector<Entry>{Entry{}};
      out.push_back({std::move(e.id), e.kind != keys::kCanonAlias, e.kind == keys::kCanonCompany});
    }
    return out;
  }

  WriteGroup& group_;
};

Status WriteGroup::IndexForms(const std::vector<std::pair<std::string, char>>& forms,
                              const std::string& id, bool add) {
  for (const auto& [key, kind] : forms) {
    Result<std::optional<std::string>> value = Get(keys::kCanon, key);
    if (!value.ok()) return value.status();
    std::vector<keys::CanonEntry> entries;
    if (value->has_value()) {
      std::optional<std::vector<keys::CanonEntry>> decoded = keys::DecodeCanonEntries(**value);
      if (!decoded) return Status::Corruption("bad value at " + DescribeKey(keys::kCanon, key));
      entries = std::move(*decoded);
    }
    auto it = std::find_if(entries.begin(), entries.end(),
                           [&](const keys::CanonEntry& e) { return e.id == id; });
    if (add) {
      // A name outranks an alias of the same form.
      if (it != entries.end() && (it->kind != keys::kCanonAlias || kind == keys::kCanonAlias)) {
        continue;
      }
      if (it != entries.end()) {
        it->kind = kind;
      } else if (!entries.empty() && entries.back().kind == keys::kCanonMany) {
        continue;
      } else if (entries.size() >= keys::kMaxCanonEntries) {
        entries.push_back({"*", keys::kCanonMany});
      } else {
        entries.push_back({id, kind});
      }
    } else {
      if (it == entries.end()) continue;
      entries.erase(it);
    }
    if (entries.empty()) {
      Delete(keys::kCanon, key);
    } else {
      Put(keys::kCanon, key, keys::EncodeCanonEntries(entries));
    }
  }
  return Status::Ok();
}

Result<PutOutcome> WriteGroup::Add(PreparedDocument doc) {
  if (store_.read_only_) {
    return Status::InvalidArgument("store at " + store_.dir_ + " is open read-only");
  }
  // The actors the store knows: read only, so nothing to take back.
  Index index(*this);
  std::vector<std::pair<std::string, std::string>> retired;
  Result<bool> merged = Canonicalize(doc.facts, index, store_.alias_rules_, &retired);
  if (!merged.ok()) return merged.status();
  // A metadata-only import of a stored text: the statements' claims are
  // those of that text's words.
  bool own_claims = false;
  if (doc.doc.text.empty() && !doc.absent &&
      !(doc.facts.quotes.empty() && doc.facts.relations.empty())) {
    Result<std::optional<std::string>> stored = Get(keys::kDocuments, doc.doc.id);
    if (!stored.ok()) return stored.status();
    if (stored->has_value()) {
      Result<Document> old =
          NameKeyOnFailure(DecodeDocument(**stored), keys::kDocuments, doc.doc.id);
      if (!old.ok()) return old.status();
      if (old->content_hash == doc.doc.content_hash && !old->text.empty()) {
        SetOwnClaims(doc, old->text);
        own_claims = true;
      }
    }
  }
  BeginDocument();
  Result<bool> claimed = AssignClaims(doc);
  Result<PutOutcome> outcome = claimed.ok() ? Result<PutOutcome>(PutOutcome::kAdded)
                                            : Result<PutOutcome>(claimed.status());
  if (outcome.ok()) {
    if (*merged || *claimed || own_claims) EncodeFacts(doc);
    outcome = Stage(doc);
  }
  for (const auto& [from, to] : retired) {
    if (!outcome.ok()) break;
    if (Status s = Retire(from, to); !s.ok()) outcome = s;
  }
  FinishDocument(outcome.ok(), doc.doc.id);
  return outcome;
}

Status WriteGroup::Rederive(PreparedDocument doc, bool write_document) {
  BeginDocument();
  Result<bool> claimed = AssignClaims(doc);
  Status s = claimed.status();
  if (s.ok()) {
    EncodeFacts(doc);
    if (write_document) Put(keys::kDocuments, doc.doc.id, doc.doc_value);
    Put(keys::kFacts, doc.doc.id, doc.facts_value);
    for (const auto& [key, value] : doc.quotes) Put(keys::kQuotes, key, value);
    for (const auto& [key, value] : doc.relations) Put(keys::kRelations, key, value);
    s = StageEdges(DocumentFacts(), doc.facts);
  }
  FinishDocument(s.ok(), doc.doc.id);
  return s;
}

void WriteGroup::BeginDocument() {
  undo_.clear();
  doc_bytes_ = 0;
  for (size_t cf = 0; cf < keys::kNumColumnFamilies; ++cf) {
    appended_before_[cf] = appended_[cf].size();
  }
}

void WriteGroup::FinishDocument(bool kept, const std::string& id) {
  if (kept) {
    bytes_ += doc_bytes_;
    if (documents_++ == 0) first_id_ = id;
    last_id_ = id;
  } else {
    TakeBack();
  }
  undo_.clear();
}

void WriteGroup::TakeBack() {
  // This document's changes, newest first.
  for (auto u = undo_.rbegin(); u != undo_.rend(); ++u) {
    if (u->before) {
      staged_[u->cf].find(u->key)->second = *u->before;
    } else {
      staged_[u->cf].erase(u->key);
    }
  }
  for (size_t cf = 0; cf < keys::kNumColumnFamilies; ++cf) {
    appended_[cf].erase(appended_[cf].begin() + static_cast<ptrdiff_t>(appended_before_[cf]),
                        appended_[cf].end());
  }
}

Status WriteGroup::Retire(const std::string& from, const std::string& to) {
  // The documents naming `from`: its postings, staged or stored.
  const std::string prefix = keys::Prefix(from);
  std::set<std::string> docs;
  for (const auto& [key, slot] : staged_[keys::kActorDocs]) {
    if (slot.present && key.starts_with(prefix)) docs.emplace(key.substr(prefix.size()));
  }
  {
    std::unique_ptr<rocksdb::Iterator> it(
        store_.db_->NewIterator(rocksdb::ReadOptions(), (*store_.cf_)[keys::kActorDocs]));
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      const std::string_view key = it->key().ToStringView();
      if (Staged(keys::kActorDocs, key) == nullptr) docs.emplace(key.substr(prefix.size()));
    }
    if (!it->status().ok()) {
      return FromRocksDb(it->status(), "scanning " + DescribeKey(keys::kActorDocs, prefix),
                         store_.dir_);
    }
  }
  for (const std::string& id : docs) {
    Result<std::optional<std::string>> doc_bytes = Get(keys::kDocuments, id);
    if (!doc_bytes.ok()) return doc_bytes.status();
    Result<std::optional<std::string>> facts_bytes = Get(keys::kFacts, id);
    if (!facts_bytes.ok()) return facts_bytes.status();
    if (!doc_bytes->has_value() || !facts_bytes->has_value()) continue;
    Result<Document> doc = NameKeyOnFailure(DecodeDocument(**doc_bytes), keys::kDocuments, id);
    if (!doc.ok()) return doc.status();
    Result<DocumentFacts> facts =
        NameKeyOnFailure(DecodeDocumentFacts(**facts_bytes), keys::kFacts, id);
    if (!facts.ok()) return facts.status();
    PreparedDocument prepared;
    prepared.doc = std::move(doc).value();
    prepared.facts = std::move(facts).value();
    std::string name;
    for (const Actor& a : prepared.facts.actors) {
      if (a.id == from) name = a.name;
    }
    RemapActors(prepared.facts, {{from, to}});
    prepared.facts.merges.push_back({from, name, to,
                                     TypeOfId(to) == ActorType::kCountry ? MergeReason::kCountry
                                                                         : MergeReason::kName});
    EncodeFacts(prepared);
    Result<PutOutcome> outcome = Stage(prepared);
    if (!outcome.ok()) return outcome.status();
  }
  return Status::Ok();
}

Result<PutOutcome> WriteGroup::Stage(PreparedDocument& prepared) {
  Document& doc = prepared.doc;
  const DocumentFacts& facts = prepared.facts;

  // A caller that found no document, and has not written one since, saves
  // the lookup.
  Result<std::optional<std::string>> old_doc_bytes =
      prepared.absent && Staged(keys::kDocuments, doc.id) == nullptr
          ? std::optional<std::string>()
          : Get(keys::kDocuments, doc.id);
  if (!old_doc_bytes.ok()) return old_doc_bytes.status();
  DocumentFacts old_facts;
  std::string old_date;  // quote keys hold their document's date
  const bool existed = old_doc_bytes->has_value();
  if (existed) {
    Result<Document> old_doc =
        NameKeyOnFailure(DecodeDocument(**old_doc_bytes), keys::kDocuments, doc.id);
    if (!old_doc.ok()) return old_doc.status();
    old_date = old_doc->date;
    // A metadata-only import of a stored text keeps the text, so the spans
    // must fit that text.
    if (doc.text.empty() && old_doc->content_hash == doc.content_hash) {
      doc.text = old_doc->text;
      prepared.doc_value.clear();  // encoded without the text
      if (!doc.text.empty()) {
        if (Status s = ValidateSpans(doc.id, facts, doc.text.size()); !s.ok()) return s;
      }
    }
    Result<std::optional<std::string>> old_facts_bytes = Get(keys::kFacts, doc.id);
    if (!old_facts_bytes.ok()) return old_facts_bytes.status();
    // Unchanged only when the facts are too: the same text re-extracted by a
    // newer extractor (or lexicon) replaces the old facts. The same facts
    // from another extractor only record its fingerprint.
    if (old_facts_bytes->has_value() && **old_facts_bytes == prepared.facts_value) {
      Document old_as_new = *old_doc;
      old_as_new.extractor = doc.extractor;
      if (old_as_new == doc) {
        if (old_doc->extractor != doc.extractor) Put(keys::kDocuments, doc.id, EncodeDocument(doc));
        return PutOutcome::kUnchanged;
      }
    }
    if (old_facts_bytes->has_value()) {
      Result<DocumentFacts> decoded =
          NameKeyOnFailure(DecodeDocumentFacts(**old_facts_bytes), keys::kFacts, doc.id);
      if (!decoded.ok()) return decoded.status();
      old_facts = std::move(decoded).value();
    }
  }

  // The worker encoded the document, unless it took the stored text since.
  Put(keys::kDocuments, doc.id,
      prepared.doc_value.empty() ? EncodeDocument(doc) : std::move(prepared.doc_value));
  Put(keys::kFacts, doc.id, prepared.facts_value);
  // Deletes first: a key both old and new ends up written.
  for (const Quote& q : old_facts.quotes) Delete(keys::kQuotes, keys::QuoteKey(q, old_date));
  for (const Relation& r : old_facts.relations) Delete(keys::kRelations, keys::RelationKey(r));
  for (const ActorMerge& m : old_facts.merges) {
    Delete(keys::kMerges, keys::MergeKey(m.to, m.from, doc.id));
  }
  for (const ActorMerge& m : facts.merges) {
    Put(keys::kMerges, keys::MergeKey(m.to, m.from, doc.id), keys::EncodeMerge(m));
  }
  for (const auto& [key, value] : prepared.quotes) Put(keys::kQuotes, key, value);
  for (const auto& [key, value] : prepared.relations) {
    Put(keys::kRelations, key, value);
  }
  if (Status s = StageEdges(old_facts, facts); !s.ok()) return s;

  const std::map<std::string, DocActor> old_actors = ActorsOf(old_facts);
  const std::map<std::string, DocActor> new_actors = ActorsOf(facts);

  for (const auto& [id, incoming] : new_actors) {
    auto old_it = old_actors.find(id);
    if (old_it == old_actors.end() || old_it->second.mentions != incoming.mentions) {
      Put(keys::kActorDocs, keys::PostingKey(id, doc.id),
          keys::EncodeBigEndian32(incoming.mentions));
    }
    Result<std::optional<std::string>> record_bytes = Get(keys::kActors, id);
    if (!record_bytes.ok()) return record_bytes.status();
    if (!record_bytes->has_value()) {
      const Actor& record = incoming.actor;
      Put(keys::kActors, id, EncodeActor(record));
      for (const std::string& k : AliasKeys(record)) Put(keys::kAliases, k, "");
      for (const std::string& k : NameWordKeys(record)) Put(keys::kNameWords, k, "");
      if (Status s = IndexForms(CanonKeys(record), id, true); !s.ok()) return s;
      continue;
    }
    Result<Actor> record = NameKeyOnFailure(DecodeActor(**record_bytes), keys::kActors, id);
    if (!record.ok()) return record.status();
    const size_t before = record->aliases.size();
    if (UnionAliases(incoming.actor.aliases, record->aliases) == 0) continue;
    Put(keys::kActors, id, EncodeActor(*record));
    for (size_t i = before; i < record->aliases.size(); ++i) {
      Put(keys::kAliases, keys::AliasKey(keys::ToLowerAscii(record->aliases[i]), id), "");
    }
    if (Status s = IndexForms(CanonKeys(*record, before, false), id, true); !s.ok()) return s;
  }

  for (const auto& [id, outgoing] : old_actors) {
    if (new_actors.count(id) != 0) continue;
    const std::string posting = keys::PostingKey(id, doc.id);
    Delete(keys::kActorDocs, posting);

    // Does another document still mention the actor?
    Result<bool> others = AnyOtherWithPrefix(keys::kActorDocs, keys::Prefix(id), posting);
    if (!others.ok()) return others.status();
    if (*others) continue;

    Result<std::optional<std::string>> record_bytes = Get(keys::kActors, id);
    if (!record_bytes.ok()) return record_bytes.status();
    Actor record = outgoing.actor;  // if the record is missing, its keys are these
    if (record_bytes->has_value()) {
      Result<Actor> decoded = NameKeyOnFailure(DecodeActor(**record_bytes), keys::kActors, id);
      if (!decoded.ok()) return decoded.status();
      record = std::move(decoded).value();
    }
    Delete(keys::kActors, id);
    for (const std::string& k : AliasKeys(record)) Delete(keys::kAliases, k);
    for (const std::string& k : NameWordKeys(record)) Delete(keys::kNameWords, k);
    if (Status s = IndexForms(CanonKeys(record), id, false); !s.ok()) return s;
  }
  return existed ? PutOutcome::kReplaced : PutOutcome::kAdded;
}

Result<std::vector<std::optional<std::string>>> WriteGroup::GetMany(
    keys::Cf cf, const std::vector<std::string>& keys) {
  std::vector<std::optional<std::string>> out(keys.size());
  std::vector<rocksdb::Slice> unstaged;
  std::vector<size_t> at;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (const Slot* staged = Staged(cf, keys[i])) {
      if (staged->present) out[i] = std::string(staged->value);
    } else {
      unstaged.emplace_back(keys[i].data(), keys[i].size());
      at.push_back(i);
    }
  }
  if (unstaged.empty()) return out;
  std::vector<rocksdb::PinnableSlice> values(unstaged.size());
  std::vector<rocksdb::Status> statuses(unstaged.size());
  store_.db_->MultiGet(rocksdb::ReadOptions(), (*store_.cf_)[cf], unstaged.size(),
                       unstaged.data(), values.data(), statuses.data());
  for (size_t j = 0; j < unstaged.size(); ++j) {
    if (statuses[j].IsNotFound()) continue;
    if (!statuses[j].ok()) {
      return FromRocksDb(statuses[j], "reading " + DescribeKey(cf, keys[at[j]]), store_.dir_);
    }
    out[at[j]] = values[j].ToString();
  }
  return out;
}

Result<bool> WriteGroup::AssignClaims(PreparedDocument& doc) {
  DocumentFacts& facts = doc.facts;
  const std::vector<ClaimText>& claims = doc.claims;
  if (claims.size() != facts.quotes.size() + facts.relations.size()) return false;
  auto claim_of = [&](size_t i) -> uint64_t& {
    return i < facts.quotes.size() ? facts.quotes[i].claim
                                   : facts.relations[i - facts.quotes.size()].claim;
  };
  // Every lookup of the document at once (a RocksDB MultiGet per step);
  // what this document records is kept here, so its later statements see
  // its earlier ones.
  std::vector<std::string> text_keys;
  for (const ClaimText& c : claims) text_keys.push_back(keys::ClaimTextKey(c.id));
  Result<std::vector<std::optional<std::string>>> known = GetMany(keys::kClaims, text_keys);
  if (!known.ok()) return known.status();
  std::map<std::string, std::optional<std::string>> records;  // claims key -> value
  std::vector<std::string> band_keys;
  for (size_t i = 0; i < claims.size(); ++i) {
    records.emplace(text_keys[i], (*known)[i]);
    if ((*known)[i] || claims[i].words.empty()) continue;
    for (uint64_t band : claims[i].bands) band_keys.push_back(keys::ClaimBandKey(band));
  }
  if (!band_keys.empty()) {
    Result<std::vector<std::optional<std::string>>> lists = GetMany(keys::kClaims, band_keys);
    if (!lists.ok()) return lists.status();
    std::vector<std::string> candidate_keys;
    for (size_t i = 0; i < band_keys.size(); ++i) {
      records.emplace(band_keys[i], (*lists)[i]);
      const std::string_view list = (*lists)[i] ? std::string_view(*(*lists)[i]) : "";
      for (size_t at = 0; at + 8 <= list.size(); at += 8) {
        std::string key = keys::ClaimTextKey(*keys::DecodeBigEndian64(list.substr(at, 8)));
        if (records.count(key) == 0) candidate_keys.push_back(std::move(key));
      }
    }
    std::sort(candidate_keys.begin(), candidate_keys.end());
    candidate_keys.erase(std::unique(candidate_keys.begin(), candidate_keys.end()),
                         candidate_keys.end());
    Result<std::vector<std::optional<std::string>>> found = GetMany(keys::kClaims, candidate_keys);
    if (!found.ok()) return found.status();
    for (size_t i = 0; i < candidate_keys.size(); ++i) {
      records.emplace(candidate_keys[i], (*found)[i]);
    }
  }

  bool changed = false;
  for (size_t i = 0; i < claims.size(); ++i) {
    const ClaimText& c = claims[i];
    if (c.words.empty()) continue;
    uint64_t& claim = claim_of(i);
    std::optional<std::string>& record = records[text_keys[i]];
    if (record) {
      std::optional<uint64_t> id = keys::DecodeBigEndian64(*record);
      if (!id) {
        return Status::Corruption("bad value at " + DescribeKey(keys::kClaims, text_keys[i]));
      }
      changed |= *id != claim;
      claim = *id;
      continue;
    }
    // New words: the claim of the most similar near copy the store holds
    // (the lowest id among equals), else their own.
    uint64_t best = c.id;
    double best_similarity = 0;
    for (uint64_t band : c.bands) {
      const std::optional<std::string>& list = records[keys::ClaimBandKey(band)];
      if (!list) continue;
      for (size_t at = 0; at + 8 <= list->size(); at += 8) {
        const uint64_t candidate = *keys::DecodeBigEndian64(std::string_view(*list).substr(at, 8));
        const std::string candidate_key = keys::ClaimTextKey(candidate);
        auto it = records.find(candidate_key);
        if (it == records.end() || !it->second || it->second->size() < 8) {
          return Status::Corruption("claim " + FormatClaim(candidate) + " is missing at " +
                                    DescribeKey(keys::kClaims, candidate_key));
        }
        const double similarity =
            ClaimSimilarity(c.words, std::string_view(*it->second).substr(8));
        if (similarity < kClaimThreshold) continue;
        if (similarity > best_similarity || (similarity == best_similarity && candidate < best)) {
          best = candidate;
          best_similarity = similarity;
        }
      }
    }
    const bool own = best == c.id;
    record = keys::EncodeBigEndian64(best) + (own && !c.bands.empty() ? c.words : std::string());
    Put(keys::kClaims, text_keys[i], *record);
    if (own) {
      for (uint64_t band : c.bands) {
        const std::string band_key = keys::ClaimBandKey(band);
        std::optional<std::string>& list = records[band_key];
        if (list && list->size() >= kMaxBandClaims * 8) continue;
        list = list.value_or(std::string()) + keys::EncodeBigEndian64(c.id);
        Put(keys::kClaims, band_key, *list);
      }
    }
    changed |= best != claim;
    claim = best;
  }
  return changed;
}

Status WriteGroup::StageEdges(const DocumentFacts& old_facts, const DocumentFacts& facts) {
  // Both lists are sorted by (type, source, target): walk them together and
  // apply each edge's difference to its stored sums.
  const std::vector<EdgeCount> before = DocumentEdges(old_facts);
  const std::vector<EdgeCount> after = DocumentEdges(facts);
  auto order = [](const EdgeCount& e) { return std::tie(e.type, e.source, e.target); };
  size_t i = 0, j = 0;
  while (i < before.size() || j < after.size()) {
    const EdgeCount* old_edge = nullptr;
    const EdgeCount* new_edge = nullptr;
    if (j == after.size() || (i < before.size() && order(before[i]) < order(after[j]))) {
      old_edge = &before[i++];
    } else if (i == before.size() || order(after[j]) < order(before[i])) {
      new_edge = &after[j++];
    } else {
      old_edge = &before[i++];
      new_edge = &after[j++];
    }
    const EdgeCount& e = new_edge ? *new_edge : *old_edge;
    const std::string key = keys::EdgeKey(e.type, e.source, e.target);
    const int64_t statements = int64_t{new_edge ? new_edge->statements : 0} -
                               int64_t{old_edge ? old_edge->statements : 0};
    const int64_t documents = int64_t{new_edge ? 1 : 0} - int64_t{old_edge ? 1 : 0};
    // A claim counts once however many documents make it: edge_claims
    // holds, per claim, the documents that give it to this edge. Relations
    // with claim 0 are claims of their own.
    static const std::vector<uint64_t> kNone;
    const std::vector<uint64_t>& old_ids = old_edge ? old_edge->claim_ids : kNone;
    const std::vector<uint64_t>& new_ids = new_edge ? new_edge->claim_ids : kNone;
    int64_t claims = int64_t{new_edge ? new_edge->claims - uint32_t(new_ids.size()) : 0} -
                     int64_t{old_edge ? old_edge->claims - uint32_t(old_ids.size()) : 0};
    size_t a = 0, b = 0;
    while (a < old_ids.size() || b < new_ids.size()) {
      int delta = 0;
      uint64_t claim = 0;
      if (b == new_ids.size() || (a < old_ids.size() && old_ids[a] < new_ids[b])) {
        claim = old_ids[a++];
        delta = -1;
      } else if (a == old_ids.size() || new_ids[b] < old_ids[a]) {
        claim = new_ids[b++];
        delta = 1;
      } else {
        ++a;
        ++b;
        continue;
      }
      const std::string claim_key = keys::EdgeClaimKey(key, claim);
      Result<std::optional<std::string>> held = Get(keys::kEdgeClaims, claim_key);
      if (!held.ok()) return held.status();
      std::optional<uint32_t> n = held->has_value() ? keys::DecodeBigEndian32(**held) : 0u;
      if (!n || (*n == 0 && delta < 0)) {
        return Status::Corruption("claim counts at " + DescribeKey(keys::kEdgeClaims, claim_key) +
                                  " disagree with the facts; rebuild the store");
      }
      const uint32_t now = static_cast<uint32_t>(int64_t{*n} + delta);
      if (now == 0) {
        Delete(keys::kEdgeClaims, claim_key);
        --claims;
      } else {
        Put(keys::kEdgeClaims, claim_key, keys::EncodeBigEndian32(now));
        if (*n == 0) ++claims;
      }
    }
    if (statements == 0 && documents == 0 && claims == 0) continue;
    Result<std::optional<std::string>> stored = Get(keys::kEdges, key);
    if (!stored.ok()) return stored.status();
    keys::EdgeSums sums;
    if (stored->has_value()) {
      std::optional<keys::EdgeSums> decoded = keys::DecodeEdgeCounts(**stored);
      if (!decoded) return Status::Corruption("bad value at " + DescribeKey(keys::kEdges, key));
      sums = *decoded;
    }
    const int64_t new_statements = sums.statements + statements;
    const int64_t new_documents = sums.documents + documents;
    const int64_t new_claims = sums.claims + claims;
    if (new_statements < 0 || new_documents < 0 || new_claims < 0 ||
        (new_statements == 0) != (new_documents == 0) ||
        (new_statements == 0) != (new_claims == 0)) {
      return Status::Corruption("edge counts at " + DescribeKey(keys::kEdges, key) +
                                " disagree with the facts; rebuild the store");
    }
    if (new_statements == 0) {
      Delete(keys::kEdges, key);
    } else {
      Put(keys::kEdges, key,
          keys::EncodeEdgeCounts({static_cast<uint32_t>(new_statements),
                                  static_cast<uint32_t>(new_documents),
                                  static_cast<uint32_t>(new_claims)}));
    }
  }
  return Status::Ok();
}

Status WriteGroup::Commit() {
  if (store_.read_only_) {
    return Status::InvalidArgument("store at " + store_.dir_ + " is open read-only");
  }
  const std::string what = documents_ <= 1 ? "writing document " + first_id_
                                           : "writing documents " + first_id_ + " to " +
                                                 last_id_;
  documents_ = 0;
  bytes_ = 0;
  Status s = mode_ == WriteMode::kFiles ? IngestAsFiles(what) : WriteBatch(what);
  if (s.ok()) {
    // The caches now hold what the store holds.
    for (keys::Cf cf : {keys::kActors, keys::kEdges, keys::kCanon}) {
      auto& cache = cache_[CacheIndex(cf)];
      for (const auto& [key, slot] : staged_[cf]) {
        if (cache.size() >= kCacheEntries) cache.clear();
        cache.insert_or_assign(std::string(key), slot.present
                                                     ? std::optional<std::string>(slot.value)
                                                     : std::nullopt);
      }
    }
  }
  // The tables go before the arena holding them (buckets included).
  // The next group is sized like this one, so its tables need not grow.
  std::vector<size_t> sizes;
  for (const Overlay& o : staged_) sizes.push_back(o.size());
  staged_.clear();
  for (auto& a : appended_) a.clear();
  arena_.release();
  for (size_t cf = 0; cf < keys::kNumColumnFamilies; ++cf) {
    staged_.emplace_back(&arena_);
    staged_.back().reserve(sizes[cf]);
  }
  return s;
}

std::vector<std::pair<std::string_view, WriteGroup::Slot>> WriteGroup::Sorted(keys::Cf cf) const {
  // string_view compares bytes as unsigned char: RocksDB's bytewise order.
  auto by_key = [](const auto& a, const auto& b) { return a.first < b.first; };
  if (WriteOnly(cf)) {
    // Staged in order: of the entries of one key, the last one counts.
    std::vector<std::pair<std::string_view, Slot>> out = appended_[cf];
    std::stable_sort(out.begin(), out.end(), by_key);
    size_t kept = 0;
    for (size_t i = 0; i < out.size(); ++i) {
      if (i + 1 < out.size() && out[i + 1].first == out[i].first) continue;
      out[kept++] = out[i];
    }
    out.erase(out.begin() + static_cast<ptrdiff_t>(kept), out.end());
    return out;
  }
  std::vector<std::pair<std::string_view, Slot>> out(staged_[cf].begin(), staged_[cf].end());
  std::sort(out.begin(), out.end(), by_key);
  return out;
}

Status WriteGroup::WriteBatch(const std::string& what) {
  rocksdb::WriteBatch batch;
  for (size_t c = 0; c < keys::kNumColumnFamilies; ++c) {
    rocksdb::ColumnFamilyHandle* handle = (*store_.cf_)[static_cast<keys::Cf>(c)];
    // In key order: each memtable insert starts near the last.
    for (const auto& [key, slot] : Sorted(static_cast<keys::Cf>(c))) {
      if (slot.present) {
        batch.Put(handle, key, slot.value);
      } else {
        batch.Delete(handle, key);
      }
    }
  }
  if (batch.Count() == 0) return Status::Ok();
  rocksdb::WriteOptions write;
  write.sync = false;  // WAL on: survives a process crash, not a power cut
  rocksdb::Status s = store_.db_->Write(write, &batch);
  if (!s.ok()) return FromRocksDb(s, what, store_.dir_);
  return Status::Ok();
}

Status WriteGroup::IngestAsFiles(const std::string& what) {
  namespace fs = std::filesystem;
  const fs::path dir = FilesDir(store_.dir_);
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return Status::IOError("cannot create " + dir.string() + ": " + ec.message());
  const std::string set = std::to_string(getpid()) + "-" + std::to_string(++file_sets_) + "-";
  std::vector<rocksdb::IngestExternalFileArg> args;
  for (size_t c = 0; c < keys::kNumColumnFamilies; ++c) {
    if (staged_[c].empty() && appended_[c].empty()) continue;
    const keys::Cf cf = static_cast<keys::Cf>(c);
    rocksdb::ColumnFamilyHandle* handle = (*store_.cf_)[cf];
    const rocksdb::Options options(store_.db_->GetDBOptions(), store_.db_->GetOptions(handle));
    rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), options, handle);
    const std::string path =
        (dir / (set + std::string(keys::kColumnFamilyNames[c]) + ".sst")).string();
    rocksdb::Status s = writer.Open(path);
    // SstFileWriter requires keys in the comparator's order.
    const auto sorted = Sorted(cf);
    for (auto it = sorted.begin(); s.ok() && it != sorted.end(); ++it) {
      s = it->second.present ? writer.Put(it->first, it->second.value) : writer.Delete(it->first);
    }
    if (s.ok()) s = writer.Finish();
    if (!s.ok()) return FromRocksDb(s, what + " to " + path, store_.dir_);
    rocksdb::IngestExternalFileArg arg;
    arg.column_family = handle;
    arg.external_files = {path};
    arg.options.move_files = true;  // a hard link: the files are already in the store
    args.push_back(std::move(arg));
  }
  if (args.empty()) return Status::Ok();
  // All column families at once, atomically: each document stays whole.
  rocksdb::Status s = store_.db_->IngestExternalFiles(args);
  for (const rocksdb::IngestExternalFileArg& arg : args) fs::remove(arg.external_files[0], ec);
  if (!s.ok()) return FromRocksDb(s, what, store_.dir_);
  return Status::Ok();
}

}  // namespace actorgraph
