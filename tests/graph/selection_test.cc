#include "graph/selection.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>

namespace actorgraph {
namespace {

Actor MakeActor(std::string id) {
  Actor a;
  a.id = std::move(id);
  a.name = a.id;
  a.type = ActorType::kCountry;
  for (const char* doc : {"d1", "d2", "d3"}) a.mentions.push_back(Mention{doc, Span{0, 1}});
  return a;
}

Relation MakeRelation(RelationType type, std::string source, std::string target,
                      std::string document) {
  Relation r;
  r.type = type;
  r.source = std::move(source);
  r.target = std::move(target);
  r.document = std::move(document);
  return r;
}

Quote MakeQuote(std::string speaker, std::string document) {
  Quote q;
  q.speaker = std::move(speaker);
  q.document = std::move(document);
  q.text = "words";
  return q;
}

// A chain and a star, over three dated documents:
//   d1 (2024-01-10): ada -accuses-> nor (x2), nor -denies-> (ada, untargeted)
//   d2 (2024-02-03): nor -accuses-> oslo, oslo -quotes-> pia
//   d3 (no date):    hub -accuses-> a1, hub -accuses-> a2, hub -quotes-> a3
Corpus SampleCorpus() {
  Corpus c;
  for (const char* id : {"ada", "nor", "oslo", "pia", "hub", "a1", "a2", "a3", "lonely"}) {
    c.actors.push_back(MakeActor(id));
  }
  for (const auto& [id, date] : {std::pair{"d1", "2024-01-10"}, std::pair{"d2", "2024-02-03"},
                                 std::pair{"d3", ""}}) {
    Document d;
    d.id = id;
    d.date = date;
    c.documents.push_back(d);
  }
  using T = RelationType;
  c.relations = {
      MakeRelation(T::kAccuses, "ada", "nor", "d1"),  MakeRelation(T::kAccuses, "ada", "nor", "d1"),
      MakeRelation(T::kDenies, "nor", "", "d1"),      MakeRelation(T::kAccuses, "nor", "oslo", "d2"),
      MakeRelation(T::kQuotes, "oslo", "pia", "d2"),  MakeRelation(T::kAccuses, "hub", "a1", "d3"),
      MakeRelation(T::kAccuses, "hub", "a2", "d3"),   MakeRelation(T::kQuotes, "hub", "a3", "d3"),
  };
  c.quotes = {MakeQuote("ada", "d1"), MakeQuote("oslo", "d2"), MakeQuote("hub", "d3"),
              MakeQuote("pia", "d1")};
  return c;
}

// "ada nor oslo" : the view's actor keys in vertex order.
std::string Actors(const GraphView& view) {
  std::string out;
  for (Vertex v : boost::make_iterator_range(boost::vertices(view.graph))) {
    out += (out.empty() ? "" : " ") + view.actor(v).id;
  }
  return out;
}

std::string Edges(const GraphView& view) {
  const ActorGraph& g = view.graph;
  std::string out;
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    out += (out.empty() ? "" : " ") + view.actor(boost::source(e, g)).id + ">" +
           view.actor(boost::target(e, g)).id + ":" + std::string(RelationTypeName(g[e].type)) +
           "x" + std::to_string(g[e].weight);
  }
  return out;
}

struct Case {
  std::string name;
  void (*set)(Selection&);
  std::string actors;
  std::string edges;
};

using T = RelationType;

TEST(SelectionTest, EachStepKeepsWhatItSays) {
  const Case cases[] = {
      {"everything", [](Selection&) {}, "ada nor oslo pia hub a1 a2 a3",
       "ada>nor:accusesx2 nor>ada:deniesx1 nor>oslo:accusesx1 oslo>pia:quotesx1 "
       "hub>a1:accusesx1 hub>a2:accusesx1 hub>a3:quotesx1"},
      {"types", [](Selection& s) { s.types = {T::kQuotes}; }, "oslo pia hub a3",
       "oslo>pia:quotesx1 hub>a3:quotesx1"},
      {"min weight", [](Selection& s) { s.min_weight = 2; }, "ada nor", "ada>nor:accusesx2"},
      {"dates drop undated documents", [](Selection& s) { s.dates.since = "2024-02"; },
       "nor oslo pia", "nor>oslo:accusesx1 oslo>pia:quotesx1"},
      {"documents", [](Selection& s) { s.documents = {"d1"}; }, "ada nor",
       "ada>nor:accusesx2 nor>ada:deniesx1"},
      {"ego depth 1", [](Selection& s) { s.centres = {"nor"}; }, "ada nor oslo",
       "ada>nor:accusesx2 nor>ada:deniesx1 nor>oslo:accusesx1"},
      {"ego depth 2", [](Selection& s) { s.centres = {"ada"}, s.depth = 2; }, "ada nor oslo",
       "ada>nor:accusesx2 nor>ada:deniesx1 nor>oslo:accusesx1"},
      {"two centres", [](Selection& s) { s.centres = {"pia", "a1"}; }, "oslo pia hub a1",
       "oslo>pia:quotesx1 hub>a1:accusesx1"},
      {"ego then type",
       [](Selection& s) { s.types = {T::kAccuses}, s.centres = {"nor"}, s.depth = 5; },
       "ada nor oslo", "ada>nor:accusesx2 nor>oslo:accusesx1"},
      {"top by degree", [](Selection& s) { s.top = 2; }, "ada nor",
       "ada>nor:accusesx2 nor>ada:deniesx1"},
      {"top inside the ego network",
       [](Selection& s) { s.centres = {"a1"}, s.depth = 2, s.top = 2; }, "hub a1",
       "hub>a1:accusesx1"},
  };
  for (const Case& c : cases) {
    Selection selection;
    c.set(selection);
    auto view = SelectGraph(SampleCorpus(), selection);
    ASSERT_TRUE(view.ok()) << c.name << ": " << view.status().ToString();
    EXPECT_EQ(Actors(*view), c.actors) << c.name;
    EXPECT_EQ(Edges(*view), c.edges) << c.name;
    for (Vertex v : boost::make_iterator_range(boost::vertices(view->graph))) {
      EXPECT_EQ(view->vertex_of.at(view->actor(v).id), v) << c.name;
    }
  }
}

TEST(SelectionTest, UnknownCentreIsNamed) {
  Selection selection;
  selection.centres = {"lonely"};
  auto view = SelectGraph(SampleCorpus(), selection);
  ASSERT_FALSE(view.ok());
  EXPECT_NE(view.status().ToString().find("'lonely'"), std::string::npos)
      << view.status().ToString();
}

TEST(SelectionTest, NarrowsOnlyWhenAFlagIsSet) {
  Selection s;
  EXPECT_FALSE(s.narrows());
  s.dates.until = "2024";
  EXPECT_TRUE(s.narrows());
  s = Selection();
  s.top = 3;
  EXPECT_TRUE(s.narrows());
}

TEST(SelectionTest, SelectedCorpusCarriesOnlyTheSelection) {
  Selection selection;
  selection.centres = {"nor"};
  auto view = SelectGraph(SampleCorpus(), selection);
  ASSERT_TRUE(view.ok());
  Corpus c = SelectedCorpus(*view);
  std::string actors;
  for (const Actor& a : c.actors) actors += a.id + "(" + std::to_string(a.mentions.size()) + ") ";
  EXPECT_EQ(actors, "ada(2) nor(2) oslo(2) ") << "mentions only in d1 and d2";
  ASSERT_EQ(c.documents.size(), 2u);
  EXPECT_EQ(c.documents[0].id, "d1");
  EXPECT_EQ(c.documents[1].id, "d2");
  // ada x2, nor's untargeted denial (kept: it answers ada), nor -> oslo.
  ASSERT_EQ(c.relations.size(), 4u);
  EXPECT_EQ(c.relations[2].type, RelationType::kDenies);
  EXPECT_EQ(c.relations[2].target, "");
  std::string quotes;
  for (const Quote& q : c.quotes) quotes += q.speaker + "@" + q.document + " ";
  EXPECT_EQ(quotes, "ada@d1 oslo@d2 ") << "pia is not selected; hub's document is not";
}

TEST(SelectionTest, DateBounds) {
  const struct {
    DateRange range;  // {since, until}
    std::string date;
    bool in;
  } cases[] = {
      {{"", ""}, "", true},
      {{"2024-02", ""}, "2024-02-01", true},
      {{"2024-02", ""}, "2024-01-31", false},
      {{"", "2024-02"}, "2024-02-29", true},
      {{"", "2024-02"}, "2024-03-01", false},
      {{"2024", ""}, "", false},
      // Normalised dates of every precision (model/dates.h): a period that
      // overlaps a bound is in; an instant is in the day that holds it.
      {{"2024-02", ""}, "2024", true},
      {{"2024-02", ""}, "2023", false},
      {{"", "2024-02-10"}, "2024-02", true},
      {{"", "2024-02-10"}, "2024-02-10T23:59:59Z", true},
      {{"2024-02-11", ""}, "2024-02-10T23:59:59Z", false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(c.range.Contains(c.date), c.in)
        << "[" << c.range.since << ", " << c.range.until << "] " << c.date;
  }
  EXPECT_TRUE(CheckDate("2024-02-29").ok());
  EXPECT_FALSE(CheckDate("24-02").ok());
  EXPECT_FALSE(CheckDate("2024/02").ok());
}

}  // namespace
}  // namespace actorgraph
