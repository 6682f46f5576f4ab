#include "cli/facts_json.h"

#include <cstdio>
#include <cstdlib>

#include "store/claims.h"

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
  if (q.claim != 0) w.Key("claim").String(FormatClaim(q.claim));
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
  if (r.claim != 0) w.Key("claim").String(FormatClaim(r.claim));
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

void WriteFacts(JsonWriter& w, const DocumentFacts& facts, const Document* doc) {
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
  if (doc != nullptr) {
    w.Key("document").BeginObject();
    w.Key("id").String(doc->id);
    if (!doc->title.empty()) w.Key("title").String(doc->title);
    if (!doc->date.empty()) w.Key("date").String(doc->date);
    if (!doc->date_written.empty()) w.Key("date_written").String(doc->date_written);
    if (doc->date_origin != DateOrigin::kNone) {
      w.Key("date_origin").String(DateOriginName(doc->date_origin));
    }
    if (!doc->url.empty()) w.Key("url").String(doc->url);
    if (!doc->source.empty()) w.Key("source").String(doc->source);
    if (doc->extractor != 0) w.Key("extractor").String(FingerprintHex(doc->extractor));
    w.Key("text").String(doc->text);
    w.EndObject();
  }
  w.EndObject();
}

std::string FingerprintHex(uint64_t fingerprint) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fingerprint));
  return buf;
}

void AppendFactsJsonLine(const DocumentFacts& facts, std::string* out, const Document* doc) {
  JsonWriter w(out);
  WriteFacts(w, facts, doc);
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

namespace {

// Reading facts back: every accessor throws FactsError naming the field.
struct FactsError {
  std::string message;
};

using Json = nlohmann::json;

const Json& Field(const Json& obj, const char* key, const std::string& where) {
  auto it = obj.find(key);
  if (it == obj.end()) throw FactsError{where + " has no \"" + key + "\""};
  return *it;
}

std::string GetString(const Json& obj, const char* key, const std::string& where,
                      bool nullable = false) {
  auto it = obj.find(key);
  if (it == obj.end() || (nullable && it->is_null())) {
    if (nullable) return "";
    throw FactsError{where + " has no \"" + key + "\""};
  }
  if (!it->is_string()) throw FactsError{where + ": \"" + key + "\" is not a string"};
  return it->get<std::string>();
}

uint32_t GetOffset(const Json& obj, const char* key, const std::string& where) {
  const Json& v = Field(obj, key, where);
  if (!v.is_number_unsigned() || v.get<uint64_t>() > UINT32_MAX) {
    throw FactsError{where + ": \"" + key + "\" is not an offset"};
  }
  return static_cast<uint32_t>(v.get<uint64_t>());
}

Span GetSpan(const Json& obj, const std::string& where) {
  if (!obj.is_object()) throw FactsError{where + " is not an object"};
  return Span{GetOffset(obj, "start", where), GetOffset(obj, "end", where)};
}

std::optional<Span> GetOptionalSpan(const Json& obj, const char* key, const std::string& where) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return std::nullopt;
  return GetSpan(*it, where + " " + key);
}

// A statement's "claim": 16 lowercase hex digits, or absent (0).
uint64_t GetClaim(const Json& obj, const std::string& where) {
  auto it = obj.find("claim");
  if (it == obj.end() || it->is_null()) return 0;
  std::optional<uint64_t> claim =
      it->is_string() ? ParseClaim(it->get<std::string>()) : std::nullopt;
  if (!claim) throw FactsError{where + ": \"claim\" is not 16 lowercase hex digits"};
  return *claim;
}

std::vector<std::string> GetStrings(const Json& obj, const char* key, const std::string& where) {
  auto it = obj.find(key);
  std::vector<std::string> out;
  if (it == obj.end()) return out;
  if (!it->is_array()) throw FactsError{where + ": \"" + key + "\" is not a list"};
  for (const Json& v : *it) {
    if (!v.is_string()) throw FactsError{where + ": \"" + key + "\" holds a non-string"};
    out.push_back(v.get<std::string>());
  }
  return out;
}

const Json& GetArray(const Json& obj, const char* key, const std::string& where) {
  const Json& v = Field(obj, key, where);
  if (!v.is_array()) throw FactsError{where + ": \"" + key + "\" is not a list"};
  return v;
}

bool GetBool(const Json& obj, const char* key, const std::string& where, bool fallback) {
  auto it = obj.find(key);
  if (it == obj.end()) return fallback;
  if (!it->is_boolean()) throw FactsError{where + ": \"" + key + "\" is not true or false"};
  return it->get<bool>();
}

std::string Nth(const char* what, size_t i) { return std::string(what) + " " + std::to_string(i + 1); }

}  // namespace

Result<std::pair<Document, DocumentFacts>> ParseFactsLine(std::string_view line) {
  Json j = Json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    return Status::InvalidArgument("not a JSON object (facts JSONL: one object per line)");
  }
  try {
    DocumentFacts facts;
    facts.document = GetString(j, "doc", "the line");
    auto doc_it = j.find("document");
    if (doc_it == j.end() || !doc_it->is_object()) {
      return Status::InvalidArgument("facts of '" + facts.document +
                                     "' carry no \"document\" (make them with "
                                     "'actorgraph extract --with-document')");
    }
    const Json& d = *doc_it;
    Document doc;
    doc.id = GetString(d, "id", "document");
    if (doc.id != facts.document) {
      return Status::InvalidArgument("\"doc\" is '" + facts.document + "' but its document is '" +
                                     doc.id + "'");
    }
    doc.title = GetString(d, "title", "document", true);
    doc.date = GetString(d, "date", "document", true);
    doc.date_written = GetString(d, "date_written", "document", true);
    if (std::string origin = GetString(d, "date_origin", "document", true); !origin.empty()) {
      std::optional<DateOrigin> parsed = ParseDateOrigin(origin);
      if (!parsed) throw FactsError{"document: unknown \"date_origin\" '" + origin + "'"};
      doc.date_origin = *parsed;
    }
    doc.url = GetString(d, "url", "document", true);
    doc.source = GetString(d, "source", "document", true);
    doc.text = GetString(d, "text", "document");
    if (std::string hex = GetString(d, "extractor", "document", true); !hex.empty()) {
      char* end = nullptr;
      doc.extractor = std::strtoull(hex.c_str(), &end, 16);
      if (hex.size() != 16 || *end != '\0') {
        throw FactsError{"document: \"extractor\" is not 16 hex digits"};
      }
    }

    const Json& actors = GetArray(j, "actors", "the line");
    for (size_t i = 0; i < actors.size(); ++i) {
      const std::string where = Nth("actor", i);
      const Json& a = actors[i];
      if (!a.is_object()) throw FactsError{where + " is not an object"};
      Actor actor;
      actor.id = GetString(a, "id", where);
      actor.name = GetString(a, "name", where);
      std::optional<ActorType> type = ParseActorType(GetString(a, "type", where));
      if (!type) throw FactsError{where + ": unknown type"};
      actor.type = *type;
      actor.aliases = GetStrings(a, "aliases", where);
      const Json& mentions = GetArray(a, "mentions", where);
      for (size_t k = 0; k < mentions.size(); ++k) {
        Mention m;
        m.document = facts.document;
        m.span = GetSpan(mentions[k], where + " " + Nth("mention", k));
        std::string form = GetString(mentions[k], "form", where, true);
        if (form == "demonym") {
          m.form = MentionForm::kDemonym;
        } else if (!form.empty()) {
          throw FactsError{where + ": unknown mention form"};
        }
        actor.mentions.push_back(std::move(m));
      }
      facts.actors.push_back(std::move(actor));
    }

    const Json& quotes = GetArray(j, "quotes", "the line");
    for (size_t i = 0; i < quotes.size(); ++i) {
      const std::string where = Nth("quote", i);
      const Json& q = quotes[i];
      if (!q.is_object()) throw FactsError{where + " is not an object"};
      Quote quote;
      quote.document = facts.document;
      quote.span = GetSpan(q, where);
      quote.text = GetString(q, "text", where);
      quote.direct = GetBool(q, "direct", where, true);
      quote.speaker = GetString(q, "speaker", where, true);
      quote.speaker_mention = GetOptionalSpan(q, "speaker_mention", where);
      quote.speaker_text = GetString(q, "speaker_text", where, true);
      quote.cue = GetString(q, "cue", where, true);
      quote.about = GetStrings(q, "about", where);
      if (auto f = q.find("fragments"); f != q.end()) {
        if (!f->is_array()) throw FactsError{where + ": \"fragments\" is not a list"};
        for (const Json& s : *f) quote.fragments.push_back(GetSpan(s, where + " fragment"));
      }
      quote.claim = GetClaim(q, where);
      facts.quotes.push_back(std::move(quote));
    }

    const Json& relations = GetArray(j, "relations", "the line");
    for (size_t i = 0; i < relations.size(); ++i) {
      const std::string where = Nth("relation", i);
      const Json& r = relations[i];
      if (!r.is_object()) throw FactsError{where + " is not an object"};
      Relation rel;
      std::optional<RelationType> type = ParseRelationType(GetString(r, "type", where));
      if (!type) throw FactsError{where + ": unknown type"};
      rel.type = *type;
      rel.source = GetString(r, "source", where);
      rel.target = GetString(r, "target", where, true);
      rel.document = facts.document;
      rel.span = GetSpan(r, where);
      rel.cue = GetString(r, "cue", where, true);
      const Json& confidence = Field(r, "confidence", where);
      if (!confidence.is_number()) throw FactsError{where + ": \"confidence\" is not a number"};
      rel.confidence = confidence.get<double>();
      rel.cameo = GetString(r, "cameo", where, true);
      rel.source_mention = GetOptionalSpan(r, "source_mention", where);
      rel.role = GetString(r, "role", where, true);
      rel.former = GetBool(r, "former", where, false);
      rel.claim = GetClaim(r, where);
      facts.relations.push_back(std::move(rel));
    }
    return std::make_pair(std::move(doc), std::move(facts));
  } catch (const FactsError& e) {
    return Status::InvalidArgument(e.message);
  } catch (const Json::exception& e) {
    return Status::InvalidArgument(std::string("malformed facts: ") + e.what());
  }
}

}  // namespace actorgraph
