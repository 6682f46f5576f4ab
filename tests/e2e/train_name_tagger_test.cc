// The name tagger's trainer end to end: train_name_tagger learns a model
// from CoNLL-style JSONL (here a small corpus made from sentences written
// for this test), scores it, writes it, and the extractor's NameTagger
// loads it and finds names in a sentence it was not trained on.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "extract/extractor.h"
#include "extract/lexicons.h"
#include "extract/name_tagger.h"
#include "extract/tokenizer.h"
#include "tests/e2e/cli_test.h"

namespace actorgraph::testing {
namespace {

// One training document: `pattern` with {P} a person, {O} an organisation
// and {L} a place, and its gold names (offsets in code points; ASCII here).
std::string Document(int id, const std::string& pattern, const std::string& person,
                     const std::string& org, const std::string& place) {
  nlohmann::json entities = nlohmann::json::array();
  std::string text;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}') {
      const std::string& name = pattern[i + 1] == 'P' ? person : pattern[i + 1] == 'O' ? org : place;
      const char* type = pattern[i + 1] == 'P' ? "PER" : pattern[i + 1] == 'O' ? "ORG" : "LOC";
      entities.push_back({{"start", text.size()}, {"end", text.size() + name.size()}, {"type", type}});
      text += name;
      i += 2;
    } else {
      text += pattern[i];
    }
  }
  nlohmann::json doc = {{"id", "train/" + std::to_string(id)}, {"text", text}, {"entities", entities}};
  return doc.dump() + "\n";
}

TEST(TrainNameTagger, LearnsAModelTheExtractorLoads) {
  const std::vector<std::string> patterns = {
      "{P} , a director at {O} , said on Monday that the plant in {L} would close .",
      "Shares of {O} fell after {P} resigned .",
      "{P} flew to {L} to meet the board of {O} .",
      "The talks in {L} ended without a deal , {P} told reporters .",
      "{O} said its new office in {L} would open in May .",
  };
  const std::vector<std::string> persons = {"Maren Tollefsen", "Bo Lindqvist", "Ada Quill",
                                            "Per Brakwater", "Olu Skarvik", "Ines Marlow"};
  const std::vector<std::string> orgs = {"Nordvik Shipping", "Alder Holdings", "Kestrel Motors",
                                         "Harbour Bank", "Quill Systems", "Tollef Energy"};
  const std::vector<std::string> places = {"Bergen", "Tromso", "Alderby", "Port Kestrel",
                                           "Skarvik", "Lindholm"};
  TempDir tmp;
  std::string corpus;
  int id = 0;
  for (size_t p = 0; p < patterns.size(); ++p) {
    for (size_t k = 0; k < persons.size(); ++k) {
      corpus += Document(id++, patterns[p], persons[k], orgs[(k + p) % orgs.size()],
                         places[(k + 2 * p) % places.size()]);
    }
  }
  WriteFile(tmp / "train.jsonl", corpus);
  const std::string model = tmp / "names.model";
  RunResult r = Shell(std::string(ACTORGRAPH_TRAINER) + " --train " + tmp / "train.jsonl" +
                      " --dev " + tmp / "train.jsonl" + " --out " + model + " --min-count 1");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("PER+ORG+LOC"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("held-out fifth"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("wrote " + model), std::string::npos) << r.out;

  Result<std::unique_ptr<NameTagger>> tagger = NameTagger::Load(model);
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
  Result<std::unique_ptr<Lexicons>> lex = Lexicons::Load(DefaultLexiconDir(), DefaultIsoCodesDir());
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  // A new combination of known names in a known frame.
  const std::string text = "Ines Marlow flew to Bergen to meet the board of Kestrel Motors .";
  TokenizedText t = Tokenize(text);
  std::map<std::string, NameType> found;
  for (const NameSpan& s : (*tagger)->Tag(t, **lex)) {
    found[text.substr(t.tokens[s.begin].start, t.tokens[s.end - 1].end - t.tokens[s.begin].start)] =
        s.type;
  }
  EXPECT_EQ(found.size(), 3u);
  EXPECT_EQ(found["Ines Marlow"], NameType::kPerson);
  EXPECT_EQ(found["Bergen"], NameType::kLocation);
  EXPECT_EQ(found["Kestrel Motors"], NameType::kOrganization);
}

TEST(TrainNameTagger, NamesTheLineOfABadDocument) {
  TempDir tmp;
  WriteFile(tmp / "bad.jsonl", "{\"id\": \"a\", \"text\": \"Ada Quill .\", \"entities\": []}\nnot json\n");
  RunResult r = Shell(std::string(ACTORGRAPH_TRAINER) + " --train " + tmp / "bad.jsonl" +
                      " --dev " + tmp / "bad.jsonl");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find(tmp / "bad.jsonl" + ":2"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace actorgraph::testing
