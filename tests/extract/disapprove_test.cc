// The DISAPPROVE family (accuses, criticizes, denies) in each way news writes
// it, and the forms that must give no edge: one table, sentences written for
// it (relation_finder.h lists the constructions).
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "tests/extract/extract_fixture.h"

namespace actorgraph {
namespace {

bool IsDisapprove(RelationType t) {
  return t == RelationType::kAccuses || t == RelationType::kCriticizes ||
         t == RelationType::kDenies;
}

struct Case {
  const char* construction;
  const char* text;
  RelationType type;
  const char* source;
  const char* target;       // "" for an edge with no target
  const char* source_text;  // where the source is named, as written
};

TEST(Disapprove, EveryConstructionGivesItsEdge) {
  const Case cases[] = {
      {"active", "Norway accused Sweden of hiding the catch data.", RelationType::kAccuses,
       "country:NOR", "country:SWE", "Norway"},
      {"active, criticism", "Denmark condemned Estonia over the border closure.",
       RelationType::kCriticizes, "country:DNK", "country:EST", "Denmark"},
      {"active, criticism in British spelling",
       "Tonga on Monday criticised Fiji for its handling of the reef dispute.",
       RelationType::kCriticizes, "country:TON", "country:FJI", "Tonga"},
      {"passive, British spelling", "Estonia was criticised by Finland over the quota.",
       RelationType::kCriticizes, "country:FIN", "country:EST", "Finland"},
      {"active, criticism with a preposition",
       "Finland complained about Latvia after the ferry talks failed.",
       RelationType::kCriticizes, "country:FIN", "country:LVA", "Finland"},
      {"active, an agency's government",
       "The Norwegian government denounced Russia on Tuesday.", RelationType::kCriticizes,
       "country:NOR", "country:RUS", "Norwegian"},
      {"passive with an agent", "Sweden was accused by Denmark of dumping waste at sea.",
       RelationType::kAccuses, "country:DNK", "country:SWE", "Denmark"},
      {"passive, the agent after a determiner",
       "Sweden was accused by the Danish government of dumping waste.", RelationType::kAccuses,
       "country:DNK", "country:SWE", "Danish"},
      {"passive, adverbs between", "Estonia was sharply criticized by Finland for the delay.",
       RelationType::kCriticizes, "country:FIN", "country:EST", "Finland"},
      {"passive, perfect", "Latvia has been blamed by Lithuania for the outage.",
       RelationType::kAccuses, "country:LTU", "country:LVA", "Lithuania"},
      {"nominal, by ... against", "Accusations by Norway against Iceland grew louder.",
       RelationType::kAccuses, "country:NOR", "country:ISL", "Norway"},
      {"nominal, possessive", "Denmark's criticism of Poland was unusually blunt.",
       RelationType::kCriticizes, "country:DNK", "country:POL", "Denmark"},
      {"nominal denial", "Russia's denial came within an hour.", RelationType::kDenies,
       "country:RUS", "", "Russia"},
      {"apposition between verb and object",
       "Ada Quill accused the harbour's new owner, Bo Lind, of breaking the lease.",
       RelationType::kAccuses, "person:ada-quill", "person:bo-lind", "Ada Quill"},
      {"apposition after the source",
       "Ada Quill, a former envoy to the region, criticized Sweden over the quota.",
       RelationType::kCriticizes, "person:ada-quill", "country:SWE", "Ada Quill"},
      {"pronoun source",
       "Minister Ada Quill spoke after the vote. She accused Norway of buying the result.",
       RelationType::kAccuses, "person:ada-quill", "country:NOR", "She"},
      {"relative pronoun source",
       "The talks were led by Ada Quill, who blamed Sweden for the delay.",
       RelationType::kAccuses, "person:ada-quill", "country:SWE", "Ada Quill"},
      {"participle shares the subject",
       "Norway hit back on Monday, accusing Sweden of bad faith.", RelationType::kAccuses,
       "country:NOR", "country:SWE", "Norway"},
      {"coordinated verb shares the subject",
       "Norway recalled its envoy and blamed Sweden for the breakdown.",
       RelationType::kAccuses, "country:NOR", "country:SWE", "Norway"},
      {"coordinated subjects", "Norway and Denmark blamed Sweden for the collapse.",
       RelationType::kAccuses, "country:DNK", "country:SWE", "Denmark"},
      {"coordinated objects", "Norway accused Sweden and Finland of overfishing.",
       RelationType::kAccuses, "country:NOR", "country:FIN", "Norway"},
      {"reported responsibility", "Ada Quill said Russia was responsible for the outage.",
       RelationType::kAccuses, "person:ada-quill", "country:RUS", "Ada Quill"},
      {"reported, to blame", "Norway said that Sweden is to blame for the spill.",
       RelationType::kAccuses, "country:NOR", "country:SWE", "Norway"},
      {"a report as the source, its publisher named",
       "Amnesty International's report accused Turkey of torture.", RelationType::kAccuses,
       "org:amnesty-international", "country:TUR", "Amnesty International"},
      {"an object that names no actor", "Norway blamed the storm for the blackout.",
       RelationType::kAccuses, "country:NOR", "", "Norway"},
      {"a denial names whose accusation it answers",
       "Russia denied Norway's accusations about the cable.", RelationType::kDenies,
       "country:RUS", "country:NOR", "Russia"},
      {"a denial answers the accusation before it",
       "Norway accused Russia of cutting the cable. Russia denied it on Friday.",
       RelationType::kDenies, "country:RUS", "country:NOR", "Russia"},
      {"a denial after several accusers keeps no target (the graph links each)",
       "Norway accused Russia of spying. Sweden blamed Russia for the leak. Moscow denied it.",
       RelationType::kDenies, "country:RUS", "", "Moscow"},
      {"a denial answers the accusation in its own sentence",
       "Norway accused Russia of spying. Sweden blamed Russia for the leak, which Moscow denied.",
       RelationType::kDenies, "country:RUS", "country:SWE", "Moscow"},
      {"denial, passive agent",
       "Sweden accused Estonia of spying. The claim was denied by Estonia.",
       RelationType::kDenies, "country:EST", "country:SWE", "Estonia"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(testing::Message() << c.construction << ": " << c.text);
    DocumentFacts f = TestExtractor().Extract("t", c.text);
    const Relation* found = nullptr;
    for (const Relation& r : f.relations) {
      if (r.type == c.type && r.source == c.source && r.target == c.target) found = &r;
    }
    if (found == nullptr || !found->source_mention) {
      ADD_FAILURE() << "no such edge with its source mention\n" << DescribeRelations(f);
      continue;
    }
    std::string_view text(c.text);
    EXPECT_EQ(text.substr(found->source_mention->start,
                          found->source_mention->end - found->source_mention->start),
              c.source_text);
    EXPECT_EQ(found->cameo, std::string(DefaultCameoCode(c.type)) == "111" &&
                                    std::string_view(found->cue).starts_with("complain")
                                ? "114"
                                : DefaultCameoCode(c.type));
  }
}

TEST(Disapprove, NegatedHypotheticalAndQuestionFormsGiveNoEdge) {
  const char* texts[] = {
      "Norway did not accuse Sweden of anything.",
      "Norway never blamed Sweden for the collapse.",
      "Norway has not publicly criticized Sweden.",
      "Norway might blame Sweden if the talks fail.",
      "Denmark could condemn Estonia next week.",
      "If Norway accuses Sweden, the talks will end.",
      "Officials asked whether Norway would blame Sweden.",
      "Did Norway accuse Sweden of lying?",
      "Will Denmark condemn Estonia?",
      // A participle after punctuation has no speaker of its own.
      "Rebuked by Finland, Estonia agreed to new talks.",
      // With no agent, a passive names nobody who accuses.
      "Sweden was accused of hiding the catch data.",
      "Estonia was heavily and unfairly criticized over the delay.",
  };
  for (const char* text : texts) {
    DocumentFacts f = TestExtractor().Extract("t", text);
    for (const Relation& r : f.relations) {
      EXPECT_FALSE(IsDisapprove(r.type)) << text << "\n" << DescribeRelations(f);
    }
  }
}

TEST(Disapprove, NeitherTheClauseAboutTheObjectNorAnotherClausesSubject) {
  struct Wrong {
    const char* text;
    const char* source;
    const char* target;
  } cases[] = {
      // The object is the reports, not who they are about.
      {"Ada Quill denounced press reports that Bo Lind runs the harbour board.",
       "person:ada-quill", "person:bo-lind"},
      // The participle belongs to the clause after "said": the fisherman
      // alleges, not Norway.
      {"Norway said a fisherman sued Sweden last week, alleging fraud.", "country:NOR", ""},
  };
  for (const Wrong& c : cases) {
    DocumentFacts f = TestExtractor().Extract("t", c.text);
    for (const Relation& r : f.relations) {
      EXPECT_FALSE(IsDisapprove(r.type) && r.source == c.source && r.target == c.target)
          << c.text << "\n" << DescribeRelations(f);
    }
  }
}

TEST(Disapprove, EdgesCarryCameoAndPlover) {
  DocumentFacts f = TestExtractor().Extract(
      "t",
      "Norway accused Sweden of spying. Denmark condemned Estonia. Finland complained about "
      "Latvia. Sweden denied the claims.");
  int seen = 0;
  for (const Relation& r : f.relations) {
    if (r.type == RelationType::kAccuses) {
      EXPECT_EQ(r.cameo, "112");
      EXPECT_EQ(PloverCategory(r.cameo), "ACCUSE");
      ++seen;
    } else if (r.type == RelationType::kCriticizes) {
      EXPECT_EQ(r.cameo, r.cue.starts_with("complain") ? "114" : "111") << r.cue;
      EXPECT_EQ(PloverCategory(r.cameo), "ACCUSE");
      ++seen;
    } else if (r.type == RelationType::kDenies) {
      EXPECT_EQ(r.cameo, "016");
      EXPECT_EQ(PloverCategory(r.cameo), "REJECT");
      ++seen;
    }
  }
  EXPECT_EQ(seen, 4) << DescribeRelations(f);
}

}  // namespace
}  // namespace actorgraph
