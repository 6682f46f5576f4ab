#include "cli/facts_json.h"

namespace actorgraph {

namespace {

using Json = nlohmann::ordered_json;

Json SpanJson(const Span& s) { return Json{{"start", s.start}, {"end", s.end}}; }
Json OrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

}  // namespace

Json QuoteToJson(const Quote& q) {
  Json j;
  j["start"] = q.span.start;
  j["end"] = q.span.end;
  j["text"] = q.text;
  j["direct"] = q.direct;
  j["speaker"] = OrNull(q.speaker);
  j["speaker_mention"] = q.speaker_mention ? SpanJson(*q.speaker_mention) : Json(nullptr);
  j["speaker_text"] = OrNull(q.speaker_text);
  j["cue"] = OrNull(q.cue);
  j["about"] = q.about;
  return j;
}

Json RelationToJson(const Relation& r) {
  Json j;
  j["type"] = RelationTypeName(r.type);
  j["source"] = r.source;
  j["target"] = OrNull(r.target);
  j["start"] = r.span.start;
  j["end"] = r.span.end;
  j["cue"] = OrNull(r.cue);
  j["confidence"] = r.confidence;
  if (r.type == RelationType::kAffiliatedWith) {
    j["role"] = r.role;
    j["former"] = r.former;
  }
  return j;
}

Json ActorToJson(const Actor& a, bool with_mentions) {
  Json j;
  j["id"] = a.id;
  j["name"] = a.name;
  j["type"] = ActorTypeName(a.type);
  j["aliases"] = a.aliases;
  if (with_mentions) {
    Json mentions = Json::array();
    for (const auto& m : a.mentions) mentions.push_back(SpanJson(m.span));
    j["mentions"] = std::move(mentions);
  }
  return j;
}

Json FactsToJson(const DocumentFacts& facts) {
  Json j;
  j["doc"] = facts.document;
  Json actors = Json::array();
  for (const auto& a : facts.actors) actors.push_back(ActorToJson(a, true));
  Json quotes = Json::array();
  for (const auto& q : facts.quotes) quotes.push_back(QuoteToJson(q));
  Json relations = Json::array();
  for (const auto& r : facts.relations) relations.push_back(RelationToJson(r));
  j["actors"] = std::move(actors);
  j["quotes"] = std::move(quotes);
  j["relations"] = std::move(relations);
  return j;
}

std::string FactsToJsonLine(const DocumentFacts& facts) {
  return FactsToJson(facts).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace actorgraph
