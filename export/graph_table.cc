#include "export/graph_table.h"

#include <boost/range/iterator_range.hpp>

#include <algorithm>
#include <functional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "export/dot_text.h"
#include "export/evidence.h"
#include "graph/communities.h"

namespace actorgraph {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool IsDigits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int Number(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

// Cleaned, without empty strings or repeats, in their first order.
std::vector<std::string> DistinctClean(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const std::string& v : values) {
    std::string clean = CleanText(v);
    if (!clean.empty() && seen.insert(clean).second) out.push_back(std::move(clean));
  }
  return out;
}

}  // namespace

std::string CleanText(std::string_view text) {
  // SanitizeUtf8 handles bad UTF-8 and control characters; XML 1.0 also
  // forbids the noncharacters U+FFFE (EF BF BE) and U+FFFF (EF BF BF).
  std::string s = SanitizeUtf8(text);
  for (size_t i = s.find("\xEF\xBF"); i != std::string::npos; i = s.find("\xEF\xBF", i + 1)) {
    if (i + 2 < s.size() && (s[i + 2] == '\xBE' || s[i + 2] == '\xBF')) {
      s.replace(i, 3, kReplacement);
    }
  }
  return s;
}

std::string JoinList(const std::vector<std::string>& values, char delimiter, char replacement) {
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += delimiter;
    for (char c : values[i]) out += c == delimiter ? replacement : c;
  }
  return out;
}

std::optional<std::string> IsoDay(std::string_view date) {
  if (date.size() < 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
  std::string_view year = date.substr(0, 4), month = date.substr(5, 2), day = date.substr(8, 2);
  if (!IsDigits(year) || !IsDigits(month) || !IsDigits(day)) return std::nullopt;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) {
    return std::nullopt;
  }
  // "2024-02-031" is not a day followed by a time.
  if (date.size() > 10 && date[10] >= '0' && date[10] <= '9') return std::nullopt;
  return std::string(date.substr(0, 10));
}

NodeRow MakeNodeRow(const Actor& a, Vertex v, uint32_t mentions, uint32_t documents,
                    std::unordered_set<std::string>& used_ids) {
  NodeRow row;
  row.key = CleanText(a.id);
  // A newline would not survive CSV, which writes each record on one line.
  bool clean = !a.id.empty() && row.key == a.id && a.id.find('\n') == std::string::npos;
  if (clean && !used_ids.contains(a.id)) {
    row.id = a.id;
  } else {
    row.id = "actor-" + std::to_string(v);
    while (used_ids.contains(row.id)) row.id += "'";
  }
  used_ids.insert(row.id);
  row.label = CleanText(a.name);
  row.type = a.type;
  row.mentions = mentions;
  row.documents = documents;
  row.aliases = DistinctClean(a.aliases);
  return row;
}

EdgeRow MakeEdgeRow(const GraphView& view, Edge e, size_t index,
                    const std::vector<const Relation*>& relations,
                    const std::function<std::optional<std::string>(const std::string&)>& day_of,
                    std::string evidence) {
  const ActorGraph& g = view.graph;
  const EdgeProps& props = g[e];
  EdgeRow row;
  row.id = "e" + std::to_string(index);
  // Vertices are vecS, so a vertex descriptor is its index in nodes.
  row.source = boost::source(e, g);
  row.target = boost::target(e, g);
  row.type = props.type;
  row.weight = props.weight;
  row.statements = props.statements;
  row.documents = props.documents;
  std::vector<std::string> cues, cameo;
  for (const Relation* rel : relations) {
    cues.push_back(rel->cue);
    // Stores written before relations carried a code have the type's.
    cameo.push_back(rel->cameo.empty() ? std::string(DefaultCameoCode(rel->type)) : rel->cameo);
    std::optional<std::string> day = day_of(rel->document);
    if (day && (!row.start || *day < *row.start)) row.start = std::move(day);
  }
  row.cues = DistinctClean(cues);
  row.cameo = DistinctClean(cameo);
  row.plover = row.cameo.empty() ? "" : std::string(PloverCategory(row.cameo.front()));
  row.evidence = CleanText(evidence);
  return row;
}

GraphTable TabulateView(const GraphView& view) {
  const Corpus& c = view.corpus;
  const ActorGraph& g = view.graph;
  GraphTable table;

  std::unordered_set<std::string> used_ids;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const Actor& a = view.actor(v);
    std::set<std::string_view> docs;
    for (const Mention& m : a.mentions) docs.insert(m.document);
    table.nodes.push_back(MakeNodeRow(a, v, static_cast<uint32_t>(a.mentions.size()),
                                      static_cast<uint32_t>(docs.size()), used_ids));
  }

  std::unordered_map<std::string_view, std::optional<std::string>> day_of;
  for (const Document& d : c.documents) day_of.emplace(d.id, IsoDay(d.date));

  auto day = [&](const std::string& doc) -> std::optional<std::string> {
    auto it = day_of.find(doc);
    return it == day_of.end() ? std::nullopt : it->second;
  };
  EvidenceFinder evidence(view);
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    std::vector<const Relation*> relations;
    for (size_t r : g[e].relations) relations.push_back(&c.relations[r]);
    EdgeRow row = MakeEdgeRow(view, e, table.edges.size(), relations, day, evidence.For(e));
    table.has_dates |= row.start.has_value();
    table.edges.push_back(std::move(row));
  }
  SetCommunities(view, table);
  return table;
}

void SetCommunities(const GraphView& view, GraphTable& table) {
  const CommunityPartition partition = DetectCommunities(view);
  for (size_t v = 0; v < table.nodes.size() && v < partition.community.size(); ++v) {
    table.nodes[v].community = partition.community[v];
  }
}

}  // namespace actorgraph
