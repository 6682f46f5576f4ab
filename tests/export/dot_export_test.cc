#include <graphviz/cgraph.h>
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "export/dot_style.h"
#include "export/exporters.h"
#include "tests/export/sample_corpus.h"

namespace actorgraph {
namespace {

using testing::KeepAllView;
using testing::MakeActor;
using testing::MakeRelation;
using testing::SampleCorpus;
using testing::TempDir;

using AgraphPtr = std::unique_ptr<Agraph_t, decltype(&agclose)>;

// Reads DOT back through cgraph, as any DOT consumer would.
AgraphPtr Parse(const std::string& dot) { return AgraphPtr(agmemread(dot.c_str()), &agclose); }

std::string Attr(void* obj, const char* name) {
  char* v = agget(obj, const_cast<char*>(name));
  return v == nullptr ? "<unset>" : v;
}

Agnode_t* Node(Agraph_t* g, const std::string& name) {
  return agnode(g, const_cast<char*>(name.c_str()), 0);
}

// The one edge tail -> head in `g` whose label starts with `relation`.
Agedge_t* EdgeOf(Agraph_t* g, const std::string& tail, const std::string& head,
                 const std::string& relation) {
  Agnode_t* t = Node(g, tail);
  Agnode_t* h = Node(g, head);
  if (t == nullptr || h == nullptr) return nullptr;
  for (Agedge_t* e = agfstout(g, t); e != nullptr; e = agnxtout(g, e)) {
    if (aghead(e) == h && Attr(e, "label").rfind(relation, 0) == 0) return e;
  }
  return nullptr;
}

using testing::ReadFile;

// Runs the real `dot -Tsvg` on `dot_text`; the SVG, or "" with a failure.
std::string RenderWithDotBinary(const std::string& dot_text) {
  TempDir dir;
  {
    std::ofstream(dir.File("in.dot"), std::ios::binary) << dot_text;
  }
  std::string cmd = "dot -Tsvg '" + dir.File("in.dot") + "' -o '" + dir.File("out.svg") +
                    "' 2>'" + dir.File("err.txt") + "'";
  int rc = std::system(cmd.c_str());
  EXPECT_TRUE(WIFEXITED(rc) && WEXITSTATUS(rc) == 0)
      << "dot failed: " << ReadFile(dir.File("err.txt")) << "\n" << dot_text;
  return ReadFile(dir.File("out.svg"));
}

GraphView SampleView() {
  GraphFilter filter;
  filter.drop_isolated = false;
  return BuildGraphView(SampleCorpus(), filter);
}

TEST(DotExportTest, NodesAreStyledByActorType) {
  auto dot = ExportDot(SampleView());
  ASSERT_TRUE(dot.ok()) << dot.status().ToString();
  AgraphPtr g = Parse(*dot);
  ASSERT_NE(g, nullptr) << *dot;
  EXPECT_STREQ(agnameof(g.get()), "actorgraph");
  EXPECT_TRUE(agisdirected(g.get()));
  const struct {
    const char* key;
    const char* shape;
    const char* label;
  } cases[] = {
      {"person:ada-quill", "ellipse", "Ada Quill"},
      {"country:NOR", "box", "Norway"},
      {"agency:fisheries", "hexagon", "Ministry of Fisheries"},
      {"org:harbour-trust", "component", "Harbour Trust"},
      {"group:netmakers", "doubleoctagon", "the Netmakers"},
      {"location:tromso-bay", "house", "Tromso Bay"},
  };
  std::set<std::string> fills;
  for (const auto& c : cases) {
    Agnode_t* n = Node(g.get(), c.key);
    ASSERT_NE(n, nullptr) << c.key << "\n" << *dot;
    EXPECT_EQ(Attr(n, "shape"), c.shape) << c.key;
    EXPECT_EQ(Attr(n, "label"), c.label) << c.key;
    EXPECT_EQ(Attr(n, "style"), "filled") << c.key;
    fills.insert(Attr(n, "fillcolor"));
  }
  EXPECT_EQ(fills.size(), std::size(cases)) << "every actor type needs its own fill";
}

TEST(DotExportTest, EdgesAreStyledByRelationTypeAndWeight) {
  auto dot = ExportDot(SampleView());
  ASSERT_TRUE(dot.ok()) << dot.status().ToString();
  AgraphPtr g = Parse(*dot);
  ASSERT_NE(g, nullptr);

  Agedge_t* accuses = EdgeOf(g.get(), "person:ada-quill", "country:NOR", "accuses");
  ASSERT_NE(accuses, nullptr) << *dot;
  EXPECT_EQ(Attr(accuses, "label"), "accuses \xC3\x97" "3");
  EXPECT_EQ(Attr(accuses, "color"), "#dc2626");
  EXPECT_EQ(Attr(accuses, "style"), "solid");
  EXPECT_EQ(Attr(accuses, "penwidth"), "2.58");  // 1 + log2(3)
  EXPECT_EQ(Attr(accuses, "actorgraph_documents"), "2");

  Agedge_t* denies = EdgeOf(g.get(), "country:NOR", "person:ada-quill", "denies");
  ASSERT_NE(denies, nullptr) << *dot;
  EXPECT_EQ(Attr(denies, "label"), "denies");
  EXPECT_EQ(Attr(denies, "style"), "dashed");
  EXPECT_EQ(Attr(denies, "penwidth"), "1.00");
  EXPECT_EQ(Attr(denies, "tooltip"), "rejected");  // the cue: no document text held

  Agedge_t* quotes = EdgeOf(g.get(), "person:ada-quill", "agency:fisheries", "quotes");
  ASSERT_NE(quotes, nullptr) << *dot;
  EXPECT_EQ(Attr(quotes, "color"), "#6b7280");
  EXPECT_EQ(Attr(quotes, "tooltip"), "The Ministry of Fisheries sold the quota twice.");

  Agedge_t* member = EdgeOf(g.get(), "group:netmakers", "org:harbour-trust", "affiliated_with");
  ASSERT_NE(member, nullptr) << *dot;
  EXPECT_EQ(Attr(member, "style"), "dotted");
  EXPECT_EQ(Attr(member, "color"), "#16a34a");
}

TEST(DotExportTest, EvidenceIsTheSentenceWhenTheTextIsHeldAndLongQuotesAreCut) {
  Corpus c = SampleCorpus();
  c.documents[0].text = "Ada Quill accused Norway of overfishing. Nothing else.";
  c.relations[0].span = Span{0, 40};
  c.relations.erase(c.relations.begin() + 1, c.relations.begin() + 3);  // doc-1 only
  c.quotes[0].text = std::string(150, 'x') + std::string(100, 'y');
  GraphView view = BuildGraphView(std::move(c), GraphFilter{});
  auto dot = ExportDot(view);
  ASSERT_TRUE(dot.ok());
  AgraphPtr g = Parse(*dot);
  ASSERT_NE(g, nullptr);
  Agedge_t* accuses = EdgeOf(g.get(), "person:ada-quill", "country:NOR", "accuses");
  ASSERT_NE(accuses, nullptr);
  EXPECT_EQ(Attr(accuses, "tooltip"), "Ada Quill accused Norway of overfishing.");
  Agedge_t* quotes = EdgeOf(g.get(), "person:ada-quill", "agency:fisheries", "quotes");
  ASSERT_NE(quotes, nullptr);
  EXPECT_EQ(Attr(quotes, "tooltip"),
            std::string(150, 'x') + std::string(50, 'y') + "\xE2\x80\xA6");
}

// The legend (the graph's HTML label) of `view`'s DOT; empty when none.
std::string Legend(const GraphView& view) {
  auto dot = ExportDot(view);
  EXPECT_TRUE(dot.ok());
  AgraphPtr g = Parse(*dot);
  EXPECT_NE(g, nullptr);
  if (g == nullptr) return "";
  EXPECT_EQ(agfstsubg(g.get()), nullptr) << "no legend nodes among the actors";
  char* label = agget(g.get(), const_cast<char*>("label"));
  if (label == nullptr || *label == '\0') return "";
  EXPECT_TRUE(aghtmlstr(label)) << "the legend is an HTML table: " << label;
  return label;
}

bool ListsActorType(const std::string& legend, ActorType t) {
  std::string cell = std::string("bgcolor=\"") + StyleOf(t).fillcolor + "\"";
  return legend.find(cell + " color=\"" + StyleOf(t).color + "\">" +
                     std::string(ActorTypeName(t)) + "<") != std::string::npos;
}

bool ListsRelationType(const std::string& legend, RelationType t) {
  std::string font = std::string("<font color=\"") + StyleOf(t).color + "\">";
  size_t at = legend.find(font);
  return at != std::string::npos &&
         legend.find(std::string(RelationTypeName(t)) + "</font>", at) != std::string::npos;
}

TEST(DotExportTest, LegendListsOnlyTheTypesDrawn) {
  // The sample has every actor type and every relation type but criticizes.
  std::string legend = Legend(KeepAllView(SampleCorpus()));
  for (ActorType t : kAllActorTypes) {
    EXPECT_TRUE(ListsActorType(legend, t)) << ActorTypeName(t) << " in " << legend;
  }
  for (RelationType t : kAllRelationTypes) {
    EXPECT_EQ(ListsRelationType(legend, t), t != RelationType::kCriticizes)
        << RelationTypeName(t) << " in " << legend;
  }

  // Its accusations alone: a person, a country, an organisation, a place.
  GraphFilter accusations;
  accusations.types = {RelationType::kAccuses};
  legend = Legend(BuildGraphView(SampleCorpus(), accusations));
  for (ActorType t : kAllActorTypes) {
    bool drawn = t == ActorType::kPerson || t == ActorType::kCountry ||
                 t == ActorType::kOrganization || t == ActorType::kLocation;
    EXPECT_EQ(ListsActorType(legend, t), drawn) << ActorTypeName(t) << " in " << legend;
  }
  for (RelationType t : kAllRelationTypes) {
    EXPECT_EQ(ListsRelationType(legend, t), t == RelationType::kAccuses)
        << RelationTypeName(t) << " in " << legend;
  }

  EXPECT_EQ(Legend(BuildGraphView(Corpus{}, GraphFilter{})), "") << "nothing to explain";
}

// Text as hostile as news can get, in names, keys, quotes and cues.
TEST(DotExportTest, HostileTextStillGivesDotThatRendersSafely) {
  const std::string hostile[] = {
      "<script>alert('x')</script>",
      "ends in a backslash \\",
      "quote \" and \\\" and {braces} [brackets]; a -> b",
      "two\nlines & AT&T &amp; &foo; &#60;",
      "<b>html-ish</b>",
      "\\N \\G \\l ünïcødé 日本 \xF0\x9F\x90\x9F",
      "bad utf8 \xC3 \xFF tail",
      "",
  };
  Corpus c;
  c.actors.push_back(MakeActor("person:ada-quill", "Ada Quill", ActorType::kPerson));
  for (size_t i = 0; i < std::size(hostile); ++i) {
    std::string key = "group:" + hostile[i];
    c.actors.push_back(MakeActor(key, hostile[i], kAllActorTypes[i % 6]));
    c.relations.push_back(MakeRelation(kAllRelationTypes[i % 4], "person:ada-quill", key,
                                       "doc-1", hostile[i]));
    Quote q;
    q.document = "doc-1";
    q.text = hostile[i];
    q.speaker = "person:ada-quill";
    q.about = {key};
    c.quotes.push_back(q);
  }
  GraphView view = BuildGraphView(std::move(c), GraphFilter{});
  ASSERT_EQ(boost::num_vertices(view.graph), std::size(hostile) + 1);
  auto dot = ExportDot(view);
  ASSERT_TRUE(dot.ok()) << dot.status().ToString();

  // cgraph reads it back with every actor present.
  AgraphPtr g = Parse(*dot);
  ASSERT_NE(g, nullptr) << *dot;
  EXPECT_EQ(agnnodes(g.get()), static_cast<int>(std::size(hostile) + 1)) << "no legend nodes";

  std::string svg = RenderWithDotBinary(*dot);
  ASSERT_FALSE(svg.empty());
  EXPECT_EQ(svg.find("<script"), std::string::npos) << svg;
  EXPECT_NE(svg.find("&lt;script&gt;alert"), std::string::npos) << svg;
  EXPECT_EQ(svg.find("<b>"), std::string::npos) << svg;
  EXPECT_NE(svg.find("ünïcødé 日本"), std::string::npos);
  // Escape sequences are shown as typed, not expanded.
  EXPECT_NE(svg.find("\\N \\G \\l"), std::string::npos) << svg;
}

TEST(DotExportTest, SizeWarningOnlyPastThreeHundredActors) {
  Corpus c;
  for (int i = 0; i < 301; ++i) {
    c.actors.push_back(
        MakeActor("person:p" + std::to_string(i), "P" + std::to_string(i), ActorType::kPerson));
  }
  GraphFilter keep_all;
  keep_all.drop_isolated = false;
  GraphView big = BuildGraphView(c, keep_all);
  auto warning = SizeWarning(big);
  ASSERT_TRUE(warning.has_value());
  EXPECT_EQ(*warning,
            "301 actors: consider a selection (--actor NAME --depth 1, --top 100, --type, "
            "--min-weight) or --layout sfdp");
  c.actors.pop_back();
  EXPECT_EQ(SizeWarning(BuildGraphView(c, keep_all)), std::nullopt);
}

}  // namespace
}  // namespace actorgraph
