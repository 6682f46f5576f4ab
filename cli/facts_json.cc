#include "cli/facts_json.h"

namespace actorgraph {

namespace {

void WriteSpan(JsonWriter& w, const Span& s) {
  w.BeginObject().Key("start").Int(s.start).Key("end").Int(s.end).EndObject();
}

void WriteStrings(JsonWriter& w, const std::vector<std::string>& list) {
  w.BeginArray();
  for (const std::string& s : list) w.String(s);
  w.EndArray();
}

nlohmann::ordered_json ToJson(const std::string& text) {
  return nlohmann::ordered_json::parse(text);
}

}  // namespace

void WriteQuote(JsonWriter& w, const Quote& q) {
  w.BeginObject();
  w.Key("start").Int(q.span.start).Key("end").Int(q.span.end);
  w.Key("text").String(q.text);
  w.Key("direct").Bool(q.direct);
  w.Key("speaker").StringOrNull(q.speaker);
  w.Key("speaker_mention");
  if (q.speaker_mention) {
    WriteSpan(w, *q.speaker_mention);
  } else {
    w.Null();
  }
  w.Key("speaker_text").StringOrNull(q.speaker_text);
  w.Key("cue").StringOrNull(q.cue);
  w.Key("about");
  WriteStrings(w, q.about);
  if (!q.fragments.empty()) {
    w.Key("fragments").BeginArray();
    for (const Span& f : q.fragments) WriteSpan(w, f);
    w.EndArray();
  }
  w.EndObject();
}

void WriteRelation(JsonWriter& w, const Relation& r) {
  w.BeginObject();
  w.Key("type").String(RelationTypeName(r.type));
  w.Key("source").String(r.source);
  w.Key("target").StringOrNull(r.target);
  w.Key("start").Int(r.span.start).Key("end").Int(r.span.end);
  w.Key("cue").StringOrNull(r.cue);
  w.Key("confidence").Double(r.confidence);
  if (!r.cameo.empty()) {
    w.Key("cameo").String(r.cameo);
    w.Key("plover").StringOrNull(PloverCategory(r.cameo));
  }
  if (r.source_mention) {
    w.Key("source_mention");
    WriteSpan(w, *r.source_mention);
  }
  if (r.type == RelationType::kAffiliatedWith) {
    w.Key("role").String(r.role);
    w.Key("former").Bool(r.former);
  }
  w.EndObject();
}

void WriteActor(JsonWriter& w, const Actor& a, bool with_mentions) {
  w.BeginObject();
  w.Key("id").String(a.id);
  w.Key("name").String(a.name);
  w.Key("type").String(ActorTypeName(a.type));
  w.Key("aliases");
  WriteStrings(w, a.aliases);
  if (with_mentions) {
    w.Key("mentions").BeginArray();
    for (const Mention& m : a.mentions) {
      w.BeginObject();
      w.Key("start").Int(m.span.start).Key("end").Int(m.span.end);
      if (m.form == MentionForm::kDemonym) w.Key("form").String("demonym");
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
}

void WriteFacts(JsonWriter& w, const DocumentFacts& facts) {
  w.BeginObject();
  w.Key("doc").String(facts.document);
  w.Key("actors").BeginArray();
  for (const Actor& a : facts.actors) WriteActor(w, a, true);
  w.EndArray();
  w.Key("quotes").BeginArray();
  for (const Quote& q : facts.quotes) WriteQuote(w, q);
  w.EndArray();
  w.Key("relations").BeginArray();
  for (const Relation& r : facts.relations) WriteRelation(w, r);
  w.EndArray();
  w.EndObject();
}

void AppendFactsJsonLine(const DocumentFacts& facts, std::string* out) {
  JsonWriter w(out);
  WriteFacts(w, facts);
  out->push_back('\n');
}

// The tree forms are parsed from the writer's output, so each shape is
// defined once, above. They serve small outputs (queries, actor lists).
nlohmann::ordered_json QuoteToJson(const Quote& q) {
  std::string s;
  JsonWriter w(&s);
  WriteQuote(w, q);
  return ToJson(s);
}

nlohmann::ordered_json RelationToJson(const Relation& r) {
  std::string s;
  JsonWriter w(&s);
  WriteRelation(w, r);
  return ToJson(s);
}

nlohmann::ordered_json ActorToJson(const Actor& a, bool with_mentions) {
  std::string s;
  JsonWriter w(&s);
  WriteActor(w, a, with_mentions);
  return ToJson(s);
}

}  // namespace actorgraph
