// Names on news the rules were not written for: the trained tagger with the
// rules (extract/tagged_names.cc), country names as news writes them
// (CLDR, demonyms), organisations by shape, leading words, and one person
// per surname within a document. Every sentence is written for this test.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "extract/lexicons.h"
#include "extract/name_tagger.h"
#include "extract/tokenizer.h"
#include "tests/extract/extract_fixture.h"

namespace actorgraph {
namespace {

// The actor whose mention is exactly the `occurrence`-th (from 0) `surface`
// of `text`, "" when no actor has it, and whether it is a demonym mention.
struct Owner {
  std::string id;
  bool demonym = false;
};

Owner MentionOwner(const DocumentFacts& f, std::string_view text, std::string_view surface,
                   int occurrence) {
  size_t at = text.find(surface);
  for (int k = 0; k < occurrence && at != std::string_view::npos; ++k) {
    at = text.find(surface, at + 1);
  }
  if (at == std::string_view::npos) return {"<surface not in text>"};
  for (const Actor& a : f.actors) {
    for (const Mention& m : a.mentions) {
      if (m.span.start == at && m.span.end == at + surface.size()) {
        return {a.id, m.form == MentionForm::kDemonym};
      }
    }
  }
  return {};
}

std::string ListMentions(const DocumentFacts& f, std::string_view text) {
  std::string out;
  for (const Actor& a : f.actors) {
    out += "  " + a.id + ":";
    for (const Mention& m : a.mentions) {
      out += " [" + std::string(text.substr(m.span.start, m.span.end - m.span.start)) + "]";
    }
    out += "\n";
  }
  return out;
}

struct NameCase {
  const char* text;
  const char* surface;  // as written in the text
  int occurrence;       // which one, from 0
  const char* id;       // its actor, "" for none
  bool demonym = false;
};

void ExpectOwners(const NameCase* begin, const NameCase* end) {
  for (const NameCase* c = begin; c != end; ++c) {
    DocumentFacts f = TestExtractor().Extract("t", c->text);
    Owner o = MentionOwner(f, c->text, c->surface, c->occurrence);
    EXPECT_EQ(o.id, c->id) << "input: " << c->text << "\nname: " << c->surface << " #"
                           << c->occurrence << "\ngot:\n"
                           << ListMentions(f, c->text);
    EXPECT_EQ(o.demonym, c->demonym) << "input: " << c->text << "\nname: " << c->surface;
  }
}

TEST(Names, CountriesAsNewsWritesThem) {
  const NameCase cases[] = {
      // CLDR's English names beside iso-codes' ("Türkiye", "Myanmar",
      // "Côte d'Ivoire").
      {"Turkey closed its border on Monday.", "Turkey", 0, "country:TUR"},
      {"Exiles from Burma marched in the capital.", "Burma", 0, "country:MMR"},
      {"Ivory Coast and Ghana agreed a cocoa price.", "Ivory Coast", 0, "country:CIV"},
      {"The Czech Republic sent two envoys.", "Czech Republic", 0, "country:CZE"},
      // Demonyms formed from the name stand for the country, as demonyms.
      {"The Kenyan government denied the report.", "Kenyan", 0, "country:KEN", true},
      {"The Sudanese army said the road was open.", "Sudanese", 0, "country:SDN", true},
      {"Two Iraqis were hurt, officials said.", "Iraqis", 0, "country:IRQ", true},
      // "the North" once North Korea is named, "the South" once South Korea
      // is, by any of its names.
      {"North Korea tested a rocket. The North said the test was routine.", "North", 1,
       "country:PRK"},
      {"Seoul said the South would answer any test in kind.", "South", 0, "country:KOR"},
  };
  ExpectOwners(std::begin(cases), std::end(cases));
}

TEST(Names, OrganisationsByShapeAndPeoples) {
  const NameCase cases[] = {
      {"Amnesty International said the trial was unfair.", "Amnesty International", 0,
       "org:amnesty-international"},
      {"A report by Harbour Rights Watch named the guards.", "Harbour Rights Watch", 0,
       "org:harbour-rights-watch"},
      // Two names joined by "and" are two.
      {"On Monday, Amnesty International and Harbour Rights Watch accused the army.",
       "Harbour Rights Watch", 0, "org:harbour-rights-watch"},
      {"On Monday, Amnesty International and Harbour Rights Watch accused the army.",
       "Amnesty International", 0, "org:amnesty-international"},
      {"The van was built by Ada Motor Corp of Nordvik.", "Ada Motor Corp", 0,
       "org:ada-motor-corp"},
      // A people is a group actor.
      {"The Kurds rejected the offer on Sunday.", "Kurds", 0, "group:kurds"},
  };
  ExpectOwners(std::begin(cases), std::end(cases));
}

TEST(Names, LeadingWordsStayInTheName) {
  const NameCase cases[] = {
      {"Real Madrid signed a new coach on Friday.", "Real Madrid", 0, "org:real-madrid"},
      {"Werder Bremen lost at home again.", "Werder Bremen", 0, "org:werder-bremen"},
      {"The mayor of New York met the governor.", "New York", 0, "location:US-NY"},
      {"The flight to St. Louis was delayed by fog.", "St. Louis", 0, "location:st-louis"},
      // A title inside or after a name ends it.
      {"World Bank Vice President Ada Quill said the loan was ready.", "World Bank", 0,
       "org:world-bank"},
      {"World Bank Vice President Ada Quill said the loan was ready.", "Ada Quill", 0,
       "person:ada-quill"},
  };
  ExpectOwners(std::begin(cases), std::end(cases));
}

TEST(Names, OnePersonPerSurnameWithinADocument) {
  const NameCase cases[] = {
      // A surname after the full name is that person.
      {"Ada Quill, the harbour master, closed the port. Quill said the storm was close.",
       "Quill", 1, "person:ada-quill"},
      // Or before it, in a headline.
      {"Quill closes the harbour\nAda Quill, the harbour master, closed the port on Monday.",
       "Quill", 0, "person:ada-quill"},
      // A surname two people share is neither of them, and says so by its
      // key: the unresolved person of that surname.
      {"Bo Lind and Per Lind own the two trawlers. Lind said the nets were empty.", "Lind", 2,
       "person:lind"},
      // A surname the document never introduces is still a person.
      {"\"The nets are empty,\" Brakwater said on Monday.", "Brakwater", 0, "person:brakwater"},
      // Never a verb of saying: "Said" after an abbreviation's stop.
      {"The order went to Kestrel Shipping S.A. Said the firm: \"We are ready.\"", "Said", 0, ""},
  };
  ExpectOwners(std::begin(cases), std::end(cases));
}

TEST(Names, RulesKeepWhatTheyDoWell) {
  const NameCase cases[] = {
      // A title's person, a defined acronym, a lexicon agency and its country.
      {"Fisheries Minister Ada Quill spoke first.", "Ada Quill", 0, "person:ada-quill"},
      {"The Harbour Safety Council (HSC) met. The HSC said no.", "HSC", 1,
       "org:harbour-safety-council"},
      {"Russian officials said the talks were over.", "Russian", 0, "country:RUS", true},
      // A byline holds no actor, whatever the tagger says.
      {"Norway said nothing. (Reporting by Ada Quill; Editing by Bo Lind)", "Ada Quill", 0, ""},
  };
  ExpectOwners(std::begin(cases), std::end(cases));
}

// The model itself, without the rules.
TEST(NameTagger, FindsPersonsOrganisationsAndPlaces) {
  Result<std::unique_ptr<NameTagger>> tagger = NameTagger::Load(DefaultNameModelPath());
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
  Result<std::unique_ptr<Lexicons>> lex =
      Lexicons::Load(ACTORGRAPH_TEST_LEXICON_DIR, DefaultIsoCodesDir());
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  const std::string text =
      "Maren Tollefsen, chief executive of Nordvik Shipping Ltd, flew to Oslo on Tuesday.";
  TokenizedText t = Tokenize(text);
  std::vector<NameSpan> spans = (*tagger)->Tag(t, **lex);
  auto span_text = [&](const NameSpan& s) {
    return text.substr(t.tokens[s.begin].start, t.tokens[s.end - 1].end - t.tokens[s.begin].start);
  };
  std::map<std::string, NameType> found;
  for (const NameSpan& s : spans) found[span_text(s)] = s.type;
  EXPECT_EQ(found["Maren Tollefsen"], NameType::kPerson);
  EXPECT_EQ(found["Nordvik Shipping Ltd"], NameType::kOrganization);
  EXPECT_EQ(found["Oslo"], NameType::kLocation);
  EXPECT_FALSE(found.contains("Tuesday"));
  // Only where a name can be: no span holds a lowercase word at either end.
  for (const NameSpan& s : spans) {
    EXPECT_TRUE(t.tokens[s.begin].upper && t.tokens[s.end - 1].upper) << span_text(s);
  }
}

TEST(NameTagger, RefusesAFileThatIsNoModel) {
  const std::string path = testing::TempDir() + "/not-a-model";
  std::ofstream(path) << "weights: many\n";
  Result<std::unique_ptr<NameTagger>> tagger = NameTagger::Load(path);
  ASSERT_FALSE(tagger.ok());
  EXPECT_NE(tagger.status().message().find(path), std::string::npos)
      << tagger.status().message();
  EXPECT_FALSE(NameTagger::Load(path + ".missing").ok());
}

TEST(NameTagger, NeedsItsWordClustersBesideIt) {
  const std::string dir = testing::TempDir() + "/model-without-clusters";
  std::filesystem::create_directories(dir);
  std::filesystem::copy_file(DefaultNameModelPath(), dir + "/names.model",
                             std::filesystem::copy_options::overwrite_existing);
  std::filesystem::remove(dir + "/word_clusters.txt");
  Result<std::unique_ptr<NameTagger>> missing = NameTagger::Load(dir + "/names.model");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("word_clusters.txt"), std::string::npos)
      << missing.status().message();
  std::ofstream(dir + "/word_clusters.txt") << "# clusters\nOslo\t3\t17\nAnkara 3 17\n";
  Result<std::unique_ptr<NameTagger>> bad = NameTagger::Load(dir + "/names.model");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("word_clusters.txt:3"), std::string::npos)
      << bad.status().message();
}

}  // namespace
}  // namespace actorgraph
