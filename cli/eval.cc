#include "cli/eval.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include <cctype>
#include <cinttypes>
#include <set>
#include <tuple>

#include "cli/common.h"

namespace actorgraph {

double Counts::Precision() const { return tp + fp == 0 ? 0.0 : double(tp) / double(tp + fp); }
double Counts::Recall() const { return tp + fn == 0 ? 0.0 : double(tp) / double(tp + fn); }
double Counts::F1() const {
  double p = Precision(), r = Recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}
Counts& Counts::operator+=(const Counts& other) {
  tp += other.tp;
  fp += other.fp;
  fn += other.fn;
  return *this;
}

namespace {

// Length of the UTF-8 sequence led by `lead` (1 for stray bytes).
size_t SequenceLength(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

}  // namespace

CodePointMap::CodePointMap(std::string_view utf8) : byte_to_cp_(utf8.size() + 1) {
  size_t i = 0;
  while (i < utf8.size()) {
    size_t n = std::min(SequenceLength(static_cast<unsigned char>(utf8[i])), utf8.size() - i);
    for (size_t k = 0; k < n; ++k) byte_to_cp_[i + k] = code_points_;
    i += n;
    ++code_points_;
  }
  byte_to_cp_[utf8.size()] = code_points_;
}

uint32_t CodePointMap::ToCodePoint(uint32_t byte_offset) const {
  return byte_offset < byte_to_cp_.size() ? byte_to_cp_[byte_offset] : code_points_;
}

Span CodePointMap::ToCodePoints(Span bytes) const {
  return Span{ToCodePoint(bytes.start), ToCodePoint(bytes.end)};
}

std::u32string DecodeUtf8(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  size_t i = 0;
  while (i < utf8.size()) {
    auto lead = static_cast<unsigned char>(utf8[i]);
    size_t n = std::min(SequenceLength(lead), utf8.size() - i);
    char32_t c = n == 1 ? lead : lead & (0x7F >> n);
    for (size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    out.push_back(c);
    i += n;
  }
  return out;
}

namespace {

uint32_t Intersection(Span a, Span b) {
  uint32_t lo = std::max(a.start, b.start), hi = std::min(a.end, b.end);
  return hi > lo ? hi - lo : 0;
}

uint32_t Length(Span s) { return s.end > s.start ? s.end - s.start : 0; }

}  // namespace

double Jaccard(Span a, Span b) {
  uint32_t inter = Intersection(a, b);
  uint32_t uni = Length(a) + Length(b) - inter;
  return uni == 0 ? 0.0 : double(inter) / double(uni);
}

bool Overlaps(Span a, Span b) { return Intersection(a, b) > 0; }

bool QuoteSpansMatch(Span a, Span b) {
  uint64_t inter = Intersection(a, b);
  uint64_t uni = uint64_t{Length(a)} + Length(b) - inter;
  return inter > 0 && inter * 2 >= uni;  // inter / uni >= 0.5
}

namespace {

bool IsQuoteMark(char32_t c) {
  switch (c) {
    case U'"': case U'\'': case U'\u201C': case U'\u201D': case U'\u2018':
    case U'\u2019': case U'\u00AB': case U'\u00BB': case U'\u201E': case U'`':
      return true;
    default:
      return false;
  }
}

bool IsSpace(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u00A0';
}

}  // namespace

Span TrimQuoteSpan(const std::u32string& text, Span span) {
  uint32_t end = std::min<uint32_t>(span.end, text.size());
  uint32_t start = std::min(span.start, end);
  while (start < end && (IsSpace(text[start]) || IsQuoteMark(text[start]))) ++start;
  while (end > start && (IsSpace(text[end - 1]) || IsQuoteMark(text[end - 1]))) --end;
  return Span{start, end};
}

bool IsDirectGold(std::u32string_view quote_text, bool quote_marks) {
  // A span that leaves its marks out (as actorgraph's own do) holds none.
  if (quote_marks && std::none_of(quote_text.begin(), quote_text.end(), IsQuoteMark)) {
    return !quote_text.empty();
  }
  size_t start = 0, end = quote_text.size();
  while (start < end && IsSpace(quote_text[start])) ++start;
  while (end > start && (IsSpace(quote_text[end - 1]) || quote_text[end - 1] == U'.' ||
                         quote_text[end - 1] == U',' || quote_text[end - 1] == U';' ||
                         quote_text[end - 1] == U':')) {
    --end;
  }
  if (start == end) return false;
  // A lone trailing ’ or ' is more often an apostrophe ("the Democrats’").
  char32_t first = quote_text[start], last = quote_text[end - 1];
  bool opens = IsQuoteMark(first) && first != U'\u2019';
  bool closes = last == U'\u201D' || last == U'"' || last == U'\u00BB' ||
                (end - start >= 2 && IsQuoteMark(quote_text[end - 2]) && IsQuoteMark(last));
  return opens && closes;
}

std::string_view ConllType(ActorType type) {
  switch (type) {
    case ActorType::kPerson:
      return "PER";
    case ActorType::kOrganization:
    case ActorType::kAgency:
      return "ORG";
    case ActorType::kCountry:
    case ActorType::kLocation:
      return "LOC";
    case ActorType::kGroup:
      return "MISC";
  }
  return "MISC";
}

// --- Parsing ---------------------------------------------------------------

namespace {

using Json = nlohmann::json;

// Reads `obj[key]` as a code-point offset in [0, limit].
Status ReadOffset(const Json& obj, const char* key, uint32_t limit, const std::string& where,
                  uint32_t* out) {
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_number_integer()) {
    return Status::InvalidArgument(where + ": \"" + key + "\" must be an integer");
  }
  int64_t v = it->get<int64_t>();
  if (v < 0 || v > int64_t{limit}) {
    return Status::InvalidArgument(where + ": \"" + key + "\" " + std::to_string(v) +
                                   " is outside the text's " + std::to_string(limit) +
                                   " code points");
  }
  *out = static_cast<uint32_t>(v);
  return Status::Ok();
}

Status ReadSpan(const Json& obj, const char* start_key, const char* end_key, uint32_t limit,
                const std::string& where, Span* out) {
  Status s = ReadOffset(obj, start_key, limit, where, &out->start);
  if (s.ok()) s = ReadOffset(obj, end_key, limit, where, &out->end);
  if (s.ok() && out->end < out->start) {
    s = Status::InvalidArgument(where + ": \"" + end_key + "\" is before \"" + start_key + "\"");
  }
  return s;
}

bool IsNull(const Json& obj, const char* key) {
  auto it = obj.find(key);
  return it == obj.end() || it->is_null();
}

}  // namespace

Result<GoldDocument> ParseGoldDocument(std::string_view line) {
  Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::InvalidArgument("not valid JSON");
  if (!j.is_object()) return Status::InvalidArgument("not a JSON object");
  GoldDocument doc;
  auto id = j.find("id");
  if (id == j.end() || !id->is_string()) return Status::InvalidArgument("\"id\" must be a string");
  auto text = j.find("text");
  if (text == j.end() || !text->is_string()) {
    return Status::InvalidArgument("\"text\" must be a string");
  }
  doc.id = id->get<std::string>();
  doc.text = text->get<std::string>();
  std::u32string cps = DecodeUtf8(doc.text);
  auto limit = static_cast<uint32_t>(cps.size());

  if (auto quotes = j.find("quotes"); quotes != j.end()) {
    if (!quotes->is_array()) return Status::InvalidArgument("\"quotes\" must be an array");
    doc.quotes.emplace();
    for (size_t i = 0; i < quotes->size(); ++i) {
      const Json& q = (*quotes)[i];
      std::string where = "quotes[" + std::to_string(i) + "]";
      if (!q.is_object()) return Status::InvalidArgument(where + ": not an object");
      GoldQuote gold;
      Status s = ReadSpan(q, "start", "end", limit, where, &gold.span);
      if (!s.ok()) return s;
      if (!IsNull(q, "speaker") && !IsNull(q, "speaker_start")) {
        Span speaker;
        s = ReadSpan(q, "speaker_start", "speaker_end", limit, where, &speaker);
        if (!s.ok()) return s;
        gold.speaker = speaker;
      }
      auto marks = q.find("quote_marks");
      if (marks != q.end() && !marks->is_null() && !marks->is_boolean()) {
        return Status::InvalidArgument(where + ": \"quote_marks\" must be true or false");
      }
      bool quote_marks = marks != q.end() && marks->is_boolean() && marks->get<bool>();
      gold.direct = IsDirectGold(
          std::u32string_view(cps).substr(gold.span.start, gold.span.end - gold.span.start),
          quote_marks);
      if (auto cue = q.find("cue"); cue != q.end() && cue->is_string()) {
        gold.cue = cue->get<std::string>();
        if (!IsNull(q, "cue_start")) {
          uint32_t start = 0;
          s = ReadOffset(q, "cue_start", limit, where, &start);
          if (!s.ok()) return s;
          gold.cue_start = start;
        }
      }
      doc.quotes->push_back(gold);
    }
  }
  if (auto entities = j.find("entities"); entities != j.end()) {
    if (!entities->is_array()) return Status::InvalidArgument("\"entities\" must be an array");
    doc.entities.emplace();
    for (size_t i = 0; i < entities->size(); ++i) {
      const Json& e = (*entities)[i];
      std::string where = "entities[" + std::to_string(i) + "]";
      if (!e.is_object()) return Status::InvalidArgument(where + ": not an object");
      GoldEntity gold;
      Status s = ReadSpan(e, "start", "end", limit, where, &gold.span);
      if (!s.ok()) return s;
      auto type = e.find("type");
      if (type == e.end() || !type->is_string()) {
        return Status::InvalidArgument(where + ": \"type\" must be a string");
      }
      gold.type = type->get<std::string>();
      doc.entities->push_back(std::move(gold));
    }
  }
  if (auto events = j.find("events"); events != j.end()) {
    if (!events->is_array()) return Status::InvalidArgument("\"events\" must be an array");
    doc.events.emplace();
    for (size_t i = 0; i < events->size(); ++i) {
      const Json& e = (*events)[i];
      auto code = e.is_object() ? e.find("code") : e.end();
      if (code == e.end() || !code->is_string()) {
        return Status::InvalidArgument("events[" + std::to_string(i) +
                                       "]: \"code\" must be a string");
      }
      std::string c = code->get<std::string>();
      if (c.starts_with("CAMEO:")) c = c.substr(6);
      doc.events->push_back(std::move(c));
    }
    if (auto meta = j.find("meta"); meta != j.end() && meta->is_object()) {
      auto none = meta->find("noevents");
      doc.no_events = none != meta->end() && none->is_boolean() && none->get<bool>();
    }
  }
  return doc;
}

// --- Scoring ---------------------------------------------------------------

QuoteScores ScoreQuotes(const std::vector<GoldQuote>& gold,
                        const std::vector<PredictedQuote>& predicted) {
  std::vector<Span> gold_spans, predicted_spans;
  for (const GoldQuote& g : gold) gold_spans.push_back(g.span);
  for (const PredictedQuote& p : predicted) predicted_spans.push_back(p.span);
  auto pairs = MatchSpans(gold_spans, predicted_spans, QuoteSpansMatch);

  QuoteScores scores;
  scores.span.tp = pairs.size();
  scores.span.fp = predicted.size() - pairs.size();
  scores.span.fn = gold.size() - pairs.size();

  uint64_t gold_attributed = 0;
  for (const GoldQuote& g : gold) gold_attributed += g.speaker.has_value();
  uint64_t predicted_in_scope = predicted.size();
  uint64_t right = 0;
  for (auto [g, p] : pairs) {
    if (!gold[g].speaker) {
      --predicted_in_scope;  // matched to an unattributed gold quote: not scored
      continue;
    }
    if (predicted[p].speaker && Overlaps(*predicted[p].speaker, *gold[g].speaker)) ++right;
  }
  scores.attribution.tp = right;
  scores.attribution.fp = predicted_in_scope - right;
  scores.attribution.fn = gold_attributed - right;
  return scores;
}

namespace {

void AddScores(const QuoteScores& add, QuoteScores* to) {
  to->span += add.span;
  to->attribution += add.attribution;
}

struct TypedSpan {
  Span span;
  std::string type;
  bool operator<(const TypedSpan& o) const {
    return std::tie(span.start, span.end, type) < std::tie(o.span.start, o.span.end, o.type);
  }
};

void ScoreEntities(const std::vector<GoldEntity>& gold, const std::vector<TypedSpan>& predicted,
                   EvalReport* report) {
  std::set<std::string> types;
  for (const GoldEntity& g : gold) types.insert(g.type);
  for (const TypedSpan& p : predicted) types.insert(p.type);
  for (const std::string& type : types) {
    std::vector<Span> g_spans, p_spans;
    for (const GoldEntity& g : gold) {
      if (g.type == type) g_spans.push_back(g.span);
    }
    for (const TypedSpan& p : predicted) {
      if (p.type == type) p_spans.push_back(p.span);
    }
    auto exact = MatchSpans(g_spans, p_spans, [](Span a, Span b) { return a == b; });
    auto lenient = MatchSpans(g_spans, p_spans, Overlaps);
    report->entities_exact[type] += Counts{exact.size(), p_spans.size() - exact.size(),
                                           g_spans.size() - exact.size()};
    report->entities_lenient[type] += Counts{lenient.size(), p_spans.size() - lenient.size(),
                                             g_spans.size() - lenient.size()};
  }
}

}  // namespace

std::optional<RelationType> CueFamily(std::string_view cue) {
  static constexpr std::string_view kCriticizes[] = {
      "critici", "condemn", "denounc", "rebuk", "chastis", "chid", "decr", "deplor", "lambast",
      "censur", "reprimand", "scold", "disparag", "belittl", "assail", "blast", "slam"};
  std::string lower(cue);
  for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  for (size_t b = 0; b < lower.size();) {
    while (b < lower.size() && !std::isalpha(static_cast<unsigned char>(lower[b]))) ++b;
    size_t e = b;
    while (e < lower.size() && std::isalpha(static_cast<unsigned char>(lower[e]))) ++e;
    std::string_view w(lower.data() + b, e - b);
    if (w.starts_with("accus") || w.starts_with("blam")) return RelationType::kAccuses;
    if (w.starts_with("deny") || w.starts_with("deni")) return RelationType::kDenies;
    for (std::string_view stem : kCriticizes) {
      if (w.starts_with(stem)) return RelationType::kCriticizes;
    }
    b = e;
  }
  return std::nullopt;
}

namespace {

// Relations against the gold attributions of each cue family: a relation
// event (one per cue occurrence and source, whatever its targets) matches a
// gold attribution of its type when its evidence sentence holds the gold cue
// and its source mention overlaps the gold speaker.
void ScoreRelations(const std::vector<GoldQuote>& gold, const DocumentFacts& facts,
                    const CodePointMap& map, EvalReport* report) {
  struct Event {
    RelationType type;
    Span span;
    Span source;
  };
  std::vector<Event> events;
  for (const Relation& r : facts.relations) {
    if (r.type != RelationType::kAccuses && r.type != RelationType::kDenies &&
        r.type != RelationType::kCriticizes) {
      continue;
    }
    if (CueFamily(r.cue) != r.type || !r.source_mention) continue;
    Event e{r.type, map.ToCodePoints(r.span), map.ToCodePoints(*r.source_mention)};
    bool seen = false;
    for (const Event& x : events) {
      seen = seen || (x.type == e.type && x.span == e.span && x.source == e.source);
    }
    if (!seen) events.push_back(e);
  }
  for (RelationType type :
       {RelationType::kAccuses, RelationType::kCriticizes, RelationType::kDenies}) {
    std::vector<const GoldQuote*> g;
    for (const GoldQuote& q : gold) {
      if (q.speaker && q.cue_start && CueFamily(q.cue) == type) g.push_back(&q);
    }
    std::vector<bool> used(g.size(), false);
    Counts c;
    for (const Event& e : events) {
      if (e.type != type) continue;
      bool hit = false;
      for (size_t k = 0; k < g.size() && !hit; ++k) {
        if (used[k] || *g[k]->cue_start < e.span.start || *g[k]->cue_start >= e.span.end ||
            !Overlaps(e.source, *g[k]->speaker)) {
          continue;
        }
        used[k] = hit = true;
      }
      (hit ? c.tp : c.fp) += 1;
    }
    c.fn = std::count(used.begin(), used.end(), false);
    report->relations[type] += c;
  }
}

void ScoreEvents(const GoldDocument& gold, const DocumentFacts& facts, EvalReport* report) {
  bool accuses = false, criticizes = false, any = false;
  for (const Relation& r : facts.relations) {
    accuses = accuses || r.type == RelationType::kAccuses;
    criticizes = criticizes || r.type == RelationType::kCriticizes;
    any = any || r.type == RelationType::kAccuses || r.type == RelationType::kCriticizes ||
          r.type == RelationType::kDenies;
  }
  // A record: it holds a code or must hold none (PolNeAR's empty lists are
  // no records).
  if (!gold.no_events && gold.events->empty()) return;
  ++report->event_records;
  if (gold.no_events) {
    ++report->no_event_records;
    report->no_event_records_with_edge += any;
    return;
  }
  bool has112 = false, has111 = false;
  for (const std::string& code : *gold.events) {
    has112 = has112 || code.starts_with("112");
    has111 = has111 || code.starts_with("111");
  }
  const bool family = accuses || criticizes;
  if (has112) report->accuse_events += EventScores{1, accuses, family};
  if (has111) report->criticize_events += EventScores{1, criticizes, family};
}

}  // namespace

void ScoreDocument(const GoldDocument& gold, const DocumentFacts& facts, EvalReport* report) {
  ++report->documents;
  CodePointMap map(gold.text);
  if (gold.quotes) {
    ++report->quote_documents;
    report->gold_quotes += gold.quotes->size();
    std::u32string text = DecodeUtf8(gold.text);
    std::vector<GoldQuote> all, direct, indirect;
    for (GoldQuote g : *gold.quotes) {
      g.span = TrimQuoteSpan(text, g.span);
      all.push_back(g);
      (g.direct ? direct : indirect).push_back(g);
    }
    std::vector<PredictedQuote> p_all, p_direct, p_indirect;
    for (const Quote& q : facts.quotes) {
      PredictedQuote p{TrimQuoteSpan(text, map.ToCodePoints(q.span)), std::nullopt};
      if (q.speaker_mention) p.speaker = map.ToCodePoints(*q.speaker_mention);
      p_all.push_back(p);
      (q.direct ? p_direct : p_indirect).push_back(p);
    }
    AddScores(ScoreQuotes(all, p_all), &report->all);
    AddScores(ScoreQuotes(direct, p_direct), &report->direct);
    AddScores(ScoreQuotes(indirect, p_indirect), &report->indirect);
    ScoreRelations(*gold.quotes, facts, map, report);
  }
  if (gold.events) ScoreEvents(gold, facts, report);
  if (gold.entities) {
    ++report->entity_documents;
    report->gold_entities += gold.entities->size();
    std::set<TypedSpan> predicted;  // two actors on one mention count once
    for (const Actor& actor : facts.actors) {
      for (const Mention& m : actor.mentions) {
        // "Russian" refers to Russia, but CoNLL calls the word MISC.
        predicted.insert({map.ToCodePoints(m.span), m.form == MentionForm::kDemonym
                                                        ? std::string("MISC")
                                                        : std::string(ConllType(actor.type))});
      }
    }
    ScoreEntities(*gold.entities, {predicted.begin(), predicted.end()}, report);
  }
}

// --- Output ----------------------------------------------------------------

namespace {

std::string Fixed3(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

std::vector<std::string> Row(std::string name, const Counts& c) {
  return {std::move(name), std::to_string(c.tp), std::to_string(c.fp), std::to_string(c.fn),
          Fixed3(c.Precision()), Fixed3(c.Recall()), Fixed3(c.F1())};
}

const std::vector<std::string> kHeader = {"", "tp", "fp", "fn", "P", "R", "F1"};

Counts Total(const std::map<std::string, Counts>& by_type) {
  Counts total;
  for (const auto& [type, c] : by_type) total += c;
  return total;
}

// PER, ORG and LOC together: the names that become actors (MISC names
// nationalities and events, which make none but demonym mentions).
Counts ActorTypes(const std::map<std::string, Counts>& by_type) {
  Counts total;
  for (const auto& [type, c] : by_type) {
    if (type == "PER" || type == "ORG" || type == "LOC") total += c;
  }
  return total;
}

nlohmann::ordered_json CountsJson(const Counts& c) {
  return {{"tp", c.tp},           {"fp", c.fp},        {"fn", c.fn},
          {"precision", c.Precision()}, {"recall", c.Recall()}, {"f1", c.F1()}};
}

nlohmann::ordered_json ByTypeJson(const std::map<std::string, Counts>& by_type) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  for (const auto& [type, c] : by_type) j[type] = CountsJson(c);
  j["all"] = CountsJson(Total(by_type));
  return j;
}

}  // namespace

void PrintReportText(const EvalReport& r, std::string_view gold_path, std::FILE* out) {
  std::fprintf(out, "gold: %.*s, %" PRIu64 " documents\n\n", int(gold_path.size()),
               gold_path.data(), r.documents);
  if (r.gold_quotes == 0) {
    std::fprintf(out, "quotes: no gold quotes, not scored\n\n");
  } else {
    std::fprintf(out,
                 "quotes: %" PRIu64 " gold in %" PRIu64
                 " documents (match: span Jaccard >= 0.5; attribution: speaker spans overlap)\n",
                 r.gold_quotes, r.quote_documents);
    Table table(kHeader);
    table.Add(Row("span all", r.all.span));
    table.Add(Row("span direct", r.direct.span));
    table.Add(Row("span indirect", r.indirect.span));
    table.Add(Row("attribution all", r.all.attribution));
    table.Add(Row("attribution direct", r.direct.attribution));
    table.Add(Row("attribution indirect", r.indirect.attribution));
    table.Print(out);
    std::fprintf(out, "\n");
  }
  uint64_t relation_gold = 0;
  for (const auto& [type, c] : r.relations) relation_gold += c.tp + c.fn;
  if (relation_gold > 0) {
    std::fprintf(out,
                 "relations: gold attributions by cue family (accus*/blam*, critici*/condemn*/..., "
                 "deny*/deni*); match: the edge's sentence holds the cue, its source mention "
                 "overlaps the speaker\n");
    Table table(kHeader);
    for (const auto& [type, c] : r.relations) table.Add(Row(std::string(RelationTypeName(type)), c));
    table.Print(out);
    std::fprintf(out, "\n");
  }
  if (r.event_records > 0) {
    std::fprintf(out, "events: %" PRIu64 " event-coded records\n", r.event_records);
    auto line = [&](const char* name, const EventScores& e, const char* type) {
      std::fprintf(out, "  %-28s %3" PRIu64 " records, %3" PRIu64 " with a %s edge (%.0f%%), %3" PRIu64
                   " with a DISAPPROVE edge (%.0f%%)\n",
                   name, e.records, e.with_type, type,
                   e.records ? 100.0 * e.with_type / e.records : 0.0, e.with_family,
                   e.records ? 100.0 * e.with_family / e.records : 0.0);
    };
    line("CAMEO 112 (accuse)", r.accuse_events, "accuses");
    line("CAMEO 111 (criticize)", r.criticize_events, "criticizes");
    EventScores both = r.accuse_events;
    both += r.criticize_events;
    std::fprintf(out, "  %-28s %3" PRIu64 " records, %3" PRIu64 " with a DISAPPROVE edge (%.0f%%)\n",
                 "CAMEO 111 and 112", both.records, both.with_family,
                 both.records ? 100.0 * both.with_family / both.records : 0.0);
    std::fprintf(out, "  %-28s %3" PRIu64 " records, %3" PRIu64
                 " with an accuses, criticizes or denies edge\n\n",
                 "no events", r.no_event_records, r.no_event_records_with_edge);
  }
  if (r.gold_entities == 0) {
    std::fprintf(out, "entities: no gold entities, not scored\n");
    return;
  }
  std::fprintf(out, "entities: %" PRIu64 " gold in %" PRIu64 " documents\n", r.gold_entities,
               r.entity_documents);
  Table table(kHeader);
  for (const auto& [type, c] : r.entities_exact) table.Add(Row(type + " exact", c));
  table.Add(Row("PER+ORG+LOC exact", ActorTypes(r.entities_exact)));
  table.Add(Row("all exact", Total(r.entities_exact)));
  for (const auto& [type, c] : r.entities_lenient) table.Add(Row(type + " overlap", c));
  table.Add(Row("PER+ORG+LOC overlap", ActorTypes(r.entities_lenient)));
  table.Add(Row("all overlap", Total(r.entities_lenient)));
  table.Print(out);
}

std::string FormatReportJson(const EvalReport& r, std::string_view gold_path) {
  nlohmann::ordered_json j;
  j["gold"] = std::string(gold_path);
  j["documents"] = r.documents;
  if (r.gold_quotes == 0) {
    j["quotes"] = nullptr;
  } else {
    auto part = [](const QuoteScores& s) {
      return nlohmann::ordered_json{{"span", CountsJson(s.span)},
                                    {"attribution", CountsJson(s.attribution)}};
    };
    j["quotes"] = {{"documents", r.quote_documents},
                   {"gold", r.gold_quotes},
                   {"all", part(r.all)},
                   {"direct", part(r.direct)},
                   {"indirect", part(r.indirect)}};
  }
  nlohmann::ordered_json relations = nlohmann::ordered_json::object();
  for (const auto& [type, c] : r.relations) {
    relations[std::string(RelationTypeName(type))] = CountsJson(c);
  }
  j["relations"] = std::move(relations);
  auto events = [](const EventScores& e) {
    return nlohmann::ordered_json{
        {"records", e.records}, {"with_type", e.with_type}, {"with_disapprove", e.with_family}};
  };
  if (r.event_records == 0) {
    j["events"] = nullptr;
  } else {
    j["events"] = {{"records", r.event_records},
                   {"cameo_112", events(r.accuse_events)},
                   {"cameo_111", events(r.criticize_events)},
                   {"no_events", {{"records", r.no_event_records},
                                  {"with_edge", r.no_event_records_with_edge}}}};
  }
  if (r.gold_entities == 0) {
    j["entities"] = nullptr;
  } else {
    j["entities"] = {{"documents", r.entity_documents},
                     {"gold", r.gold_entities},
                     {"exact", ByTypeJson(r.entities_exact)},
                     {"overlap", ByTypeJson(r.entities_lenient)}};
  }
  return j.dump(2) + "\n";
}

}  // namespace actorgraph
