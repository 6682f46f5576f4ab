// Affiliations: person -> organisation edges from roles and titles.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "tests/extract/extract_fixture.h"

namespace actorgraph {
namespace {

std::string DescribeAffiliations(const DocumentFacts& f) {
  std::string out;
  for (const Relation& r : f.relations) {
    if (r.type != RelationType::kAffiliatedWith) continue;
    out += "  " + r.source + " -> " + r.target + " role \"" + r.role + "\"" +
           (r.former ? " former" : "") + "\n";
  }
  return out.empty() ? "  (none)\n" : out;
}

const Relation* FindAffiliation(const DocumentFacts& f, const std::string& person,
                                const std::string& org) {
  for (const Relation& r : f.relations) {
    if (r.type == RelationType::kAffiliatedWith && r.source == person && r.target == org) {
      return &r;
    }
  }
  return nullptr;
}

struct AffiliationCase {
  const char* text;
  const char* person;
  const char* org;
  const char* role;
  bool former;
};

TEST(Affiliations, FindsRolesTyingPeopleToOrganisations) {
  const AffiliationCase cases[] = {
      // Apposition, past and present roles joined by "and now".
      {"Ada Quill, a former senior official at the Ministry of Fisheries and now senior fellow "
       "at the Nordic Policy Institute, said the stocks fell.",
       "person:ada-quill", "agency:ministry-of-fisheries", "former senior official", true},
      {"Ada Quill, a former senior official at the Ministry of Fisheries and now senior fellow "
       "at the Nordic Policy Institute, said the stocks fell.",
       "person:ada-quill", "org:nordic-policy-institute", "senior fellow", false},
      // The organisation opens the role; a country is the target.
      {"Per Lund, the Norwegian Defence Minister, said no.", "person:per-lund", "country:NOR",
       "Defence Minister", false},
      {"\"No,\" says Bo Lind, the Arctic Fisheries Agency lead official on quota policy.",
       "person:bo-lind", "agency:arctic-fisheries-agency", "lead official on quota policy",
       false},
      // A country inside the role.
      {"Ada Quill, a former U.S. foreign service officer, said no.", "person:ada-quill",
       "country:USA", "former foreign service officer", true},
      // The title before the name.
      {"Swedish Trade Minister Eva Berg said yes.", "person:eva-berg", "country:SWE",
       "Trade Minister", false},
      {"Jo Ek, a leading analyst for Danish bank Nordbank, said no.", "person:jo-ek",
       "org:nordbank", "leading analyst", false},
      // of + possessive + acronym, then a current role with an of-complement.
      {"Ola Dahl, a former deputy chief of Norway's Coastal Service (NCS) and now head of "
       "research at the Arctic Institute, said no.",
       "person:ola-dahl", "agency:coastal-service", "former deputy chief", true},
      {"Ola Dahl, a former deputy chief of Norway's Coastal Service (NCS) and now head of "
       "research at the Arctic Institute, said no.",
       "person:ola-dahl", "org:arctic-institute", "head of research", false},
      // No article; a past role after "and a former".
      {"Jonas Berg, chief analyst at consultancy Fjordwise and a former strategist for the "
       "Norwegian Navy, said no.",
       "person:jonas-berg", "org:fjordwise", "chief analyst", false},
      {"Jonas Berg, chief analyst at consultancy Fjordwise and a former strategist for the "
       "Norwegian Navy, said no.",
       "person:jonas-berg", "agency:norwegian-navy", "former strategist", true},
      // Role before the name, organisation after it.
      {"\"No,\" says consultant Tim Lark of the Fjord Institute.", "person:tim-lark",
       "org:fjord-institute", "consultant", false},
      // Organisation inside a role before a surname.
      {"\"No,\" says Per Lund. Later former Coastal Service official Lund said yes.",
       "person:per-lund", "agency:coastal-service", "former official", true},
      {"Ada Quill, an ex-diplomat at the Ministry of Fisheries, said no.", "person:ada-quill",
       "agency:ministry-of-fisheries", "ex-diplomat", true},
  };
  for (const AffiliationCase& c : cases) {
    DocumentFacts f = TestExtractor().Extract("t", c.text);
    const Relation* r = FindAffiliation(f, c.person, c.org);
    ASSERT_NE(r, nullptr) << "input: " << c.text << "\nwanted " << c.person << " -> " << c.org
                          << "\ngot:\n"
                          << DescribeAffiliations(f);
    EXPECT_EQ(r->role, c.role) << "input: " << c.text;
    EXPECT_EQ(r->cue, c.role) << "input: " << c.text;
    EXPECT_EQ(r->former, c.former) << "input: " << c.text;
    EXPECT_GT(r->confidence, 0.0) << "input: " << c.text;
    EXPECT_LE(r->confidence, 1.0) << "input: " << c.text;
  }
}

TEST(Affiliations, NoRoleNoEdge) {
  const char* cases[] = {
      "Ada Quill said the stocks fell.",
      "\"No,\" says Bo Lindqvist of the harbour board.",
      "Ada Quill, a China specialist, said no.",
      "Ada Quill, head of research, said no.",
      "Ada Quill, Bo Lind and Eva Berg met at the Ministry of Fisheries.",
      "\"Ada Quill, a senior fellow at the Nordic Policy Institute, agrees,\" said Bo Lind.",
  };
  for (const char* text : cases) {
    DocumentFacts f = TestExtractor().Extract("t", text);
    EXPECT_EQ(CountRelations(f, RelationType::kAffiliatedWith), 0)
        << "input: " << text << "\ngot:\n"
        << DescribeAffiliations(f);
  }
}

TEST(Affiliations, EvidenceSpanIsTheSentence) {
  const std::string text =
      "The talks ended. Ada Quill, a senior fellow at the Nordic Policy Institute, left. Nobody "
      "spoke.";
  DocumentFacts f = TestExtractor().Extract("t", text);
  ASSERT_EQ(CountRelations(f, RelationType::kAffiliatedWith), 1) << DescribeAffiliations(f);
  const Relation& r = f.relations.back();
  EXPECT_EQ(text.substr(r.span.start, r.span.end - r.span.start),
            "Ada Quill, a senior fellow at the Nordic Policy Institute, left.");
  EXPECT_EQ(r.document, "t");
}

TEST(Affiliations, OneEdgePerPersonAndOrganisation) {
  const char* text =
      "Ada Quill, a former senior official at the Ministry of Fisheries, spoke. Later former "
      "Ministry of Fisheries official Quill said more.";
  DocumentFacts f = TestExtractor().Extract("t", text);
  EXPECT_EQ(CountRelations(f, RelationType::kAffiliatedWith), 1)
      << "input: " << text << "\ngot:\n"
      << DescribeAffiliations(f);
}

}  // namespace
}  // namespace actorgraph

namespace actorgraph {
namespace {

TEST(AgencyCountry, AgencyNamedAfterItsCountryIsLinkedToIt) {
  struct Case {
    const char* text;
    const char* agency;
    const char* country;  // "" when no link is expected
  };
  const Case cases[] = {
      {"The U.S. State Department said the talks were over.", "agency:us-state-department",
       "country:USA"},
      {"The Norwegian Fisheries Ministry closed the bay.", "agency:norwegian-fisheries-ministry",
       "country:NOR"},
      {"Sweden's Coastal Service (SCS) sent two boats. The SCS stayed.",
       "agency:coastal-service", "country:SWE"},
      {"The Ministry of Fisheries closed the bay.", "agency:ministry-of-fisheries", ""},
  };
  for (const Case& c : cases) {
    DocumentFacts f = TestExtractor().Extract("t", c.text);
    int links = 0;
    for (const Relation& r : f.relations) {
      if (r.type == RelationType::kAffiliatedWith && r.source == c.agency) ++links;
    }
    if (*c.country == '\0') {
      EXPECT_EQ(links, 0) << "input: " << c.text << "\ngot:\n" << DescribeAffiliations(f);
      continue;
    }
    const Relation* r = FindAffiliation(f, c.agency, c.country);
    ASSERT_NE(r, nullptr) << "input: " << c.text << "\ngot:\n" << DescribeAffiliations(f);
    EXPECT_EQ(links, 1) << "input: " << c.text;
    EXPECT_EQ(r->role, "agency");
    EXPECT_FALSE(r->former);
    // The country is an actor of the document, so the edge has both ends.
    auto country = std::find_if(f.actors.begin(), f.actors.end(),
                                [&](const Actor& a) { return a.id == c.country; });
    EXPECT_NE(country, f.actors.end()) << "input: " << c.text;
  }
}

}  // namespace
}  // namespace actorgraph
