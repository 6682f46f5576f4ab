// The Store's readers: point lookups, prefix scans, Stats and Snapshot.
// Multi-family reads (Stats, Snapshot) run under one RocksDB snapshot so a
// concurrent Put is seen wholly or not at all.
#include <algorithm>
#include <functional>
#include <map>
#include <memory>

#include "schemas/codec.h"
#include "store/store_internal.h"

namespace actorgraph {

namespace {

using ScanFn = std::function<Status(std::string_view key, std::string_view value)>;

// Calls `fn` on every entry of `cf` whose key starts with `prefix`, in key
// order, stopping at the first non-ok Status.
Status Scan(rocksdb::DB& db, const rocksdb::ReadOptions& options,
            const ColumnFamilies& handles, keys::Cf cf, std::string_view prefix,
            std::string_view dir, const ScanFn& fn) {
  std::unique_ptr<rocksdb::Iterator> it(db.NewIterator(options, handles[cf]));
  const rocksdb::Slice p(prefix.data(), prefix.size());
  for (it->Seek(p); it->Valid() && it->key().starts_with(p); it->Next()) {
    if (Status s = fn(it->key().ToStringView(), it->value().ToStringView()); !s.ok()) {
      return s;
    }
  }
  if (!it->status().ok()) {
    return FromRocksDb(it->status(), "scanning " + DescribeKey(cf, prefix), dir);
  }
  return Status::Ok();
}

// Decodes every value of `cf` under `prefix` with `decode` into `out`.
template <typename T, typename Decoder>
Status ScanDecoded(rocksdb::DB& db, const rocksdb::ReadOptions& options,
                   const ColumnFamilies& handles, keys::Cf cf, std::string_view prefix,
                   std::string_view dir, Decoder decode, std::vector<T>& out) {
  return Scan(db, options, handles, cf, prefix, dir,
              [&](std::string_view key, std::string_view value) {
                Result<T> v = NameKeyOnFailure(decode(value), cf, key);
                if (!v.ok()) return v.status();
                out.push_back(std::move(v).value());
                return Status::Ok();
              });
}

// The second component of every key under `prefix` (the actor id of an
// aliases or name_words entry), in key order.
Result<std::vector<std::string>> ActorIdsUnder(rocksdb::DB& db,
                                               const ColumnFamilies& handles,
                                               keys::Cf cf, const std::string& prefix,
                                               std::string_view dir) {
  std::vector<std::string> ids;
  Status s = Scan(db, rocksdb::ReadOptions(), handles, cf, prefix, dir,
                  [&](std::string_view key, std::string_view) {
                    ids.emplace_back(key.substr(prefix.size()));
                    return Status::Ok();
                  });
  if (!s.ok()) return s;
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

// The value at `key` in `cf`, decoded; nullopt when absent; Corruption
// naming the key when it does not decode.
template <typename T, typename Decoder>
Result<std::optional<T>> GetDecoded(rocksdb::DB& db, const ColumnFamilies& handles, keys::Cf cf,
                                    std::string_view key, std::string_view dir, Decoder decode) {
  Result<std::optional<std::string>> bytes =
      ReadValue(db, rocksdb::ReadOptions(), handles[cf], cf, key, dir);
  if (!bytes.ok()) return bytes.status();
  if (!bytes->has_value()) return std::optional<T>();
  Result<T> value = NameKeyOnFailure(decode(**bytes), cf, key);
  if (!value.ok()) return value.status();
  return std::optional<T>(std::move(value).value());
}

struct Entry {
  std::string key, value;
};

// The first entry of `cf` whose key starts with `prefix`, or nullopt.
Result<std::optional<Entry>> FirstUnder(rocksdb::DB& db, const ColumnFamilies& handles,
                                        keys::Cf cf, const std::string& prefix,
                                        std::string_view dir) {
  std::unique_ptr<rocksdb::Iterator> it(db.NewIterator(rocksdb::ReadOptions(), handles[cf]));
  const rocksdb::Slice p(prefix);
  it->Seek(p);
  if (it->Valid() && it->key().starts_with(p)) {
    return std::optional<Entry>(Entry{it->key().ToString(), it->value().ToString()});
  }
  if (!it->status().ok()) {
    return FromRocksDb(it->status(), "reading " + DescribeKey(cf, prefix), dir);
  }
  return std::optional<Entry>();
}

}  // namespace

Result<std::optional<Document>> Store::GetDocument(std::string_view id) const {
  return GetDecoded<Document>(*db_, *cf_, keys::kDocuments, id, dir_, DecodeDocument);
}

Result<std::optional<DocumentFacts>> Store::GetFacts(std::string_view id) const {
  return GetDecoded<DocumentFacts>(*db_, *cf_, keys::kFacts, id, dir_, DecodeDocumentFacts);
}

Result<std::vector<std::string>> Store::FindActors(std::string_view query) const {
  const std::string lower = keys::ToLowerAscii(query);
  if (lower.empty() || lower.find(keys::kSep) != std::string::npos) {
    return std::vector<std::string>();
  }
  const std::string prefix = keys::Prefix(lower);
  Result<std::vector<std::string>> exact =
      ActorIdsUnder(*db_, *cf_, keys::kAliases, prefix, dir_);
  if (!exact.ok() || !exact->empty()) return exact;
  return ActorIdsUnder(*db_, *cf_, keys::kNameWords, prefix, dir_);
}

Result<std::vector<Store::NameMatch>> Store::ActorsByPrefix(std::string_view prefix,
                                                            size_t limit) const {
  std::vector<NameMatch> out;
  const std::string lower = keys::ToLowerAscii(prefix);
  if (lower.empty() || lower.find(keys::kSep) != std::string::npos) return out;
  for (NameMatch::Kind kind : {NameMatch::kAlias, NameMatch::kWord}) {
    size_t taken = 0;
    Status s = Scan(*db_, rocksdb::ReadOptions(), *cf_,
                    kind == NameMatch::kAlias ? keys::kAliases : keys::kNameWords, lower, dir_,
                    [&](std::string_view key, std::string_view) {
                      if (taken++ == limit) return Status::NotFound("enough");
                      const size_t sep = key.find(keys::kSep);
                      if (sep == std::string_view::npos) return Status::Ok();
                      out.push_back({kind, std::string(key.substr(sep + 1)),
                                     std::string(key.substr(0, sep))});
                      return Status::Ok();
                    });
    if (!s.ok() && s.code() != Status::Code::kNotFound) return s;
  }
  return out;
}

Result<std::optional<Actor>> Store::GetActor(std::string_view id) const {
  return GetDecoded<Actor>(*db_, *cf_, keys::kActors, id, dir_, DecodeActor);
}

Result<std::vector<Actor>> Store::Actors(std::optional<ActorType> type) const {
  std::vector<Actor> actors;
  Status s = ScanDecoded(*db_, rocksdb::ReadOptions(), *cf_, keys::kActors, "", dir_,
                         DecodeActor, actors);
  if (!s.ok()) return s;
  if (type) {
    std::erase_if(actors, [&](const Actor& a) { return a.type != *type; });
  }
  return actors;
}

Result<std::vector<Quote>> Store::Quotes(std::string_view speaker) const {
  std::vector<Quote> quotes;
  const std::string prefix = speaker.empty() ? "" : keys::Prefix(speaker);
  Status s = ScanDecoded(*db_, rocksdb::ReadOptions(), *cf_, keys::kQuotes, prefix, dir_,
                         DecodeQuote, quotes);
  if (!s.ok()) return s;
  return quotes;
}

namespace {

// Every quotes entry of `speaker` (every entry, when empty) in key order:
// date, then document, then offset within one speaker. `visit` gets the
// key's parts (speaker, date, document, offset) and the value, and returns
// whether to go on, or an error, which is returned.
Status ScanQuotes(rocksdb::DB& db, const ColumnFamilies& handles, std::string_view speaker,
                  std::string_view dir,
                  const std::function<Result<bool>(const std::vector<std::string_view>& parts,
                                                   std::string_view key,
                                                   std::string_view value)>& visit) {
  const std::string prefix = speaker.empty() ? "" : keys::Prefix(speaker);
  bool stopped = false;
  Status s = Scan(db, rocksdb::ReadOptions(), handles, keys::kQuotes, prefix, dir,
                  [&](std::string_view key, std::string_view value) -> Status {
                    const std::vector<std::string_view> parts = keys::SplitKey(key, 4);
                    if (parts.size() != 4) {
                      return Status::Corruption("bad key " + DescribeKey(keys::kQuotes, key));
                    }
                    Result<bool> more = visit(parts, key, value);
                    if (!more.ok()) return more.status();
                    stopped = !*more;
                    return stopped ? Status::NotFound("stopped") : Status::Ok();
                  });
  return stopped ? Status::Ok() : s;
}

}  // namespace

Status Store::ForEachQuote(
    std::string_view speaker,
    const std::function<bool(std::string_view date, Quote quote)>& visit) const {
  return ScanQuotes(*db_, *cf_, speaker, dir_,
                    [&](const std::vector<std::string_view>& parts, std::string_view key,
                        std::string_view value) -> Result<bool> {
                      Result<Quote> q =
                          NameKeyOnFailure(DecodeQuote(value), keys::kQuotes, key);
                      if (!q.ok()) return q.status();
                      return visit(parts[1], std::move(q).value());
                    });
}

Status Store::ForEachQuoteClaim(
    std::string_view speaker,
    const std::function<bool(std::string_view date, std::string_view document, uint64_t claim,
                             const std::function<Result<Quote>()>& decode)>& visit) const {
  return ScanQuotes(
      *db_, *cf_, speaker, dir_,
      [&](const std::vector<std::string_view>& parts, std::string_view key,
          std::string_view value) -> Result<bool> {
        Result<uint64_t> claim = NameKeyOnFailure(DecodeQuoteClaim(value), keys::kQuotes, key);
        if (!claim.ok()) return claim.status();
        const std::function<Result<Quote>()> decode = [&] {
          return NameKeyOnFailure(DecodeQuote(value), keys::kQuotes, key);
        };
        return visit(parts[1], parts[2], *claim, decode);
      });
}

Result<std::vector<EdgeCount>> Store::Edges(std::optional<RelationType> type) const {
  std::vector<EdgeCount> edges;
  const std::string prefix = type ? keys::Prefix(RelationTypeName(*type)) : "";
  Status s = Scan(*db_, rocksdb::ReadOptions(), *cf_, keys::kEdges, prefix, dir_,
                  [&](std::string_view key, std::string_view value) -> Status {
                    const std::vector<std::string_view> parts = keys::SplitKey(key, 3);
                    std::optional<RelationType> t;
                    if (parts.size() == 3) t = ParseRelationType(parts[0]);
                    std::optional<keys::EdgeSums> counts = keys::DecodeEdgeCounts(value);
                    if (!t || !counts) {
                      return Status::Corruption("bad entry " + DescribeKey(keys::kEdges, key));
                    }
                    edges.push_back(EdgeCount{*t, std::string(parts[1]), std::string(parts[2]),
                                              counts->statements, counts->documents,
                                              counts->claims});
                    return Status::Ok();
                  });
  if (!s.ok()) return s;
  return edges;
}

Status Store::ForEachRelationOf(RelationType type, std::string_view source,
                                std::string_view target,
                                const std::function<Status(Relation relation)>& visit) const {
  return Scan(*db_, rocksdb::ReadOptions(), *cf_, keys::kRelations,
              keys::EdgeKey(type, source, target) + keys::kSep, dir_,
              [&](std::string_view key, std::string_view value) -> Status {
                Result<Relation> r = NameKeyOnFailure(DecodeRelation(value), keys::kRelations, key);
                if (!r.ok()) return r.status();
                return visit(std::move(r).value());
              });
}

Result<bool> Store::HasRelationIn(RelationType type, std::string_view source,
                                  std::string_view target, std::string_view doc) const {
  std::string prefix = keys::EdgeKey(type, source, target) + keys::kSep;
  prefix.append(doc);
  prefix += keys::kSep;
  Result<std::optional<Entry>> first = FirstUnder(*db_, *cf_, keys::kRelations, prefix, dir_);
  if (!first.ok()) return first.status();
  return first->has_value();
}

Result<std::optional<std::string>> Store::DocumentDate(std::string_view id) const {
  return GetDecoded<std::string>(*db_, *cf_, keys::kDocuments, id, dir_, DecodeDocumentDate);
}

Result<std::pair<uint64_t, uint64_t>> Store::MentionCounts(std::string_view actor) const {
  std::pair<uint64_t, uint64_t> counts{0, 0};
  Status s = Scan(*db_, rocksdb::ReadOptions(), *cf_, keys::kActorDocs, keys::Prefix(actor), dir_,
                  [&](std::string_view key, std::string_view value) -> Status {
                    std::optional<uint32_t> n = keys::DecodeBigEndian32(value);
                    if (!n) return Status::Corruption("bad value at " +
                                                      DescribeKey(keys::kActorDocs, key));
                    counts.first += *n;
                    counts.second += *n > 0 ? 1 : 0;
                    return Status::Ok();
                  });
  if (!s.ok()) return s;
  return counts;
}

Result<std::optional<Relation>> Store::FirstRelationOf(RelationType type,
                                                      std::string_view source,
                                                      std::string_view target) const {
  // In key order, untargeted denials ("denies\0source\0\0...") come before
  // those naming the target, as they do in GraphView's relation lists.
  std::optional<Entry> found;
  if (type == RelationType::kDenies) {
    // A denial with no target in a document where `target` accuses the
    // denier (DocumentEdges).
    Status s = Scan(*db_, rocksdb::ReadOptions(), *cf_, keys::kRelations,
                    keys::EdgeKey(RelationType::kDenies, source, "") + keys::kSep, dir_,
                    [&](std::string_view key, std::string_view value) -> Status {
                      if (found) return Status::Ok();
                      const std::vector<std::string_view> parts = keys::SplitKey(key, 5);
                      if (parts.size() != 5) {
                        return Status::Corruption("bad key " +
                                                  DescribeKey(keys::kRelations, key));
                      }
                      std::string accusation =
                          keys::EdgeKey(RelationType::kAccuses, target, source) + keys::kSep;
                      accusation.append(parts[3]);
                      accusation += keys::kSep;
                      Result<std::optional<Entry>> accused =
                          FirstUnder(*db_, *cf_, keys::kRelations, accusation, dir_);
                      if (!accused.ok()) return accused.status();
                      if (accused->has_value()) {
                        found = Entry{std::string(key), std::string(value)};
                      }
                      return Status::Ok();
                    });
    if (!s.ok()) return s;
  }
  if (!found) {
    // A relation naming the target.
    Result<std::optional<Entry>> named = FirstUnder(
        *db_, *cf_, keys::kRelations, keys::EdgeKey(type, source, target) + keys::kSep, dir_);
    if (!named.ok()) return named.status();
    found = std::move(named).value();
  }
  if (!found) return std::optional<Relation>();
  Result<Relation> r = NameKeyOnFailure(DecodeRelation(found->value), keys::kRelations, found->key);
  if (!r.ok()) return r.status();
  return std::optional<Relation>(std::move(r).value());
}

Result<std::vector<Relation>> Store::Relations(std::optional<RelationType> type) const {
  std::vector<Relation> relations;
  const std::string prefix = type ? keys::Prefix(RelationTypeName(*type)) : "";
  Status s = ScanDecoded(*db_, rocksdb::ReadOptions(), *cf_, keys::kRelations, prefix, dir_,
                         DecodeRelation, relations);
  if (!s.ok()) return s;
  return relations;
}

Result<StoreStats> Store::Stats() const {
  ScopedSnapshot snap(*db_, read_only_);
  StoreStats stats;
  auto count = [](uint64_t& n) {
    return [&n](std::string_view, std::string_view) {
      ++n;
      return Status::Ok();
    };
  };
  Status s = Scan(*db_, snap.options(), *cf_, keys::kDocuments, "", dir_,
                  count(stats.documents));
  if (s.ok()) s = Scan(*db_, snap.options(), *cf_, keys::kQuotes, "", dir_,
                       count(stats.quotes));
  if (s.ok()) {
    s = Scan(*db_, snap.options(), *cf_, keys::kActors, "", dir_,
             [&](std::string_view key, std::string_view value) {
               Result<Actor> a = NameKeyOnFailure(DecodeActor(value), keys::kActors, key);
               if (!a.ok()) return a.status();
               ++stats.actors;
               ++stats.actors_by_type[a->type];
               return Status::Ok();
             });
  }
  if (s.ok()) {
    s = Scan(*db_, snap.options(), *cf_, keys::kRelations, "", dir_,
             [&](std::string_view key, std::string_view) {
               std::optional<RelationType> type =
                   ParseRelationType(keys::SplitKey(key, 2)[0]);
               if (!type) {
                 return Status::Corruption("unknown relation type in key " +
                                           DescribeKey(keys::kRelations, key));
               }
               ++stats.relations_by_type[*type];
               return Status::Ok();
             });
  }
  if (!s.ok()) return s;
  return stats;
}

Result<std::vector<MergeRecord>> Store::Merges(std::string_view to) const {
  std::vector<MergeRecord> out;
  const std::string prefix = to.empty() ? std::string() : keys::Prefix(to);
  Status s = Scan(*db_, rocksdb::ReadOptions(), *cf_, keys::kMerges, prefix, dir_,
                  [&](std::string_view key, std::string_view value) {
                    std::vector<std::string_view> parts = keys::SplitKey(key, 3);
                    std::optional<std::pair<MergeReason, std::string>> merge =
                        keys::DecodeMerge(value);
                    if (parts.size() != 3 || !merge) {
                      return Status::Corruption("bad entry at " +
                                                DescribeKey(keys::kMerges, key));
                    }
                    // Keys sort by (to, from, document): one record a pair.
                    if (out.empty() || out.back().to != parts[0] || out.back().from != parts[1]) {
                      out.push_back({std::string(parts[1]), std::move(merge->second),
                                     std::string(parts[0]), merge->first, 0,
                                     std::string(parts[2])});
                    }
                    ++out.back().documents;
                    return Status::Ok();
                  });
  if (!s.ok()) return s;
  return out;
}

Result<Corpus> Store::Snapshot(bool with_text) const {
  ScopedSnapshot snap(*db_, read_only_);
  const rocksdb::ReadOptions& read = snap.options();
  Corpus corpus;
  Status s = ScanDecoded(*db_, read, *cf_, keys::kDocuments, "", dir_, DecodeDocument,
                         corpus.documents);
  if (!s.ok()) return s;
  if (!with_text) {
    for (Document& d : corpus.documents) d.text.clear();
  }

  // Records give name, type and aliases; the facts blobs give mentions.
  std::map<std::string, Actor> actors;
  s = Scan(*db_, read, *cf_, keys::kActors, "", dir_,
           [&](std::string_view key, std::string_view value) {
             Result<Actor> a = NameKeyOnFailure(DecodeActor(value), keys::kActors, key);
             if (!a.ok()) return a.status();
             actors.emplace(a->id, std::move(a).value());
             return Status::Ok();
           });
  if (!s.ok()) return s;
  s = Scan(*db_, read, *cf_, keys::kFacts, "", dir_,
           [&](std::string_view key, std::string_view value) {
             Result<DocumentFacts> facts =
                 NameKeyOnFailure(DecodeDocumentFacts(value), keys::kFacts, key);
             if (!facts.ok()) return facts.status();
             for (Actor& a : facts->actors) {
               auto [it, inserted] = actors.try_emplace(a.id, a);
               if (inserted) continue;  // no record: keep the facts' own view
               Actor& merged = it->second;
               merged.mentions.insert(merged.mentions.end(), a.mentions.begin(),
                                      a.mentions.end());
             }
             return Status::Ok();
           });
  if (!s.ok()) return s;
  corpus.actors.reserve(actors.size());
  for (auto& [id, actor] : actors) {
    std::stable_sort(actor.mentions.begin(), actor.mentions.end(),
                     [](const Mention& x, const Mention& y) {
                       if (x.document != y.document) return x.document < y.document;
                       if (x.span.start != y.span.start) return x.span.start < y.span.start;
                       return x.span.end < y.span.end;
                     });
    corpus.actors.push_back(std::move(actor));
  }

  s = ScanDecoded(*db_, read, *cf_, keys::kQuotes, "", dir_, DecodeQuote, corpus.quotes);
  if (s.ok()) {
    s = ScanDecoded(*db_, read, *cf_, keys::kRelations, "", dir_, DecodeRelation,
                    corpus.relations);
  }
  if (!s.ok()) return s;
  return corpus;
}

namespace {

// A relation as far as its key tells (store/keys.h): type, source, target,
// document and span.start.
Result<Relation> RelationFromKey(std::string_view key) {
  const std::vector<std::string_view> parts = keys::SplitKey(key, 5);
  std::optional<RelationType> type;
  std::optional<uint32_t> start;
  if (parts.size() == 5) {
    type = ParseRelationType(parts[0]);
    start = keys::DecodeBigEndian32(parts[4]);
  }
  if (!type || !start) {
    return Status::Corruption("bad key " + DescribeKey(keys::kRelations, key));
  }
  Relation r;
  r.type = *type;
  r.source = std::string(parts[1]);
  r.target = std::string(parts[2]);
  r.document = std::string(parts[3]);
  r.span.start = *start;
  return r;
}

}  // namespace

Result<std::optional<Relation>> Store::GetRelation(const Relation& r) const {
  return GetDecoded<Relation>(*db_, *cf_, keys::kRelations, keys::RelationKey(r), dir_,
                              DecodeRelation);
}

Result<Corpus> Store::GraphCorpus(bool with_documents, bool relation_keys_only) const {
  ScopedSnapshot snap(*db_, read_only_);
  const rocksdb::ReadOptions& read = snap.options();
  Corpus corpus;
  Status s = !with_documents ? Status::Ok() : Scan(*db_, read, *cf_, keys::kDocuments, "", dir_,
                  [&](std::string_view key, std::string_view value) {
                    Result<Document> d =
                        NameKeyOnFailure(DecodeDocument(value), keys::kDocuments, key);
                    if (!d.ok()) return d.status();
                    d->text.clear();
                    d->text.shrink_to_fit();
                    corpus.documents.push_back(std::move(d).value());
                    return Status::Ok();
                  });
  if (s.ok()) {
    s = ScanDecoded(*db_, read, *cf_, keys::kActors, "", dir_, DecodeActor, corpus.actors);
  }
  if (s.ok() && relation_keys_only) {
    s = Scan(*db_, read, *cf_, keys::kRelations, "", dir_,
             [&](std::string_view key, std::string_view) -> Status {
               Result<Relation> r = RelationFromKey(key);
               if (!r.ok()) return r.status();
               corpus.relations.push_back(std::move(r).value());
               return Status::Ok();
             });
  } else if (s.ok()) {
    s = ScanDecoded(*db_, read, *cf_, keys::kRelations, "", dir_, DecodeRelation,
                    corpus.relations);
  }
  if (!s.ok()) return s;
  return corpus;
}

Status Store::ForEachDocument(
    const std::function<Status(Document doc, DocumentFacts facts)>& visit) const {
  ScopedSnapshot snapshot(*db_, read_only_);
  return Scan(*db_, snapshot.options(), *cf_, keys::kDocuments, "", dir_,
              [&](std::string_view key, std::string_view value) -> Status {
                Result<Document> doc =
                    NameKeyOnFailure(DecodeDocument(value), keys::kDocuments, key);
                if (!doc.ok()) return doc.status();
                Result<std::optional<std::string>> bytes = ReadValue(
                    *db_, snapshot.options(), (*cf_)[keys::kFacts], keys::kFacts, key, dir_);
                if (!bytes.ok()) return bytes.status();
                if (!bytes->has_value()) {
                  return Status::Corruption("document " + DescribeKey(keys::kDocuments, key) +
                                            " has no facts in " + dir_);
                }
                Result<DocumentFacts> facts =
                    NameKeyOnFailure(DecodeDocumentFacts(**bytes), keys::kFacts, key);
                if (!facts.ok()) return facts.status();
                return visit(std::move(doc).value(), std::move(facts).value());
              });
}

Status Store::ForEachEntry(const std::function<void(std::string_view, std::string_view,
                                                    std::string_view)>& visit) const {
  ScopedSnapshot snapshot(*db_, read_only_);
  for (size_t c = 0; c < keys::kNumColumnFamilies; ++c) {
    const keys::Cf cf = static_cast<keys::Cf>(c);
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(snapshot.options(), (*cf_)[cf]));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      visit(keys::kColumnFamilyNames[c], it->key().ToStringView(), it->value().ToStringView());
    }
    if (!it->status().ok()) {
      return FromRocksDb(it->status(), "scanning " + std::string(keys::kColumnFamilyNames[c]),
                         dir_);
    }
  }
  return Status::Ok();
}

}  // namespace actorgraph
