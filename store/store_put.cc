// Store::Put: one WriteBatch per document that swaps the old facts' index
// entries for the new ones and keeps actor records and postings in step.
//
// Invariants kept (see store/keys.h for the layout):
//  - an actor record exists iff at least one actor_docs posting names it;
//  - its aliases/name_words entries exist iff the record does, and cover its
//    id, name and every alias in the record;
//  - quotes/relations hold exactly the entries derived from the facts blobs.
// Aliases are only ever added while an actor lives: replacing the document
// that introduced an alias leaves it on the record until the actor goes.
#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include <rocksdb/write_batch.h>

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

}  // namespace

Result<PutOutcome> Store::Put(const Document& doc_in, const DocumentFacts& facts_in) {
  if (read_only_) {
    return Status::InvalidArgument("store at " + dir_ + " is open read-only");
  }
  // Before the lock: the text check reads the whole text.
  if (Status s = ValidateDocumentFacts(doc_in, facts_in); !s.ok()) return s;
  Document doc = doc_in;
  if (!doc.text.empty()) doc.content_hash = ContentHash(doc.text);
  const DocumentFacts facts = Normalised(facts_in);
  const Handles& cf = *cf_;
  rocksdb::DB& db = *db_;
  const rocksdb::ReadOptions read;

  std::lock_guard<std::mutex> lock(put_mutex_);

  Result<std::optional<std::string>> old_doc_bytes =
      ReadValue(db, read, cf[keys::kDocuments], keys::kDocuments, doc.id, dir_);
  if (!old_doc_bytes.ok()) return old_doc_bytes.status();
  DocumentFacts old_facts;
  const bool existed = old_doc_bytes->has_value();
  if (existed) {
    Result<Document> old_doc =
        NameKeyOnFailure(DecodeDocument(**old_doc_bytes), keys::kDocuments, doc.id);
    if (!old_doc.ok()) return old_doc.status();
    // A metadata-only import of a stored text keeps the text, so the spans
    // must fit that text.
    if (doc.text.empty() && old_doc->content_hash == doc.content_hash) {
      doc.text = old_doc->text;
      if (!doc.text.empty()) {
        if (Status s = ValidateSpans(doc.id, facts, doc.text.size()); !s.ok()) return s;
      }
    }
    Result<std::optional<std::string>> old_facts_bytes =
        ReadValue(db, read, cf[keys::kFacts], keys::kFacts, doc.id, dir_);
    if (!old_facts_bytes.ok()) return old_facts_bytes.status();
    // Unchanged only when the facts are too: the same text re-extracted by a
    // newer extractor (or lexicon) replaces the old facts.
    if (*old_doc == doc && old_facts_bytes->has_value() &&
        **old_facts_bytes == EncodeDocumentFacts(facts)) {
      return PutOutcome::kUnchanged;
    }
    if (old_facts_bytes->has_value()) {
      Result<DocumentFacts> decoded = NameKeyOnFailure(
          DecodeDocumentFacts(**old_facts_bytes), keys::kFacts, doc.id);
      if (!decoded.ok()) return decoded.status();
      old_facts = std::move(decoded).value();
    }
  }

  rocksdb::WriteBatch batch;
  batch.Put(cf[keys::kDocuments], doc.id, EncodeDocument(doc));
  batch.Put(cf[keys::kFacts], doc.id, EncodeDocumentFacts(facts));
  // Deletes first: a key both old and new ends up written.
  for (const Quote& q : old_facts.quotes) batch.Delete(cf[keys::kQuotes], keys::QuoteKey(q));
  for (const Relation& r : old_facts.relations) {
    batch.Delete(cf[keys::kRelations], keys::RelationKey(r));
  }
  for (const Quote& q : facts.quotes) {
    batch.Put(cf[keys::kQuotes], keys::QuoteKey(q), EncodeQuote(q));
  }
  for (const Relation& r : facts.relations) {
    batch.Put(cf[keys::kRelations], keys::RelationKey(r), EncodeRelation(r));
  }

  const std::map<std::string, DocActor> old_actors = ActorsOf(old_facts);
  const std::map<std::string, DocActor> new_actors = ActorsOf(facts);

  for (const auto& [id, incoming] : new_actors) {
    auto old_it = old_actors.find(id);
    if (old_it == old_actors.end() || old_it->second.mentions != incoming.mentions) {
      batch.Put(cf[keys::kActorDocs], keys::PostingKey(id, doc.id),
                keys::EncodeBigEndian32(incoming.mentions));
    }
    Result<std::optional<std::string>> record_bytes =
        ReadValue(db, read, cf[keys::kActors], keys::kActors, id, dir_);
    if (!record_bytes.ok()) return record_bytes.status();
    if (!record_bytes->has_value()) {
      const Actor& record = incoming.actor;
      batch.Put(cf[keys::kActors], id, EncodeActor(record));
      for (const std::string& k : AliasKeys(record)) batch.Put(cf[keys::kAliases], k, "");
      for (const std::string& k : NameWordKeys(record)) {
        batch.Put(cf[keys::kNameWords], k, "");
      }
      continue;
    }
    Result<Actor> record =
        NameKeyOnFailure(DecodeActor(**record_bytes), keys::kActors, id);
    if (!record.ok()) return record.status();
    const size_t before = record->aliases.size();
    if (UnionAliases(incoming.actor.aliases, record->aliases) == 0) continue;
    batch.Put(cf[keys::kActors], id, EncodeActor(*record));
    for (size_t i = before; i < record->aliases.size(); ++i) {
      batch.Put(cf[keys::kAliases],
                keys::AliasKey(keys::ToLowerAscii(record->aliases[i]), id), "");
    }
  }

  for (const auto& [id, outgoing] : old_actors) {
    if (new_actors.count(id) != 0) continue;
    const std::string posting = keys::PostingKey(id, doc.id);
    batch.Delete(cf[keys::kActorDocs], posting);

    // Does another document still mention the actor?
    const std::string prefix = keys::Prefix(id);
    std::unique_ptr<rocksdb::Iterator> it(db.NewIterator(read, cf[keys::kActorDocs]));
    bool others = false;
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      if (it->key().ToStringView() != posting) {
        others = true;
        break;
      }
    }
    if (!it->status().ok()) {
      return FromRocksDb(it->status(), "scanning " + DescribeKey(keys::kActorDocs, prefix),
                         dir_);
    }
    if (others) continue;

    Result<std::optional<std::string>> record_bytes =
        ReadValue(db, read, cf[keys::kActors], keys::kActors, id, dir_);
    if (!record_bytes.ok()) return record_bytes.status();
    Actor record = outgoing.actor;  // if the record is missing, its keys are these
    if (record_bytes->has_value()) {
      Result<Actor> decoded =
          NameKeyOnFailure(DecodeActor(**record_bytes), keys::kActors, id);
      if (!decoded.ok()) return decoded.status();
      record = std::move(decoded).value();
    }
    batch.Delete(cf[keys::kActors], id);
    for (const std::string& k : AliasKeys(record)) batch.Delete(cf[keys::kAliases], k);
    for (const std::string& k : NameWordKeys(record)) {
      batch.Delete(cf[keys::kNameWords], k);
    }
  }

  rocksdb::WriteOptions write;
  write.sync = false;  // WAL on: survives a process crash, not a power cut
  rocksdb::Status s = db.Write(write, &batch);
  if (!s.ok()) return FromRocksDb(s, "writing document " + doc.id, dir_);
  return existed ? PutOutcome::kReplaced : PutOutcome::kAdded;
}

}  // namespace actorgraph
