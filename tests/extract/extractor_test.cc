// Actors: countries, persons, organisations, bylines, offsets, Create().
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "extract/extractor.h"
#include "tests/extract/extract_fixture.h"

namespace actorgraph {
namespace {

struct ActorCase {
  const char* text;
  const char* id;         // must be found
  const char* alias;      // surface form that must be among its aliases
};

TEST(ExtractorActors, FindsActorsByEveryKindOfName) {
  const ActorCase cases[] = {
      {"Norway said nothing about the fishing quotas.", "country:NOR", "Norway"},
      {"The talks in Oslo were hard for Norwegian negotiators.", "country:NOR", "Norwegian"},
      {"Trade with Chinese firms grew fast last year.", "country:CHN", "Chinese"},
      {"Officials in Beijing rejected the plan on Tuesday.", "country:CHN", "Beijing"},
      {"Moscow has not replied to the letter yet.", "country:RUS", "Moscow"},
      {"Exports to the Russian Federation fell again.", "country:RUS", "Russian Federation"},
      {"The U.S. embassy was closed for the day.", "country:USA", "U.S."},
      {"Ministers from the UK met in the morning.", "country:GBR", "UK"},
      {"Britain will host the summit in May.", "country:GBR", "Britain"},
      {"Voters in Washington have other worries.", "country:USA", "Washington"},
      {"The deal worried the West for months.", "group:west", "the West"},
      {"A spokesman for the Ministry of Fisheries declined to comment.",
       "agency:ministry-of-fisheries", "Ministry of Fisheries"},
      {"Staff at the Norwegian Coastal Agency went on strike.",
       "agency:norwegian-coastal-agency", "Norwegian Coastal Agency"},
      {"She joined the Institute for Arctic and Marine Studies in 2004.",
       "org:institute-for-arctic-and-marine-studies",
       "Institute for Arctic and Marine Studies"},
      {"He led the Northern Fisheries Service (NFS) for ten years. The NFS later shrank.",
       "agency:northern-fisheries-service", "NFS"},
      {"Sales at the cod processor firm Haldor Seafoods rose.", "org:haldor-seafoods",
       "Haldor Seafoods"},
      {"Fisheries Minister Ada Quill opened the port.", "person:ada-quill", "Ada Quill"},
      {"The port is busy, says Bo Lindqvist of the harbour board.", "person:bo-lindqvist",
       "Bo Lindqvist"},
      {"Ada Quill, a former trawler captain, opened the port. Later Quill said it was cold.",
       "person:ada-quill", "Quill"},
  };
  for (const ActorCase& c : cases) {
    DocumentFacts f = TestExtractor().Extract("t", c.text);
    const Actor* a = FindActor(f, c.id);
    ASSERT_NE(a, nullptr) << "input: " << c.text << "\nmissing actor " << c.id;
    EXPECT_NE(std::find(a->aliases.begin(), a->aliases.end(), c.alias), a->aliases.end())
        << "input: " << c.text << "\nmissing alias " << c.alias;
  }
}

TEST(ExtractorActors, SurnameResolvesToTheSamePerson) {
  const char* text = "Ada Quill, a former trawler captain, opened the port.\nQuill said it was cold.";
  DocumentFacts f = TestExtractor().Extract("t", text);
  const Actor* a = FindActor(f, "person:ada-quill");
  ASSERT_NE(a, nullptr) << text;
  EXPECT_EQ(a->mentions.size(), 2u) << text;
  EXPECT_EQ(a->name, "Ada Quill");
  EXPECT_EQ(FindActor(f, "person:quill"), nullptr) << text;
}

TEST(ExtractorActors, MultiWordAgencyIsOneActor) {
  const char* text = "Officials at the U.S. State Department met the Norwegian Coastal Agency.";
  DocumentFacts f = TestExtractor().Extract("t", text);
  EXPECT_NE(FindActor(f, "agency:us-state-department"), nullptr) << text;
  // "U.S." inside the agency's name is not a separate country mention (the
  // country is there, with no mention, as the agency's affiliation).
  const Actor* usa = FindActor(f, "country:USA");
  ASSERT_NE(usa, nullptr) << text;
  EXPECT_TRUE(usa->mentions.empty()) << text;
}

TEST(ExtractorActors, IgnoresSentenceStartsHeadlinesAndBylines) {
  const struct {
    const char* text;
    const char* forbidden_alias;
  } cases[] = {
      {"Last week the port was closed.", "Last"},
      {"But the Harbour Board said no.", "But"},
      {"COD QUOTA DISPUTE\nNorway said nothing.", "COD QUOTA DISPUTE"},
      {"Norway said nothing. (Reporting by Ada Quill; Editing by Bo Lind)", "Ada Quill"},
      {"Norway said nothing.\nAdditional reporting by Ada Quill and Bo Lind", "Bo Lind"},
      {"Norway said nothing.\nCopyright 2011 Quill Media Group", "Quill Media Group"},
  };
  for (const auto& c : cases) {
    DocumentFacts f = TestExtractor().Extract("t", c.text);
    for (const Actor& a : f.actors) {
      for (const std::string& alias : a.aliases) {
        EXPECT_EQ(alias.find(c.forbidden_alias), std::string::npos)
            << "input: " << c.text << "\nunexpected actor " << a.id;
      }
    }
  }
}

TEST(ExtractorActors, OffsetsAreBytesAfterNonAsciiText) {
  const std::string text = "Ærø’s “quiet” café — Norway’s pride, says Åse Quill.";
  DocumentFacts f = TestExtractor().Extract("t", text);
  const Actor* norway = FindActor(f, "country:NOR");
  ASSERT_NE(norway, nullptr) << text;
  ASSERT_EQ(norway->mentions.size(), 1u);
  Span s = norway->mentions[0].span;
  EXPECT_EQ(text.substr(s.start, s.end - s.start), "Norway") << text;
  EXPECT_EQ(s.start, text.find("Norway"));
  EXPECT_EQ(norway->mentions[0].document, "t");
}

TEST(ExtractorCreate, MissingLexiconFileIsNamed) {
  ExtractorOptions options;
  options.lexicon_dir = "/nonexistent/lexicons";
  Result<std::unique_ptr<Extractor>> r = Extractor::Create(options);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(),
            "cannot open lexicon file /nonexistent/lexicons/country_aliases.txt");
}

TEST(ExtractorCreate, MalformedLexiconLineIsNamed) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "actorgraph_extract_lexicons_test";
  fs::remove_all(dir);
  fs::copy(ACTORGRAPH_TEST_LEXICON_DIR, dir);
  {
    std::ofstream out(dir / "cues.txt", std::ios::app);
    out << "whispers | murmured\n";
  }
  ExtractorOptions options;
  options.lexicon_dir = dir.string();
  Result<std::unique_ptr<Extractor>> r = Extractor::Create(options);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find((dir / "cues.txt").string() + ":"), std::string::npos)
      << r.status().message();
  EXPECT_NE(r.status().message().find("unknown cue kind \"whispers\""), std::string::npos)
      << r.status().message();
  fs::remove_all(dir);
}

TEST(ExtractorCreate, UserAddedCueWorksWithoutRecompiling) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "actorgraph_extract_cue_test";
  fs::remove_all(dir);
  fs::copy(ACTORGRAPH_TEST_LEXICON_DIR, dir);
  {
    std::ofstream out(dir / "cues.txt", std::ios::app);
    out << "accuses | scolded\n";
  }
  ExtractorOptions options;
  options.lexicon_dir = dir.string();
  Result<std::unique_ptr<Extractor>> r = Extractor::Create(options);
  ASSERT_TRUE(r.ok()) << r.status().message();
  DocumentFacts f = (*r)->Extract("t", "Norway scolded Sweden over the quotas.");
  EXPECT_TRUE(HasRelation(f, RelationType::kAccuses, "country:NOR", "country:SWE"));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace actorgraph
