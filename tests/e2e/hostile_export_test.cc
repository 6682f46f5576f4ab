// End to end: a text of our own full of characters that break naive writers
// (tests/data/hostile.txt: <script>, quotes, backslashes ending a quote,
// braces, "]]>", "<![CDATA[", a tab, \N escapes, non-ASCII), ingested and
// exported in every format, each read back by its real consumer.
#include <nlohmann/json.hpp>

#include <string>

#include "export/exporters.h"
#include "tests/e2e/cli_test.h"

namespace actorgraph::testing {
namespace {

class HostileExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = tmp_ / "store.db";
    RunResult r = Actorgraph("ingest --db " + db_ + " " + DataFile("hostile.txt"));
    ASSERT_EQ(r.code, 0) << r.err;
  }

  // Runs `export --format FORMAT --out FILE` and returns FILE.
  std::string Export(const std::string& format, const std::string& extra = "") {
    std::string out = tmp_ / ("hostile." + format);
    RunResult r =
        Actorgraph("export --db " + db_ + " --format " + format + " --out " + out + " " + extra);
    EXPECT_EQ(r.code, 0) << format << ": " << r.err;
    return out;
  }

  TempDir tmp_;
  std::string db_;
};

TEST_F(HostileExportTest, DotIsValidForGraphviz) {
  std::string dot = Export("dot");
  RunResult plain = Shell("dot -Tplain " + dot);
  ASSERT_EQ(plain.code, 0) << plain.err << "\n" << ReadFile(dot);
  EXPECT_NE(plain.out.find("Karl Vella"), std::string::npos);
}

TEST_F(HostileExportTest, SvgCarriesNoScript) {
  for (const char* layout : {"dot", "sfdp"}) {
    std::string svg = Export("svg", std::string("--layout ") + layout);
    std::string text = ReadFile(svg);
    ASSERT_NE(text.find("<svg"), std::string::npos) << layout;
    EXPECT_EQ(text.find("<script"), std::string::npos) << layout;
    EXPECT_NE(text.find("&lt;script&gt;"), std::string::npos)
        << layout << ": the quote is in a tooltip, escaped";
    // A real XML parser must accept the picture.
    RunResult parse = Shell("/usr/bin/python3 -c 'import sys, xml.dom.minidom as m; "
                            "m.parse(sys.argv[1])' " + svg);
    EXPECT_EQ(parse.code, 0) << layout << ": " << parse.err;
  }
}

TEST_F(HostileExportTest, PngAndPdfDraw) {
  EXPECT_EQ(ReadFile(Export("png")).substr(0, 8), "\x89PNG\r\n\x1a\n");
  EXPECT_EQ(ReadFile(Export("pdf")).substr(0, 5), "%PDF-");
}

TEST_F(HostileExportTest, CapnpKeepsEveryByteOfTheQuotes) {
  auto corpus = ImportCapnp(Export("capnp"));
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  std::string all;
  for (const Quote& q : corpus->quotes) all += q.text + "\n";
  for (const char* piece : {"<script>alert('x')</script>", "C:\\ports\\new\\", "]]>",
                            "<![CDATA[", "\\N \\G \\l", "北京", "{template}"}) {
    EXPECT_NE(all.find(piece), std::string::npos) << piece << " in\n" << all;
  }
}

}  // namespace
}  // namespace actorgraph::testing
