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

#include "cli/json_writer.h"
#include "model/facts.h"

namespace actorgraph {

// Streaming forms, for output of any size.
void WriteQuote(JsonWriter& w, const Quote& q);
void WriteRelation(JsonWriter& w, const Relation& r);
void WriteActor(JsonWriter& w, const Actor& a, bool with_mentions);
void WriteFacts(JsonWriter& w, const DocumentFacts& facts);

// The same shapes as nlohmann trees, for callers that add fields.
nlohmann::ordered_json QuoteToJson(const Quote& q);
nlohmann::ordered_json RelationToJson(const Relation& r);
nlohmann::ordered_json ActorToJson(const Actor& a, bool with_mentions);

// Appends one line of facts JSONL and its newline to `out`.
void AppendFactsJsonLine(const DocumentFacts& facts, std::string* out);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_FACTS_JSON_H_
