// Statement queries: said, relations, disputes; and what every query shares
// (Lookup, DateRange, ResolveOne).
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "cli/common.h"
#include "cli/facts_json.h"
#include "cli/queries.h"

namespace actorgraph {

namespace {

using Json = nlohmann::ordered_json;

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// Resolves an optional actor option into a set of ids (empty option: empty
// set, meaning no constraint).
Status ResolveOption(const Store& store, const std::string& name, std::set<std::string>* ids) {
  if (name.empty()) return Status::Ok();
  auto found = ResolveActor(store, name);
  if (!found.ok()) return found.status();
  ids->insert(found->begin(), found->end());
  return Status::Ok();
}

Json NameOrNull(Lookup& lookup, const std::string& id) {
  return id.empty() ? Json(nullptr) : Json(lookup.Name(id));
}

Json DateOrNull(const Document& d) { return d.date.empty() ? Json(nullptr) : Json(d.date); }

// Every word of `words` occurs in `text`, ASCII case folded.
bool HasAllWords(const std::string& text, const std::vector<std::string>& words) {
  std::string folded = Lower(text);
  return std::all_of(words.begin(), words.end(), [&](const std::string& w) {
    return folded.find(w) != std::string::npos;
  });
}

std::vector<std::string> SplitWords(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : Lower(text) + " ") {
    if (c == ' ' || c == '\t') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  return words;
}

// The documents carrying one claim (store/claims.h), as (date, document).
using Sources = std::vector<std::pair<std::string, std::string>>;

// Sets a row's `sources` (how many documents) and `source_documents`
// (oldest first; the row's own document and date are the first's).
void AddSources(Json& row, Sources sources) {
  std::sort(sources.begin(), sources.end());
  sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
  row["sources"] = sources.size();
  Json list = Json::array();
  for (const auto& [date, document] : sources) {
    list.push_back({{"document", document}, {"date", date.empty() ? Json(nullptr) : Json(date)}});
  }
  row["source_documents"] = std::move(list);
}

// A table cell's text, with "×N sources" when more than one document
// carries the row's claim.
std::string WithSources(std::string text, const Json& row) {
  const size_t n = row["sources"].get<size_t>();
  return n > 1 ? text + " \u00d7" + std::to_string(n) + " sources" : text;
}

Json RelationRow(Lookup& lookup, const Relation& r) {
  Json j = RelationToJson(r);
  // Relations stored before they carried a code have their type's.
  const std::string cameo = r.cameo.empty() ? std::string(DefaultCameoCode(r.type)) : r.cameo;
  j["cameo"] = cameo.empty() ? Json(nullptr) : Json(cameo);
  j["plover"] = PloverCategory(cameo).empty() ? Json(nullptr) : Json(PloverCategory(cameo));
  j["source_name"] = lookup.Name(r.source);
  j["target_name"] = NameOrNull(lookup, r.target);
  j["document"] = r.document;
  j["date"] = DateOrNull(lookup.Doc(r.document));
  j["evidence"] = lookup.Evidence(r.document, r.span);
  return j;
}

}  // namespace

std::string Lookup::Name(const std::string& id) {
  if (id.empty()) return "";
  auto it = names_.find(id);
  if (it != names_.end()) return it->second;
  auto actor = store_.GetActor(id);
  std::string name = actor.ok() && actor->has_value() ? (*actor)->name : id;
  return names_[id] = name;
}

const Document& Lookup::Doc(const std::string& id) {
  auto it = docs_.find(id);
  if (it == docs_.end()) {
    auto d = store_.GetDocument(id);
    Document doc;
    if (d.ok() && d->has_value()) doc = std::move(**d);
    doc.id = id;
    it = docs_.emplace(id, std::move(doc)).first;
  }
  return it->second;
}

std::string Lookup::Evidence(const std::string& doc, const Span& span) {
  const std::string& text = Doc(doc).text;
  if (span.start >= span.end || span.end > text.size()) return "";
  return OneLine(std::string_view(text).substr(span.start, span.end - span.start));
}

Result<std::string> ResolveOne(const Store& store, const std::string& name) {
  auto ids = ResolveActor(store, name);
  if (!ids.ok()) return ids.status();
  if (ids->size() == 1) return ids->front();
  std::string msg = "'" + name + "' names " + std::to_string(ids->size()) + " actors: ";
  for (size_t i = 0; i < ids->size(); ++i) msg += (i ? ", " : "") + (*ids)[i];
  return Status::InvalidArgument(msg + "; give one of these ids");
}

Result<QueryResult> QuerySaid(const Store& store, const SaidOptions& options) {
  std::set<std::string> speakers, topics;
  if (Status s = ResolveOption(store, options.by, &speakers); !s.ok()) return s;
  if (Status s = ResolveOption(store, options.about, &topics); !s.ok()) return s;
  const std::vector<std::string> words = SplitWords(options.text);

  // Each statement with its document's date, which its key holds
  // (store/keys.h): no document is read.
  struct Dated {
    std::string date;
    Quote quote;
  };
  std::vector<Dated> found;
  auto keep = [&](std::string_view date, const Quote& q) {
    if (!topics.empty() && std::none_of(q.about.begin(), q.about.end(), [&](const auto& a) {
          return topics.count(a) > 0;
        })) {
      return false;
    }
    if (!words.empty() && !HasAllWords(q.text, words)) return false;
    return options.dates.Contains(std::string(date));
  };
  const std::vector<std::string> scans =
      speakers.empty() ? std::vector<std::string>{""}
                       : std::vector<std::string>(speakers.begin(), speakers.end());
  // One statement per claim of a speaker (store/claims.h): the first
  // document to carry it, with every document that did.
  std::vector<Sources> sources;
  if (topics.empty() && words.empty() && !options.copies && !speakers.empty()) {
    // Each speaker's statements come in date, document and offset order, so
    // the first of a claim is the one shown, and only it is read whole: a
    // speaker quoted by forty papers costs forty claim reads, not forty
    // quotes.
    for (const std::string& id : scans) {
      std::map<uint64_t, size_t> first;  // claim -> index into found
      Status failed = Status::Ok();
      Status s = store.ForEachQuoteClaim(
          id, [&](std::string_view date, std::string_view document, uint64_t claim,
                  const std::function<Result<Quote>()>& decode) {
            if (!options.dates.Contains(std::string(date))) return true;
            if (claim != 0) {
              auto it = first.find(claim);
              if (it != first.end()) {
                sources[it->second].emplace_back(date, document);
                return true;
              }
              first.emplace(claim, found.size());
            }
            Result<Quote> q = decode();
            if (!q.ok()) {
              failed = q.status();
              return false;
            }
            found.push_back({std::string(date), std::move(q).value()});
            sources.push_back({{std::string(date), std::string(document)}});
            return true;
          });
      if (!s.ok()) return s;
      if (!failed.ok()) return failed;
    }
    // Oldest document first, across speakers.
    std::vector<size_t> order(found.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return std::tie(found[a].date, found[a].quote.document, found[a].quote.span.start) <
             std::tie(found[b].date, found[b].quote.document, found[b].quote.span.start);
    });
    std::vector<Dated> sorted;
    std::vector<Sources> sorted_sources;
    for (size_t i : order) {
      sorted.push_back(std::move(found[i]));
      sorted_sources.push_back(std::move(sources[i]));
    }
    found = std::move(sorted);
    sources = std::move(sorted_sources);
  } else {
    for (const std::string& id : scans) {
      Status s = store.ForEachQuote(id, [&](std::string_view date, Quote q) {
        if (keep(date, q)) found.push_back({std::string(date), std::move(q)});
        return true;
      });
      if (!s.ok()) return s;
    }
    // Oldest document first.
    std::stable_sort(found.begin(), found.end(), [](const Dated& a, const Dated& b) {
      return std::tie(a.date, a.quote.document, a.quote.span.start) <
             std::tie(b.date, b.quote.document, b.quote.span.start);
    });
    std::map<std::pair<std::string, uint64_t>, size_t> first;
    std::vector<Dated> statements;
    for (Dated& d : found) {
      if (d.quote.claim != 0 && !options.copies) {
        auto [it, fresh] = first.try_emplace({d.quote.speaker, d.quote.claim}, statements.size());
        if (!fresh) {
          sources[it->second].emplace_back(d.date, d.quote.document);
          continue;
        }
      }
      sources.push_back({{d.date, d.quote.document}});
      statements.push_back(std::move(d));
    }
    found = std::move(statements);
  }
  if (options.limit != 0 && found.size() > options.limit) found.resize(options.limit);
  Lookup lookup(store);

  QueryResult result;
  result.none = "no statements match";
  // A speaker the text names without an actor ("other attendees") is shown
  // in brackets in the table; CSV gives it as written, with an empty
  // speaker_id, so the two kinds stay apart.
  result.columns = {
      {"SPEAKER", "speaker_name",
       [](const Json& row) {
         return row["speaker_name"].is_null()
                    ? "[" + row["speaker_text"].get<std::string>() + "]"
                    : row["speaker_name"].get<std::string>();
       },
       true, true,
       [](const Json& row) {
         return row["speaker_name"].is_null() ? row["speaker_text"].get<std::string>()
                                              : row["speaker_name"].get<std::string>();
       }},
      {"SPEAKER_ID", "speaker", nullptr, false},
      {"DATE", "date"},
      {"CUE", "cue"},
      {"DOCUMENT", "document"},
      {"DIRECT", "direct", nullptr, false},
      {"STATEMENT", "text",
       [](const Json& row) {
         std::string text = row["text"].get<std::string>();
         return WithSources(
             row["direct"].get<bool>() ? "\u201c" + text + "\u201d" : "(reported) " + text, row);
       }},
      {"SOURCES", "sources", nullptr, false},
  };
  for (size_t i = 0; i < found.size(); ++i) {
    const Dated& d = found[i];
    const Quote& q = d.quote;
    Json j = QuoteToJson(q);
    j["speaker_name"] = NameOrNull(lookup, q.speaker);
    if (j["speaker_text"].is_null()) j["speaker_text"] = "";
    j["document"] = q.document;
    j["date"] = d.date.empty() ? Json(nullptr) : Json(d.date);
    AddSources(j, std::move(sources[i]));
    result.rows.push_back(std::move(j));
  }
  return result;
}

Result<QueryResult> QueryRelations(const Store& store, const RelationsOptions& options) {
  std::set<std::string> sources, targets;
  if (Status s = ResolveOption(store, options.from, &sources); !s.ok()) return s;
  if (Status s = ResolveOption(store, options.to, &targets); !s.ok()) return s;
  std::optional<RelationType> wanted;
  if (!options.type.empty()) wanted = ParseRelationType(options.type);
  auto relations = store.Relations(wanted);
  if (!relations.ok()) return relations.status();
  Lookup lookup(store);
  std::erase_if(*relations, [&](const Relation& r) {
    return (!sources.empty() && !sources.count(r.source)) ||
           (!targets.empty() && !targets.count(r.target)) ||
           !options.dates.Contains(lookup.Doc(r.document).date);
  });

  // One row per relation and claim (store/claims.h): the earliest document
  // to carry it, with every document that did.
  struct Copies {
    size_t first = 0;  // index into *relations
    Sources docs;
  };
  std::vector<Copies> rows;
  std::map<std::tuple<RelationType, std::string_view, std::string_view, uint64_t>, size_t> row_of;
  for (size_t i = 0; i < relations->size(); ++i) {
    const Relation& r = (*relations)[i];
    std::pair<std::string, std::string> doc{lookup.Doc(r.document).date, r.document};
    if (r.claim != 0 && !options.copies) {
      auto [it, fresh] = row_of.try_emplace({r.type, r.source, r.target, r.claim}, rows.size());
      if (!fresh) {
        Copies& c = rows[it->second];
        if (doc < std::pair{lookup.Doc((*relations)[c.first].document).date,
                            (*relations)[c.first].document}) {
          c.first = i;
        }
        c.docs.push_back(std::move(doc));
        continue;
      }
    }
    rows.push_back({i, {std::move(doc)}});
  }

  QueryResult result;
  result.none = "no relations match";
  result.columns = {{"TYPE", "type"},         {"SOURCE", "source_name"},
                    {"SOURCE_ID", "source", nullptr, false},
                    {"TARGET", "target_name"}, {"TARGET_ID", "target", nullptr, false},
                    {"CUE", "cue"},
                    {"CAMEO", "cameo"},       {"PLOVER", "plover", nullptr, false},
                    {"DATE", "date"},
                    {"DOCUMENT", "document"},
                    {"EVIDENCE", "evidence",
                     [](const Json& row) {
                       return WithSources(row["evidence"].get<std::string>(), row);
                     }},
                    {"SOURCES", "sources", nullptr, false}};
  for (Copies& c : rows) {
    Json j = RelationRow(lookup, (*relations)[c.first]);
    AddSources(j, std::move(c.docs));
    result.rows.push_back(std::move(j));
  }
  return result;
}

Result<QueryResult> QueryDisputes(const Store& store, const DateRange& dates) {
  auto accused = store.Relations(RelationType::kAccuses);
  if (!accused.ok()) return accused.status();
  auto denied = store.Relations(RelationType::kDenies);
  if (!denied.ok()) return denied.status();
  Lookup lookup(store);
  std::vector<const Relation*> accusations, denials;
  for (const Relation& r : *accused) {
    if (!r.target.empty() && dates.Contains(lookup.Doc(r.document).date)) {
      accusations.push_back(&r);
    }
  }
  for (const Relation& r : *denied) {
    if (dates.Contains(lookup.Doc(r.document).date)) denials.push_back(&r);
  }
  // "Later" is by date when both documents have one, else the same document.
  auto answers = [&](const Relation& accusation, const Relation& denial) {
    if (denial.source != accusation.target) return false;
    if (!denial.target.empty() && denial.target != accusation.source) return false;
    // Within one report the denial may come before the accusation it answers.
    if (denial.document == accusation.document) return true;
    const std::string& accused_on = lookup.Doc(accusation.document).date;
    const std::string& denied_on = lookup.Doc(denial.document).date;
    return !accused_on.empty() && !denied_on.empty() && denied_on >= accused_on;
  };

  QueryResult result;
  result.none = "no accusation has a matching denial";
  result.columns = {{"ACCUSER", "accuser_name"},
                    {"ACCUSER_ID", "accuser", nullptr, false},
                    {"ACCUSED", "accused_name"},
                    {"ACCUSED_ID", "accused", nullptr, false},
                    {"ACCUSATION", "/accusation/evidence"},
                    {"ACCUSATION_DOCUMENT", "/accusation/document", nullptr, false},
                    {"ACCUSATION_DATE", "/accusation/date", nullptr, false},
                    {"ACCUSATION_CUE", "/accusation/cue", nullptr, false},
                    {"DENIAL", "/denial/evidence"},
                    {"DENIAL_DOCUMENT", "/denial/document", nullptr, false},
                    {"DENIAL_DATE", "/denial/date", nullptr, false},
                    {"DENIAL_CUE", "/denial/cue", nullptr, false},
                    {"DOCUMENTS", "documents"}};
  auto evidence = [&](const Relation& r) {
    return Json{{"document", r.document},
                {"date", DateOrNull(lookup.Doc(r.document))},
                {"cue", r.cue},
                {"start", r.span.start},
                {"end", r.span.end},
                {"evidence", lookup.Evidence(r.document, r.span)}};
  };
  // In date order: the accusation's, then the denial's (undated last).
  auto by_date = [&](const Relation* x, const Relation* y) {
    const std::string& dx = lookup.Doc(x->document).date;
    const std::string& dy = lookup.Doc(y->document).date;
    return std::make_tuple(dx.empty(), std::cref(dx), std::cref(x->document), x->span.start) <
           std::make_tuple(dy.empty(), std::cref(dy), std::cref(y->document), y->span.start);
  };
  std::stable_sort(accusations.begin(), accusations.end(), by_date);
  std::stable_sort(denials.begin(), denials.end(), by_date);
  for (const Relation* a : accusations) {
    for (const Relation* d : denials) {
      if (!answers(*a, *d)) continue;
      Json row;
      row["accuser"] = a->source;
      row["accuser_name"] = lookup.Name(a->source);
      row["accused"] = a->target;
      row["accused_name"] = lookup.Name(a->target);
      row["accusation"] = evidence(*a);
      row["denial"] = evidence(*d);
      row["documents"] = a->document == d->document ? Json::array({a->document})
                                                    : Json::array({a->document, d->document});
      result.rows.push_back(std::move(row));
    }
  }
  return result;
}

}  // namespace actorgraph
