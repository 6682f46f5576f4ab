// `query timeline`: the dated statements, accusations, criticisms and
// denials of one actor, or between two, oldest first; or their counts per
// day, week, month or year.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "cli/queries.h"
#include "model/dates.h"

namespace actorgraph {

namespace {

using Json = nlohmann::ordered_json;

// The relations a timeline follows: the DISAPPROVE family and its answer.
constexpr RelationType kTimelineTypes[] = {RelationType::kAccuses, RelationType::kCriticizes,
                                           RelationType::kDenies};
constexpr const char* kKinds[] = {"said", "accuses", "criticizes", "denies"};

Json EventRow(Lookup& lookup, const TimelineItem& e) {
  Json j;
  j["date"] = e.date;
  j["kind"] = e.kind;
  j["source"] = e.source;
  j["source_name"] = lookup.Name(e.source);
  j["target"] = e.target.empty() ? Json(nullptr) : Json(e.target);
  j["target_name"] = e.target.empty() ? Json(nullptr) : Json(lookup.Name(e.target));
  j["cue"] = e.cue;
  if (e.kind == "said") {
    j["direct"] = e.direct;
  } else {
    j["cameo"] = e.cameo.empty() ? Json(nullptr) : Json(e.cameo);
  }
  j["document"] = e.document;
  j["start"] = e.start;
  j["text"] = e.text;
  return j;
}

std::string Plural(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

Result<TimelineItems> GatherTimeline(const Store& store, const TimelineOptions& options) {
  Result<std::string> a = ResolveOne(store, options.actor);
  if (!a.ok()) return a.status();
  std::string b;
  if (!options.other.empty()) {
    Result<std::string> other = ResolveOne(store, options.other);
    if (!other.ok()) return other.status();
    b = *other;
    if (b == *a) {
      return Status::InvalidArgument("'" + options.actor + "' and '" + options.other +
                                     "' are the same actor (" + b + "): give two actors");
    }
  }

  Lookup lookup(store);
  TimelineItems out;
  out.actor = *a;
  out.other = b;
  std::vector<TimelineItem>& events = out.items;
  auto add = [&](TimelineItem e) {
    if (e.date.empty()) {
      ++out.undated;
    } else if (options.dates.Contains(e.date)) {
      events.push_back(std::move(e));
    }
  };

  // Statements: the actor's (about the other, when there is one), and the
  // other's about the actor. A speaker's statements are read in date order
  // with their dates (store/keys.h): no document is read for them.
  auto statements = [&](const std::string& speaker, const std::string& about) {
    return store.ForEachQuote(speaker, [&](std::string_view date, Quote q) {
      if (!about.empty() && std::find(q.about.begin(), q.about.end(), about) == q.about.end()) {
        return true;
      }
      TimelineItem e;
      e.date = std::string(date);
      e.kind = "said";
      e.source = speaker;
      e.target = about;
      e.cue = std::move(q.cue);
      e.direct = q.direct;
      e.document = std::move(q.document);
      e.start = q.span.start;
      e.text = std::move(q.text);
      add(std::move(e));
      return true;
    });
  };
  if (options.statements) {
    if (Status s = statements(*a, b); !s.ok()) return s;
    if (!b.empty()) {
      if (Status s = statements(b, *a); !s.ok()) return s;
    }
  }

  // Accusations, criticisms and denials: few in any store, each type one
  // key prefix.
  std::vector<Relation> relations;
  for (RelationType type : kTimelineTypes) {
    Result<std::vector<Relation>> of_type = store.Relations(type);
    if (!of_type.ok()) return of_type.status();
    for (Relation& r : *of_type) relations.push_back(std::move(r));
  }
  std::map<std::string, std::string> date_of;  // document -> date
  auto date = [&](const std::string& doc) -> Result<std::string> {
    auto it = date_of.find(doc);
    if (it == date_of.end()) {
      Result<std::optional<std::string>> d = store.DocumentDate(doc);
      if (!d.ok()) return d.status();
      it = date_of.emplace(doc, d->value_or("")).first;
    }
    return it->second;
  };
  // A denial that names no one answers each accusation of the denier in its
  // document, or in a document dated no later (the rule of query disputes).
  std::set<std::tuple<std::string, std::string, std::string>> accusations;  // doc, by, of
  std::map<std::pair<std::string, std::string>, std::string> first_accused;  // (by, of) -> date
  for (const Relation& r : relations) {
    if (r.type != RelationType::kAccuses || r.target.empty()) continue;
    accusations.emplace(r.document, r.source, r.target);
    Result<std::string> on = date(r.document);
    if (!on.ok()) return on.status();
    if (on->empty()) continue;
    auto [it, inserted] = first_accused.try_emplace({r.source, r.target}, *on);
    if (!inserted && *on < it->second) it->second = *on;
  }
  for (const Relation& r : relations) {
    std::string target = r.target;
    bool keep = b.empty() ? (r.source == *a || r.target == *a)
                          : ((r.source == *a && r.target == b) || (r.source == b && r.target == *a));
    if (!keep && !b.empty() && r.type == RelationType::kDenies && r.target.empty()) {
      const std::string other = r.source == *a ? b : r.source == b ? *a : "";
      if (!other.empty() && accusations.count({r.document, other, r.source}) > 0) {
        keep = true;
      } else if (!other.empty()) {
        auto first = first_accused.find({other, r.source});
        Result<std::string> on = date(r.document);
        if (!on.ok()) return on.status();
        keep = first != first_accused.end() && !on->empty() && *on >= first->second;
      }
      if (keep) target = other;
    }
    if (!keep) continue;
    Result<std::string> on = date(r.document);
    if (!on.ok()) return on.status();
    TimelineItem e;
    e.date = *on;
    e.kind = std::string(RelationTypeName(r.type));
    e.source = r.source;
    e.target = std::move(target);
    e.cue = r.cue;
    e.cameo = r.cameo.empty() ? std::string(DefaultCameoCode(r.type)) : r.cameo;
    e.document = r.document;
    e.start = r.span.start;
    if (!e.date.empty() && options.dates.Contains(e.date)) {
      e.text = lookup.Evidence(r.document, r.span);
    }
    add(std::move(e));
  }
  // Oldest first; within a document, in reading order.
  std::stable_sort(events.begin(), events.end(), [](const TimelineItem& x, const TimelineItem& y) {
    return std::tie(x.date, x.document, x.start) < std::tie(y.date, y.document, y.start);
  });
  return out;
}

Result<QueryResult> QueryTimeline(const Store& store, const TimelineOptions& options) {
  std::optional<Period> period;
  if (!options.by.empty()) {
    period = ParsePeriod(options.by);
    if (!period) return Status::InvalidArgument("--by takes day, week, month or year");
  }
  Result<TimelineItems> gathered = GatherTimeline(store, options);
  if (!gathered.ok()) return gathered.status();
  const std::vector<TimelineItem>& events = gathered->items;
  const size_t undated = gathered->undated;

  Lookup lookup(store);
  QueryResult result;
  result.none = gathered->other.empty()
                    ? "no dated statements or relations of this actor"
                    : "no dated statements or relations between these actors";
  if (undated > 0) {
    result.note = Plural(undated, "undated statement or relation", "undated statements or relations") +
                  " left out (docs/dates.md)";
  }
  if (!period) {
    result.columns = {{"DATE", "date"},
                      {"KIND", "kind"},
                      {"SOURCE", "source_name"},
                      {"SOURCE_ID", "source", nullptr, false},
                      {"TARGET", "target_name"},
                      {"TARGET_ID", "target", nullptr, false},
                      {"CUE", "cue"},
                      {"CAMEO", "cameo", nullptr, false},
                      {"DIRECT", "direct", nullptr, false},
                      {"DOCUMENT", "document"},
                      {"TEXT", "text",
                       [](const Json& row) {
                         const std::string text = row["text"].get<std::string>();
                         if (row["kind"] != "said") return text;
                         return row["direct"].get<bool>() ? "\u201c" + text + "\u201d"
                                                          : "(reported) " + text;
                       }}};
    for (const TimelineItem& e : events) result.rows.push_back(EventRow(lookup, e));
    return result;
  }

  // Counts per period, every period from the first to the last, so a chart
  // shows the quiet ones too.
  std::map<std::string, std::map<std::string, uint64_t>> counts;
  size_t coarse = 0;
  for (const TimelineItem& e : events) {
    std::optional<std::string> p = PeriodOf(e.date, *period);
    if (!p) {
      ++coarse;
      continue;
    }
    ++counts[*p][e.kind];
  }
  if (coarse > 0) {
    if (!result.note.empty()) result.note += "; ";
    result.note += Plural(coarse, "event", "events") + " dated only to a month or year left out of " +
                   options.by + " counts";
  }
  result.columns = {{"PERIOD", "period"},     {"SAID", "said"},     {"ACCUSES", "accuses"},
                    {"CRITICIZES", "criticizes"}, {"DENIES", "denies"}, {"TOTAL", "total"}};
  if (counts.empty()) return result;
  for (const std::string& p : PeriodsBetween(counts.begin()->first, counts.rbegin()->first, *period)) {
    Json row;
    row["period"] = p;
    uint64_t total = 0;
    for (const char* kind : kKinds) {
      const uint64_t n = counts.count(p) > 0 && counts[p].count(kind) > 0 ? counts[p][kind] : 0;
      row[kind] = n;
      total += n;
    }
    row["total"] = total;
    result.rows.push_back(std::move(row));
  }
  return result;
}

}  // namespace actorgraph
