// The facts JSONL format (docs/facts-format.md): one JSON object per document.
//
// Other tools read it, so these names are fixed: doc, actors[id, name, type,
// mentions[start, end]], quotes[start, end, text, direct, speaker,
// speaker_mention, cue], relations[type, source, target, start, end, cue,
// confidence]. Fields may be added, never renamed.
#ifndef ACTORGRAPH_CLI_FACTS_JSON_H_
#define ACTORGRAPH_CLI_FACTS_JSON_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>

#include "cli/json_writer.h"
#include "model/facts.h"
#include "model/status.h"

namespace actorgraph {

// Streaming forms, for output of any size.
void WriteQuote(JsonWriter& w, const Quote& q);
void WriteRelation(JsonWriter& w, const Relation& r);
void WriteActor(JsonWriter& w, const Actor& a, bool with_mentions);
// With `doc`, the line also carries it: {"document": {"id", "title", "date",
// "url", "source" (when set), "extractor" (Extractor::Fingerprint() as 16
// hex digits), "text"}}, so `ingest --facts` can store it as `ingest` would.
void WriteFacts(JsonWriter& w, const DocumentFacts& facts, const Document* doc = nullptr);

// The same shapes as nlohmann trees, for callers that add fields.
nlohmann::ordered_json QuoteToJson(const Quote& q);
nlohmann::ordered_json RelationToJson(const Relation& r);
nlohmann::ordered_json ActorToJson(const Actor& a, bool with_mentions);

// Appends one line of facts JSONL and its newline to `out`.
void AppendFactsJsonLine(const DocumentFacts& facts, std::string* out,
                         const Document* doc = nullptr);

// 16 lowercase hex digits.
std::string FingerprintHex(uint64_t fingerprint);

// One line of facts JSONL with its "document" (as `extract --with-document`
// writes it) back into a document and its facts. InvalidArgument saying what
// is wrong (not JSON, a missing or mistyped field, an unknown type name);
// the caller adds file and line.
Result<std::pair<Document, DocumentFacts>> ParseFactsLine(std::string_view line);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_FACTS_JSON_H_
