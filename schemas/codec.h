// Conversions between the model structs (model/facts.h) and the Cap'n Proto
// schema (schemas/actorgraph.capnp), and the byte encodings built on them.
//
// Store values and export files are packed Cap'n Proto messages, exactly one
// per buffer. Decoding never throws: a truncated or corrupt buffer, or bytes
// after the message, give Status::Corruption. Reads
// are bounded by kj's traversal limit, so a hostile file cannot make a reader
// loop or allocate without bound.
#ifndef ACTORGRAPH_SCHEMAS_CODEC_H_
#define ACTORGRAPH_SCHEMAS_CODEC_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "model/facts.h"
#include "model/status.h"
#include "schemas/actorgraph.capnp.h"

namespace actorgraph {

// Goes up when the meaning of stored data changes (see the schema's header).
inline constexpr uint32_t kSchemaVersion = 1;

// Struct-level conversions, for writers that build larger messages.
void ToCapnp(const Document& in, schema::Document::Builder out);
void ToCapnp(const Actor& in, schema::Actor::Builder out);
void ToCapnp(const Quote& in, schema::Quote::Builder out);
void ToCapnp(const Relation& in, schema::Relation::Builder out);
Document FromCapnp(schema::Document::Reader in);
Actor FromCapnp(schema::Actor::Reader in);
Quote FromCapnp(schema::Quote::Reader in);
Relation FromCapnp(schema::Relation::Reader in);

// Whole values as packed messages.
std::string EncodeDocument(const Document& doc);
Result<Document> DecodeDocument(std::string_view bytes);
// Only the date of an encoded Document (no copy of its text).
Result<std::string> DecodeDocumentDate(std::string_view bytes);
std::string EncodeActor(const Actor& actor);
Result<Actor> DecodeActor(std::string_view bytes);
std::string EncodeDocumentFacts(const DocumentFacts& facts);
Result<DocumentFacts> DecodeDocumentFacts(std::string_view bytes);
std::string EncodeQuote(const Quote& quote);
Result<Quote> DecodeQuote(std::string_view bytes);
// Only a quote's claim (Quote::claim), without converting the rest: for
// scans that decode the whole quote only for a claim they have not seen.
Result<uint64_t> DecodeQuoteClaim(std::string_view bytes);
std::string EncodeRelation(const Relation& relation);
Result<Relation> DecodeRelation(std::string_view bytes);

// A Graph message holding a corpus (schemaVersion = kSchemaVersion).
std::string EncodeGraph(const Corpus& corpus);
// Fails with Corruption on a truncated or corrupt message (schema version 0
// included: no writer leaves it unset), and with InvalidArgument when the
// schema version is newer than this build's. The traversal limit scales with
// the message: GraphTraversalLimitWords(bytes.size()); and the lists may
// hold at most one element per byte of `bytes` in all (every element a
// writer makes holds a pointer), so a few bytes cannot make the reader
// convert a million empty structs.
Result<Corpus> DecodeGraph(std::string_view bytes);
// Words a Graph message of `packed_bytes` may unpack to and traverse: 8 per
// packed byte, at least 2^20. A message over it is Corruption ("too large").
uint64_t GraphTraversalLimitWords(size_t packed_bytes);

}  // namespace actorgraph

#endif  // ACTORGRAPH_SCHEMAS_CODEC_H_
