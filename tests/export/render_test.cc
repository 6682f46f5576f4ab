#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>
#include <utility>

#include "export/dot_style.h"
#include "export/exporters.h"
#include "tests/export/sample_corpus.h"

namespace actorgraph {
namespace {

using testing::MakeActor;
using testing::MakeRelation;
using testing::SampleCorpus;
using testing::TempDir;

using testing::ReadFile;

bool StartsWith(const std::string& s, std::string_view prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

GraphView SampleView() {
  GraphFilter filter;
  filter.drop_isolated = false;
  return BuildGraphView(SampleCorpus(), filter);
}

// Where the PNG is kept for a person to look at, when ACTORGRAPH_KEEP_PNG is set.
void MaybeKeep(const std::string& path) {
  if (const char* keep = std::getenv("ACTORGRAPH_KEEP_PNG")) {
    std::filesystem::copy_file(path, keep, std::filesystem::copy_options::overwrite_existing);
  }
}

TEST(RenderTest, DrawsSvgPngAndPdfInProcess) {
  TempDir dir;
  GraphView view = SampleView();
  const struct {
    const char* format;
    std::string_view signature;
  } cases[] = {
      {"svg", "<?xml"},
      {"png", std::string_view("\x89PNG\r\n\x1a\n", 8)},
      {"pdf", "%PDF-"},
  };
  for (const auto& c : cases) {
    std::string path = dir.File(std::string("graph.") + c.format);
    Status s = RenderGraph(view, c.format, "dot", path);
    ASSERT_TRUE(s.ok()) << c.format << ": " << s.ToString();
    std::string bytes = ReadFile(path);
    EXPECT_TRUE(StartsWith(bytes, c.signature)) << c.format << ": " << bytes.substr(0, 16);
    EXPECT_FALSE(std::filesystem::exists(path + ".tmp")) << c.format;
    if (std::string(c.format) == "png") MaybeKeep(path);
  }
  std::string svg = ReadFile(dir.File("graph.svg"));
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_NE(svg.find("Ministry of Fisheries"), std::string::npos);
}

TEST(RenderTest, EveryLayoutDraws) {
  TempDir dir;
  GraphView view = SampleView();
  for (const char* layout : {"auto", "dot", "neato", "fdp", "sfdp"}) {
    std::string path = dir.File(std::string(layout) + ".svg");
    Status s = RenderGraph(view, "svg", layout, path);
    ASSERT_TRUE(s.ok()) << layout << ": " << s.ToString();
    EXPECT_NE(ReadFile(path).find("Norway"), std::string::npos) << layout;
  }
}

// A star of `n` accusations: n + 1 actors, n edges.
GraphView Star(int n) {
  Corpus c;
  Actor hub;
  hub.id = "country:hub";
  hub.name = "Hub";
  hub.type = ActorType::kCountry;
  c.actors.push_back(hub);
  for (int i = 0; i < n; ++i) {
    Actor a = hub;
    a.id = "person:p" + std::to_string(i);
    a.name = "P" + std::to_string(i);
    a.type = ActorType::kPerson;
    c.actors.push_back(a);
    Relation r;
    r.type = RelationType::kAccuses;
    r.source = a.id;
    r.target = hub.id;
    r.document = "d";
    c.relations.push_back(r);
  }
  return BuildGraphView(std::move(c), GraphFilter{});
}

TEST(RenderTest, AutoPicksDotThenFdpThenSfdpBySize) {
  const struct {
    int spokes;
    std::string layout;
    std::string splines;
  } cases[] = {{10, "dot", "splines=true"},   {29, "dot", "splines=true"},
               {30, "fdp", "splines=true"},   {149, "fdp", "splines=true"},
               {150, "sfdp", "splines=true"}, {400, "sfdp", "splines=line"}};
  for (const auto& c : cases) {
    GraphView view = Star(c.spokes);
    EXPECT_EQ(AutoLayout(view), c.layout) << c.spokes + 1 << " actors";
    auto dot = ExportDot(view);
    ASSERT_TRUE(dot.ok());
    EXPECT_NE(dot->find(c.splines), std::string::npos) << c.spokes << " spokes";
  }
}

// The width and height ("123pt") of an SVG picture.
std::pair<double, double> SvgSize(const std::string& svg) {
  auto number = [&](const std::string& attribute) {
    size_t at = svg.find(attribute + "=\"");
    return at == std::string::npos ? 0.0 : std::stod(svg.substr(at + attribute.size() + 2));
  };
  return {number("width"), number("height")};
}

TEST(RenderTest, AutoTurnsAWideHierarchyOnItsSide) {
  // Twelve people accusing one country: dot's ranks put the twelve in a row,
  // a strip six times wider than tall; drawn left to right they are a column.
  TempDir dir;
  std::string layout;
  ASSERT_TRUE(RenderGraph(Star(12), "svg", "auto", dir.File("star.svg"), &layout).ok());
  EXPECT_EQ(layout, "dot LR");
  auto [width, height] = SvgSize(ReadFile(dir.File("star.svg")));
  ASSERT_GT(height, 0);
  EXPECT_LE(width / height, 2.0) << width << " x " << height;

  // The same layout asked for by name is not turned.
  ASSERT_TRUE(RenderGraph(Star(12), "svg", "dot", dir.File("row.svg"), &layout).ok());
  EXPECT_EQ(layout, "dot");
  std::tie(width, height) = SvgSize(ReadFile(dir.File("row.svg")));
  EXPECT_GT(width / height, 2.0) << width << " x " << height;
}

TEST(RenderTest, AutoKeepsATallHierarchyTopDown) {
  // A chain of accusations is narrow and tall: dot as it stands.
  Corpus c = Star(0).corpus;
  for (int i = 0; i < 4; ++i) {
    Actor a = MakeActor("person:c" + std::to_string(i), "C" + std::to_string(i),
                        ActorType::kPerson);
    c.relations.push_back(MakeRelation(RelationType::kAccuses, a.id,
                                       i == 0 ? "country:hub" : "person:c" + std::to_string(i - 1),
                                       "d", "blamed"));
    c.actors.push_back(a);
  }
  TempDir dir;
  std::string layout;
  ASSERT_TRUE(
      RenderGraph(BuildGraphView(c, GraphFilter{}), "svg", "auto", dir.File("chain.svg"), &layout)
          .ok());
  EXPECT_EQ(layout, "dot");
}

TEST(RenderTest, EveryLayoutDrawsTheLegendBelowTheGraph) {
  TempDir dir;
  GraphView view = SampleView();
  for (const char* layout : {"dot", "sfdp", "neato"}) {
    std::string path = dir.File(std::string(layout) + ".svg");
    ASSERT_TRUE(RenderGraph(view, "svg", layout, path).ok()) << layout;
    std::string svg = ReadFile(path);
    EXPECT_NE(svg.find("affiliated_with"), std::string::npos) << layout;
    EXPECT_NE(svg.find(">organization<"), std::string::npos) << layout;
    EXPECT_NE(svg.find(std::string("fill=\"") + StyleOf(ActorType::kAgency).fillcolor),
              std::string::npos)
        << layout << ": the agency swatch is drawn";
  }
}

TEST(RenderTest, UnknownFormatOrLayoutListsTheValidOnes) {
  TempDir dir;
  GraphView view = SampleView();
  Status format = RenderGraph(view, "gif", "dot", dir.File("x.gif"));
  EXPECT_EQ(format.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(format.message(), "unknown format \"gif\" (valid: svg, png, pdf)");
  Status layout = RenderGraph(view, "svg", "circo", dir.File("x.svg"));
  EXPECT_EQ(layout.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(layout.message(), "unknown layout \"circo\" (valid: auto, dot, neato, fdp, sfdp)");
  EXPECT_FALSE(std::filesystem::exists(dir.File("x.svg")));
}

TEST(RenderTest, UnwritablePathIsAnErrorNamingTheFile) {
  TempDir dir;
  std::string path = dir.File("no-such-dir/graph.png");
  Status s = RenderGraph(SampleView(), "png", "dot", path);
  EXPECT_EQ(s.code(), Status::Code::kIOError);
  EXPECT_EQ(s.message(), "cannot write " + path + ": No such file or directory");
}

TEST(RenderTest, RendersManyTimesInOneProcessTheSameWay) {
  // Every render shares the process's gvc context. With a context per call
  // the second render read freed memory in the pango plugin's font cache
  // (caught by the sanitizer build, scripts/sanitize.sh).
  TempDir dir;
  GraphView view = SampleView();
  ASSERT_TRUE(RenderGraph(view, "png", "dot", dir.File("a.png")).ok());
  ASSERT_TRUE(RenderGraph(view, "png", "neato", dir.File("b.png")).ok());
  EXPECT_GT(std::filesystem::file_size(dir.File("b.png")), 1000u);
  ASSERT_TRUE(RenderGraph(view, "svg", "dot", dir.File("c.svg")).ok());
  ASSERT_TRUE(RenderGraph(view, "svg", "dot", dir.File("d.svg")).ok());
  EXPECT_EQ(ReadFile(dir.File("c.svg")), ReadFile(dir.File("d.svg")));
}

}  // namespace
}  // namespace actorgraph
