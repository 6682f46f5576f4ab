// The store's column families and key layout.
//
// Every key is a sequence of components joined by '\0' (kSep). Ids never
// contain '\0' (Store::Put rejects them), so a prefix ending in kSep matches
// exactly one id: "person:ann\0" cannot match "person:anne\0...", and all of
// an id's keys sort before those of any longer id it prefixes. Offsets are
// 4-byte big-endian so byte order is numeric order. Values are packed Cap'n
// Proto messages (schemas/codec.h) unless noted.
//
//   CF           key                                         value
//   ----------   -----------------------------------------   ----------------------
//   default      (unused; RocksDB requires it)
//   meta         "schema_version"                            4-byte big-endian uint32
//                "alias_rules"                               the user's alias file
//                "canonical_rules"                           8 bytes: the rules the
//                                                            documents were written under
//   documents    doc_id                                      EncodeDocument (with text)
//   facts        doc_id                                      EncodeDocumentFacts: the
//                                                            per-document source of truth
//   actors       actor_id                                    EncodeActor: merged record
//                                                            (name, type, aliases; no
//                                                            mentions)
//   actor_docs   actor_id \0 doc_id                          4-byte big-endian mention
//                                                            count (posting list)
//   aliases      lower(alias|name|id) \0 actor_id            empty
//   name_words   lower(word of name) \0 actor_id             empty
//   quotes       speaker_id \0 date \0 doc_id \0 be32(start)  EncodeQuote; speakerless
//                                                            quotes have speaker_id "";
//                                                            date is the document's,
//                                                            normalised, so one
//                                                            speaker's statements read
//                                                            oldest first
//   relations    type_name \0 source \0 target \0 doc_id     EncodeRelation; type_name
//                \0 be32(start)                              is RelationTypeName()
//   edges        type_name \0 source \0 target               EncodeEdgeCounts: statements,
//                                                            documents and claims behind
//                                                            the edge (DocumentEdges)
//   canon        "n" \0 FoldName(name, or alias of a           the actors with that form:
//                non-person)                                 EncodeCanonEntries
//                "s" \0 Surname(person's name)                (store/canonical.h)
//   merges       to_id \0 from_id \0 doc_id                   reason byte, then the name
//                                                            as written (facts.merges)
//   claims       "t" \0 be64(ExactClaimId(words))           be64(claim id), then the
//                                                            words when they are that
//                                                            claim's own and long enough
//                                                            to match near copies
//                "b" \0 be64(band key)                      be64 claim ids, at most
//                                                            kMaxBandClaims (claims.h)
//   edge_claims  edge key \0 be64(claim id)                 be32: the documents in which
//                                                            the edge has that claim
//
// Everything but documents and facts is an index derived from the facts
// blobs; Store::Put keeps them in step in one WriteBatch. lower() folds ASCII
// only; other bytes are compared as written. An edge key is also the prefix
// (with a trailing kSep) of its targeted relations' keys.
#ifndef ACTORGRAPH_STORE_KEYS_H_
#define ACTORGRAPH_STORE_KEYS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/facts.h"

namespace actorgraph::keys {

inline constexpr char kSep = '\0';

// Column families in the order the store opens them; kColumnFamilyNames is
// indexed by Cf.
enum Cf : size_t {
  kDefault,
  kMeta,
  kDocuments,
  kFacts,
  kActors,
  kActorDocs,
  kAliases,
  kNameWords,
  kQuotes,
  kRelations,
  kEdges,
  kCanon,
  kMerges,
  kClaims,
  kEdgeClaims,
  kNumColumnFamilies,
};
inline constexpr std::string_view kColumnFamilyNames[kNumColumnFamilies] = {
    "default", "meta",    "documents",  "facts",  "actors",
    "actor_docs", "aliases", "name_words", "quotes", "relations", "edges", "canon", "merges",
    "claims", "edge_claims"};

inline constexpr std::string_view kSchemaVersionKey = "schema_version";
// The user's alias file as given (store/canonical.h); absent when none.
inline constexpr std::string_view kAliasRulesKey = "alias_rules";
inline constexpr std::string_view kCanonicalRulesKey = "canonical_rules";
// The layout this build writes. 1: quotes keyed without the date, no edges.
// 2: dates kept as written. 3: dates normalised (model/dates.h), no canon
// or merges. 4: no claims, two edge counts. 5: this file.
// A read-write open upgrades an older store (Store::Upgrade, store/store.cc).
inline constexpr uint32_t kStoreSchemaVersion = 5;

// 4-byte big-endian encoding; DecodeBigEndian32 needs exactly 4 bytes.
std::string EncodeBigEndian32(uint32_t value);
std::optional<uint32_t> DecodeBigEndian32(std::string_view bytes);

// ASCII lowercase; other bytes unchanged.
std::string ToLowerAscii(std::string_view text);
// The lowercased words of a name: maximal runs of ASCII letters, digits,
// apostrophes and non-ASCII bytes. "Jean-Claude O'Neil" -> jean, claude, o'neil.
std::vector<std::string> NameWords(std::string_view name);

// id + kSep: the prefix of every key whose first component is `id`.
std::string Prefix(std::string_view id);

std::string PostingKey(std::string_view actor_id, std::string_view doc_id);
std::string AliasKey(std::string_view lower_alias, std::string_view actor_id);
std::string NameWordKey(std::string_view lower_word, std::string_view actor_id);
std::string QuoteKey(std::string_view speaker_id, std::string_view date,
                     std::string_view doc_id, uint32_t start);
std::string RelationKey(RelationType type, std::string_view source,
                        std::string_view target, std::string_view doc_id,
                        uint32_t start);
// `date`: the date of q's document.
inline std::string QuoteKey(const Quote& q, std::string_view date) {
  return QuoteKey(q.speaker, date, q.document, q.span.start);
}
// The date component of a quote key, or nullopt when the key has fewer than
// four components.
std::optional<std::string_view> QuoteKeyDate(std::string_view key);

std::string EdgeKey(RelationType type, std::string_view source, std::string_view target);
// Statements, documents and distinct claims behind an edge: three 4-byte
// big-endian counts.
struct EdgeSums {
  uint32_t statements = 0;
  uint32_t documents = 0;
  uint32_t claims = 0;
};
std::string EncodeEdgeCounts(const EdgeSums& sums);
std::optional<EdgeSums> DecodeEdgeCounts(std::string_view bytes);
// The edge_claims key of one claim of an edge.
std::string EdgeClaimKey(std::string_view edge_key, uint64_t claim);
// The claims family's keys (store/claims.h).
std::string ClaimTextKey(uint64_t exact_id);
std::string ClaimBandKey(uint64_t band);
std::string EncodeBigEndian64(uint64_t value);
// Reads 8 bytes at the start of `bytes`; nullopt when there are fewer.
std::optional<uint64_t> DecodeBigEndian64(std::string_view bytes);
inline std::string RelationKey(const Relation& r) {
  return RelationKey(r.type, r.source, r.target, r.document, r.span.start);
}

// The canon family's keys: a folded name or alias of actors other than
// persons, and a surname of persons.
std::string CanonNameKey(std::string_view folded);
std::string CanonSurnameKey(std::string_view surname);
// A canon value: the actors with the key's form, each with what the form
// is of it (kCanonName, kCanonCompany, kCanonAlias). Decode returns nullopt
// on bytes Encode cannot give.
inline constexpr char kCanonName = 'n';     // its folded name
inline constexpr char kCanonCompany = 'c';  // its folded name, which had a company suffix
inline constexpr char kCanonAlias = 'a';    // an alias's folded form
// A form more than kMaxCanonEntries actors share is ambiguous for good: its
// list stops growing and ends with the entry {kCanonMany, "*"}, so that a
// common surname costs a write of bounded size, not one that grows with the
// archive.
inline constexpr char kCanonMany = 'x';
inline constexpr size_t kMaxCanonEntries = 16;
struct CanonEntry {
  std::string id;
  char kind = kCanonName;
  bool operator==(const CanonEntry&) const = default;
};
std::string EncodeCanonEntries(const std::vector<CanonEntry>& entries);
std::optional<std::vector<CanonEntry>> DecodeCanonEntries(std::string_view bytes);

std::string MergeKey(std::string_view to, std::string_view from, std::string_view doc_id);
std::string EncodeMerge(const ActorMerge& merge);
// The reason and name of a merges value; nullopt when malformed.
std::optional<std::pair<MergeReason, std::string>> DecodeMerge(std::string_view bytes);

// The components of a key split at kSep. The last component of quote and
// relation keys is the 4-byte offset, which may itself contain '\0' bytes, so
// use SplitKey only on keys whose components are all ids (actor_docs,
// aliases, name_words) or on the leading components via `max_parts`.
std::vector<std::string_view> SplitKey(std::string_view key, size_t max_parts);

}  // namespace actorgraph::keys

#endif  // ACTORGRAPH_STORE_KEYS_H_
