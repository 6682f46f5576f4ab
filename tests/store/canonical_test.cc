// One actor across documents (store/canonical.h): name forms, the user's
// alias rules, and what the store does with them as documents come in.
// Names and texts are invented.
#include "store/canonical.h"

#include <gtest/gtest.h>

#include "store/keys.h"
#include "store/store.h"
#include "tests/store/store_test_util.h"

namespace actorgraph::testing {
namespace {

TEST(FoldNameTest, FoldsCaseSuffixesArticlesAndInnerPunctuation) {
  EXPECT_EQ(FoldName("Kestrel Inc"), "kestrel");
  EXPECT_EQ(FoldName("The Kestrel Corp."), "kestrel");
  EXPECT_EQ(FoldName("KESTREL, Ltd"), "kestrel");
  EXPECT_EQ(FoldName("Kestrel Holdings Co Plc"), "kestrel holdings");
  EXPECT_EQ(FoldName("Alder-Quill Company"), "alder quill");
  EXPECT_EQ(FoldName("U.S."), "us");
  EXPECT_EQ(FoldName("O'Neil & Vance LLC"), "oneil vance");
  EXPECT_EQ(FoldName("AT&T"), "at&t");
  // A suffix alone, or an article alone, is the name.
  EXPECT_EQ(FoldName("Corp"), "corp");
  EXPECT_EQ(FoldName("The"), "the");
  EXPECT_EQ(FoldName("Co of Nordland"), "co of nordland");
  EXPECT_TRUE(HasCompanySuffix("Kestrel Inc."));
  EXPECT_FALSE(HasCompanySuffix("Kestrel"));
  EXPECT_FALSE(HasCompanySuffix("Inc"));
}

TEST(FoldNameTest, SurnameIsTheLastWordOfAFullName) {
  EXPECT_EQ(Surname("Ada Quill"), "quill");
  EXPECT_EQ(Surname("Bram Velt Jr."), "velt");
  EXPECT_EQ(Surname("Quill"), "");
  EXPECT_EQ(TypeOfId("org:kestrel"), ActorType::kOrganization);
  EXPECT_EQ(TypeOfId("person:ada-quill"), ActorType::kPerson);
  EXPECT_EQ(TypeOfId("kestrel"), std::nullopt);
  EXPECT_EQ(TypeOfId("organization:kestrel"), std::nullopt);
}

TEST(AliasRulesTest, ParsesRulesAndNamesTheLineOfABadOne) {
  Result<AliasRules> rules = AliasRules::Parse(
      "# ours\n\nKestrel Air = org:kestrel\nAda Quill != Ada Quillon\n", "aliases.txt");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  ASSERT_EQ(rules->same.size(), 1u);
  EXPECT_EQ(rules->same[0].first, "kestrel air");
  EXPECT_EQ(rules->same[0].second, "org:kestrel");
  ASSERT_EQ(rules->apart.size(), 1u);
  EXPECT_EQ(rules->apart[0].second, "ada quillon");
  // Names that fold alike may be kept apart.
  EXPECT_TRUE(AliasRules::Parse("NSA Inc != NSA\n", "aliases.txt").ok());

  for (const auto& [text, line] : {std::pair("a = b\nno rule here\n", 2),
                                   std::pair("= b\n", 1), std::pair("a = b = c\n", 1),
                                   std::pair("Kestrel Inc = kestrel inc.\n", 1)}) {
    Result<AliasRules> bad = AliasRules::Parse(text, "aliases.txt");
    ASSERT_FALSE(bad.ok()) << text;
    EXPECT_EQ(bad.status().message().rfind("aliases.txt:" + std::to_string(line) + ": ", 0), 0u)
        << bad.status().message();
  }
}

class CanonicalStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    store_ = Open();
    ASSERT_NE(store_, nullptr);
  }

  // A document naming `actors` (id, name, type), the first quoting the
  // second when there are two.
  void Add(const std::string& doc,
           const std::vector<std::tuple<std::string, std::string, ActorType>>& actors) {
    DocumentFacts f;
    f.document = doc;
    uint32_t at = 0;
    for (const auto& [id, name, type] : actors) {
      f.actors.push_back(MakeActor(id, name, type, {name}, doc, {{at, at + 4}}));
      at += 10;
    }
    if (actors.size() >= 2) {
      Quote q = MakeQuote(doc, std::get<0>(actors[0]), 500, "the harbour stays open");
      q.about = {std::get<0>(actors[1])};
      f.quotes.push_back(q);
      f.relations.push_back(MakeRelation(RelationType::kAccuses, std::get<0>(actors[0]),
                                         std::get<0>(actors[1]), doc, 600));
    }
    Result<PutOutcome> put = store_->Put(MakeDocument(doc, "An invented story."), f);
    ASSERT_TRUE(put.ok()) << put.status().message();
  }

  std::vector<std::string> ActorIds() {
    std::vector<std::string> ids;
    Result<std::vector<Actor>> actors = store_->Actors(std::nullopt);
    EXPECT_TRUE(actors.ok());
    for (const Actor& a : *actors) ids.push_back(a.id);
    return ids;
  }

  DocumentFacts Facts(const std::string& doc) {
    Result<std::optional<DocumentFacts>> f = store_->GetFacts(doc);
    EXPECT_TRUE(f.ok() && f->has_value());
    return f.ok() && f->has_value() ? **f : DocumentFacts{};
  }

  std::unique_ptr<Store> store_;
};

using T = ActorType;
using Ids = std::vector<std::string>;

TEST_F(CanonicalStoreTest, CompanySuffixesAndArticlesFoldIntoTheActorSeenFirst) {
  Add("d1", {{"org:kestrel-inc", "Kestrel Inc", T::kOrganization}});
  Add("d2", {{"org:kestrel", "Kestrel", T::kOrganization},
             {"org:the-tern-works", "The Tern Works", T::kOrganization}});
  Add("d3", {{"org:tern-works-ltd", "Tern Works Ltd", T::kOrganization}});
  EXPECT_EQ(ActorIds(), (Ids{"org:kestrel-inc", "org:the-tern-works"}));

  // The document's statements and relations follow its actors.
  DocumentFacts d2 = Facts("d2");
  EXPECT_EQ(d2.quotes.at(0).speaker, "org:kestrel-inc");
  EXPECT_EQ(d2.relations.at(0).source, "org:kestrel-inc");
  ASSERT_EQ(d2.merges.size(), 1u);
  EXPECT_EQ(d2.merges[0], (ActorMerge{"org:kestrel", "Kestrel", "org:kestrel-inc",
                                      MergeReason::kName}));

  Result<std::vector<MergeRecord>> log = store_->Merges();
  ASSERT_TRUE(log.ok());
  ASSERT_EQ(log->size(), 2u);
  EXPECT_EQ((*log)[0].to, "org:kestrel-inc");
  EXPECT_EQ((*log)[0].documents, 1u);
  EXPECT_EQ((*log)[1].from, "org:tern-works-ltd");
  EXPECT_EQ((*log)[1].first_document, "d3");
  // Search finds the actor by the merged name.
  Result<std::vector<std::string>> found = store_->FindActors("kestrel");
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(*found, (Ids{"org:kestrel-inc"}));
}

TEST_F(CanonicalStoreTest, APlaceOrOrganisationNamedAsACountryIsTheCountry) {
  Add("d1", {{"country:NOR", "Norway", T::kCountry}});
  Add("d2", {{"location:norway", "NORWAY", T::kLocation}, {"org:norway", "Norway", T::kOrganization}});
  EXPECT_EQ(ActorIds(), (Ids{"country:NOR"}));
  DocumentFacts d2 = Facts("d2");
  ASSERT_EQ(d2.actors.size(), 1u);  // one actor: the country
  EXPECT_EQ(d2.actors[0].type, ActorType::kCountry);
  EXPECT_EQ(d2.actors[0].mentions.size(), 2u);
  EXPECT_TRUE(d2.relations.empty());  // Norway accusing Norway is no relation
  ASSERT_EQ(d2.merges.size(), 2u);
  EXPECT_EQ(d2.merges[0].reason, MergeReason::kCountry);

  // And the other way round: a country new to the store takes the guesses
  // made before it.
  Add("d3", {{"org:vellmark", "VELLMARK", T::kOrganization}});
  Add("d4", {{"country:VLM", "Vellmark", T::kCountry}});
  EXPECT_EQ(ActorIds(), (Ids{"country:NOR", "country:VLM"}));
  EXPECT_EQ(Facts("d3").actors.at(0).id, "country:VLM");
}

TEST_F(CanonicalStoreTest, ACompanyIsNoPlaceButTakesAPersonNamedAsIt) {
  Add("d1", {{"location:brackwater", "Brackwater", T::kLocation}});
  Add("d2", {{"person:tarn-digital", "Tarn Digital", T::kPerson}});
  Add("d3", {{"org:brackwater-corp", "Brackwater Corp", T::kOrganization},
             {"org:tarn-digital-inc", "Tarn Digital Inc", T::kOrganization}});
  // Brackwater the place stays; the person the extractor guessed in d2 was
  // the company all along.
  EXPECT_EQ(ActorIds(), (Ids{"location:brackwater", "org:brackwater-corp", "org:tarn-digital-inc"}));
  DocumentFacts d2 = Facts("d2");
  EXPECT_EQ(d2.actors.at(0).id, "org:tarn-digital-inc");
  EXPECT_EQ(d2.actors.at(0).type, ActorType::kOrganization);
  ASSERT_EQ(d2.merges.size(), 1u);
  EXPECT_EQ(d2.merges[0].from, "person:tarn-digital");
  // Later mentions of the person's form go to the company.
  Add("d4", {{"person:tarn-digital", "Tarn Digital", T::kPerson}});
  EXPECT_EQ(Facts("d4").actors.at(0).id, "org:tarn-digital-inc");
}

TEST_F(CanonicalStoreTest, ASurnameIsTheOnePersonKnownByIt) {
  Add("d1", {{"person:ada-quill", "Ada Quill", T::kPerson}});
  Add("d2", {{"person:quill", "Quill", T::kPerson}, {"country:NOR", "Norway", T::kCountry}});
  EXPECT_EQ(Facts("d2").quotes.at(0).speaker, "person:ada-quill");
  EXPECT_EQ(Facts("d2").merges.at(0).reason, MergeReason::kSurname);

  // Two known Velts: "Velt" stays apart from both.
  Add("d3", {{"person:bram-velt", "Bram Velt", T::kPerson}});
  Add("d4", {{"person:cora-velt", "Cora Velt", T::kPerson}});
  Add("d5", {{"person:velt", "Velt", T::kPerson}});
  EXPECT_EQ(Facts("d5").actors.at(0).id, "person:velt");
  EXPECT_TRUE(Facts("d5").merges.empty());
  // Nor is a surname merged where its own document names another person
  // with it.
  Add("d6", {{"person:quill", "Quill", T::kPerson}, {"person:ned-quill", "Ned Quill", T::kPerson}});
  EXPECT_EQ(Facts("d6").actors.at(0).id, "person:quill");
  // Two full names are never one person.
  Add("d7", {{"person:ada-quill-ross", "Ada Quill Ross", T::kPerson}});
  EXPECT_EQ(Facts("d7").actors.at(0).id, "person:ada-quill-ross");
}

TEST_F(CanonicalStoreTest, AFormManyShareStopsGrowingAndStaysAmbiguous) {
  const char* given[] = {"Ada", "Bram", "Cora", "Dag", "Eir", "Finn", "Gro", "Hal", "Ina",
                         "Jon", "Kai", "Liv", "Mats", "Nora", "Odd", "Pia", "Rune", "Siv"};
  for (const char* g : given) {
    const std::string name = std::string(g) + " Velt";
    Add(std::string("p-") + g, {{"person:" + keys::ToLowerAscii(g) + "-velt", name, T::kPerson}});
  }
  store_.reset();
  Dump dump = DumpStore(store_dir());
  store_ = Open();
  ASSERT_NE(store_, nullptr);
  std::optional<std::vector<keys::CanonEntry>> velts;
  for (const auto& [key, value] : dump["canon"]) {
    if (key == keys::CanonSurnameKey("velt")) velts = keys::DecodeCanonEntries(value);
  }
  ASSERT_TRUE(velts.has_value());
  ASSERT_EQ(velts->size(), keys::kMaxCanonEntries + 1);
  EXPECT_EQ(velts->back().kind, keys::kCanonMany);
  Add("bare", {{"person:velt", "Velt", T::kPerson}});
  EXPECT_TRUE(Facts("bare").merges.empty());
}

TEST_F(CanonicalStoreTest, AliasRulesForceAndForbidAndAreKept) {
  Result<AliasRules> rules =
      AliasRules::Parse("Kestrel Air = org:kestrel-group\nKestrel != Kestrel Inc\n", "rules");
  ASSERT_TRUE(rules.ok());
  Status set = store_->SetAliasRules(*rules);
  ASSERT_TRUE(set.ok()) << set.message();
  Add("d1", {{"org:kestrel-group", "Kestrel Group", T::kOrganization}});
  Add("d2", {{"org:kestrel-air", "Kestrel Air", T::kOrganization}});
  Add("d3", {{"org:kestrel-inc", "Kestrel Inc", T::kOrganization}});
  Add("d4", {{"org:kestrel", "Kestrel", T::kOrganization}});
  EXPECT_EQ(ActorIds(), (Ids{"org:kestrel", "org:kestrel-group", "org:kestrel-inc"}));
  EXPECT_EQ(Facts("d2").merges.at(0).reason, MergeReason::kUserRule);

  // The rules outlive the process that set them.
  store_.reset();
  store_ = Open();
  ASSERT_NE(store_, nullptr);
  EXPECT_EQ(store_->alias_rules().same.size(), 1u);
  Result<bool> changed = store_->CanonicalRulesChanged();
  ASSERT_TRUE(changed.ok());
  EXPECT_TRUE(*changed);  // no ingest has recorded them yet
  ASSERT_TRUE(store_->RecordCanonicalRules().ok());
  EXPECT_FALSE(*store_->CanonicalRulesChanged());
  ASSERT_TRUE(store_->SetAliasRules(AliasRules{}).ok());
  EXPECT_TRUE(*store_->CanonicalRulesChanged());
}

TEST_F(CanonicalStoreTest, ReplacingADocumentTakesItsMergesAway) {
  Add("d1", {{"org:kestrel-inc", "Kestrel Inc", T::kOrganization}});
  Add("d2", {{"org:kestrel", "Kestrel", T::kOrganization}});
  ASSERT_EQ(store_->Merges()->size(), 1u);
  Add("d2", {{"org:tern", "Tern", T::kOrganization}});
  EXPECT_TRUE(store_->Merges()->empty());
  // And the index forgets an actor no document names.
  Add("d1", {{"org:tern", "Tern", T::kOrganization}});
  Add("d3", {{"org:kestrel", "Kestrel", T::kOrganization}});
  EXPECT_EQ(ActorIds(), (Ids{"org:kestrel", "org:tern"}));
  EXPECT_TRUE(store_->Merges()->empty());
}

TEST_F(CanonicalStoreTest, AStoreOfSchema3GainsItsIndexOnUpgrade) {
  Add("d1", {{"org:kestrel-inc", "Kestrel Inc", T::kOrganization}});
  store_.reset();
  // What a store written before canonical actors holds: no canon entries,
  // version 3.
  Dump dump = DumpStore(store_dir());
  ASSERT_FALSE(dump["canon"].empty());
  RawClear(store_dir(), "canon");
  RawPut(store_dir(), "meta", "schema_version", keys::EncodeBigEndian32(3));
  store_ = Open();
  ASSERT_NE(store_, nullptr);
  EXPECT_EQ(store_->upgraded_from(), 3u);
  store_.reset();
  EXPECT_EQ(DumpStore(store_dir())["canon"], dump["canon"]);
  store_ = Open();
  ASSERT_NE(store_, nullptr);
  Add("d2", {{"org:kestrel", "Kestrel", T::kOrganization}});
  EXPECT_EQ(ActorIds(), (Ids{"org:kestrel-inc"}));
}

}  // namespace
}  // namespace actorgraph::testing
