// Store::Put: adding, unchanged re-puts, replacement, actor lifetimes,
// validation. Texts and names are invented.
#include <random>

#include <gtest/gtest.h>

#include "store/keys.h"
#include "store/store.h"
#include "tests/store/store_test_util.h"

namespace actorgraph::testing {
namespace {

using StorePutTest = StoreTest;

constexpr char kTextA[] =
    "Foreign minister Ann Vale accused Borovia of the breach. \"We have proof,\" "
    "Vale said. Borovia denied it.";
constexpr char kTextB[] =
    "Ann Vale and Anne Moor met in Calder. \"No deal yet,\" said Moor.";

DocumentFacts FactsA() {
  DocumentFacts f{"doc-a", {}, {}, {}};
  f.actors.push_back(MakeActor("person:ann-vale", "Ann Vale", ActorType::kPerson,
                               {"Ann Vale", "Vale"}, "doc-a", {{17, 25}, {78, 82}}));
  f.actors.push_back(MakeActor("country:BOR", "Borovia", ActorType::kCountry, {"Borovia"},
                               "doc-a", {{34, 41}, {90, 97}}));
  f.quotes.push_back(MakeQuote("doc-a", "person:ann-vale", 59, "We have proof,"));
  f.relations.push_back(
      MakeRelation(RelationType::kAccuses, "person:ann-vale", "country:BOR", "doc-a", 0));
  f.relations.push_back(MakeRelation(RelationType::kDenies, "country:BOR", "", "doc-a", 90));
  return f;
}

DocumentFacts FactsB() {
  DocumentFacts f{"doc-b", {}, {}, {}};
  f.actors.push_back(MakeActor("person:ann-vale", "Ann Vale", ActorType::kPerson,
                               {"Ann Vale", "Minister Vale"}, "doc-b", {{0, 8}}));
  f.actors.push_back(MakeActor("person:anne-moor", "Anne Moor", ActorType::kPerson,
                               {"Anne Moor", "Moor"}, "doc-b", {{13, 22}, {58, 62}}));
  f.actors.push_back(MakeActor("location:calder", "Calder", ActorType::kLocation,
                               {"Calder"}, "doc-b", {{30, 36}}));
  f.quotes.push_back(MakeQuote("doc-b", "person:anne-moor", 39, "No deal yet,"));
  return f;
}

TEST_F(StorePutTest, PutThenReadEverythingBack) {
  std::unique_ptr<Store> store = Open();
  ASSERT_NE(store, nullptr);
  Document doc = MakeDocument("doc-a", kTextA);
  doc.content_hash = 42;  // recomputed from the text
  Result<PutOutcome> put = store->Put(doc, FactsA());
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_EQ(*put, PutOutcome::kAdded);

  Result<std::optional<Document>> got = store->GetDocument("doc-a");
  ASSERT_TRUE(got.ok() && got->has_value());
  doc.content_hash = ContentHash(InventedText(kTextA));
  EXPECT_EQ(**got, doc);

  Result<std::optional<DocumentFacts>> facts = store->GetFacts("doc-a");
  ASSERT_TRUE(facts.ok() && facts->has_value());
  EXPECT_EQ(WithoutClaims(**facts), FactsA());
  // Every statement with words has its claim.
  for (const Quote& q : (*facts)->quotes) EXPECT_NE(q.claim, 0u) << q.text;
  for (const Relation& r : (*facts)->relations) EXPECT_NE(r.claim, 0u) << r.cue;

  Result<std::optional<Actor>> vale = store->GetActor("person:ann-vale");
  ASSERT_TRUE(vale.ok() && vale->has_value());
  EXPECT_EQ((*vale)->name, "Ann Vale");
  EXPECT_EQ((*vale)->type, ActorType::kPerson);
  EXPECT_EQ((*vale)->aliases, (std::vector<std::string>{"Ann Vale", "Vale"}));
  EXPECT_TRUE((*vale)->mentions.empty());

  Result<std::vector<Quote>> quotes = store->Quotes("");
  ASSERT_TRUE(quotes.ok());
  EXPECT_EQ(WithoutClaims(*quotes), FactsA().quotes);
  Result<std::vector<Relation>> relations = store->Relations();
  ASSERT_TRUE(relations.ok());
  EXPECT_EQ(WithoutClaims(*relations), FactsA().relations);  // accuses < denies

  EXPECT_EQ(store->GetDocument("doc-z")->has_value(), false);
  EXPECT_EQ(store->GetFacts("doc-z")->has_value(), false);
  EXPECT_EQ(store->GetActor("person:nobody")->has_value(), false);
}

TEST_F(StorePutTest, SameTextWithNewFactsReplacesThem) {
  // What a newer extractor or an edited lexicon does on re-ingest.
  std::unique_ptr<Store> store = Open();
  ASSERT_NE(store, nullptr);
  ASSERT_EQ(*store->Put(MakeDocument("doc-a", kTextA), FactsA()), PutOutcome::kAdded);
  DocumentFacts fewer = FactsA();
  ASSERT_FALSE(fewer.quotes.empty());
  fewer.quotes.clear();
  EXPECT_EQ(*store->Put(MakeDocument("doc-a", kTextA), fewer), PutOutcome::kReplaced);
  auto quotes = store->Quotes("");
  ASSERT_TRUE(quotes.ok());
  EXPECT_TRUE(quotes->empty());
}

TEST_F(StorePutTest, RePutOfSameDocumentIsUnchangedAndWritesNothing) {
  std::unique_ptr<Store> store = Open();
  ASSERT_NE(store, nullptr);
  ASSERT_EQ(*store->Put(MakeDocument("doc-a", kTextA), FactsA()), PutOutcome::kAdded);
  ASSERT_EQ(*store->Put(MakeDocument("doc-b", kTextB), FactsB()), PutOutcome::kAdded);
  const Dump before = DumpStore(store_dir());
  const auto sizes_before = FileSizes(store_dir());
  ASSERT_FALSE(before.at("actors").empty());

  // Same text, metadata and facts.
  EXPECT_EQ(*store->Put(MakeDocument("doc-a", kTextA), FactsA()), PutOutcome::kUnchanged);

  EXPECT_EQ(DumpStore(store_dir()), before);
  EXPECT_EQ(FileSizes(store_dir()), sizes_before);  // not even a WAL record
}

TEST_F(StorePutTest, MetadataOnlyPutKeepsStoredTextAndUpdatesMetadata) {
  std::unique_ptr<Store> store = Open();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->Put(MakeDocument("doc-a", kTextA), FactsA()).ok());

  Document import = MakeDocument("doc-a", "");
  import.content_hash = ContentHash(InventedText(kTextA));
  EXPECT_EQ(*store->Put(import, FactsA()), PutOutcome::kUnchanged);

  import.title = "A corrected title";
  EXPECT_EQ(*store->Put(import, FactsA()), PutOutcome::kReplaced);
  Result<std::optional<Document>> got = store->GetDocument("doc-a");
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->title, "A corrected title");
  EXPECT_EQ((*got)->text, InventedText(kTextA));
  EXPECT_EQ((*got)->content_hash, ContentHash(InventedText(kTextA)));
}

TEST_F(StorePutTest, MetadataOnlyPutChecksSpansAgainstTheKeptText) {
  std::unique_ptr<Store> store = Open();
  ASSERT_NE(store, nullptr);
  Document doc{"d", "", "", "", "", 0, "Short text."};
  DocumentFacts facts{"d", {}, {}, {}};
  facts.actors.push_back(
      MakeActor("person:x", "X", ActorType::kPerson, {"X"}, "d", {{0, 5}}));
  ASSERT_TRUE(store->Put(doc, facts).ok());
  const Dump before = DumpStore(store_dir());

  Document metadata_only = doc;
  metadata_only.text.clear();
  metadata_only.content_hash = ContentHash(doc.text);
  facts.actors[0].mentions[0].span = {0, 500};
  Result<PutOutcome> put = store->Put(metadata_only, facts);
  ASSERT_FALSE(put.ok());
  EXPECT_EQ(put.status().message(),
            "mention 1 of actor 'person:x' of document 'd': span 0..500 ends past the text "
            "(11 bytes)");
  EXPECT_EQ(DumpStore(store_dir()), before);
}

TEST_F(StorePutTest, ChangedTextReplacesEveryIndexEntry) {
  std::unique_ptr<Store> store = Open();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->Put(MakeDocument("doc-a", kTextA), FactsA()).ok());

  // The corrected article drops Borovia and the relations, and names Calder.
  const std::string text = "Ann Vale visited Calder. \"Calm,\" she said.";
  DocumentFacts facts{"doc-a", {}, {}, {}};
  facts.actors.push_back(MakeActor("person:ann-vale", "Ann Vale", ActorType::kPerson,
                                   {"Ann Vale"}, "doc-a", {{0, 8}}));
  facts.actors.push_back(MakeActor("location:calder", "Calder", ActorType::kLocation,
                                   {"Calder"}, "doc-a", {{17, 23}}));
  facts.quotes.push_back(MakeQuote("doc-a", "person:ann-vale", 26, "Calm,"));
  Result<PutOutcome> put = store->Put(MakeDocument("doc-a", text), facts);
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_EQ(*put, PutOutcome::kReplaced);

  EXPECT_EQ(WithoutClaims(**store->GetFacts("doc-a")), facts);
  EXPECT_EQ(WithoutClaims(*store->Quotes("")), facts.quotes);
  EXPECT_TRUE(store->Relations()->empty());
  EXPECT_FALSE(store->GetActor("country:BOR")->has_value());
  EXPECT_TRUE(store->FindActors("borovia")->empty());
  EXPECT_EQ(*store->FindActors("calder"), std::vector<std::string>{"location:calder"});

  const Dump dump = DumpStore(store_dir());
  for (const auto& [key, value] : dump.at("actor_docs")) {
    EXPECT_FALSE(key.starts_with(keys::Prefix("country:BOR"))) << key;
  }
  for (const auto& [key, value] : dump.at("aliases")) {
    EXPECT_EQ(key.find("country:BOR"), std::string::npos) << key;
  }
  EXPECT_EQ(dump.at("actor_docs").size(), 2u);
  EXPECT_EQ(dump.at("actors").size(), 2u);
}

TEST_F(StorePutTest, SharedActorLivesUntilItsLastDocumentGoes) {
  std::unique_ptr<Store> store = Open();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->Put(MakeDocument("doc-a", kTextA), FactsA()).ok());
  ASSERT_TRUE(store->Put(MakeDocument("doc-b", kTextB), FactsB()).ok());

  // First document wins name and type; aliases are unioned.
  Result<std::optional<Actor>> vale = store->GetActor("person:ann-vale");
  ASSERT_TRUE(vale.ok() && vale->has_value());
  EXPECT_EQ((*vale)->aliases,
            (std::vector<std::string>{"Ann Vale", "Vale", "Minister Vale"}));

  // doc-a no longer names Vale: she survives through doc-b.
  ASSERT_EQ(*store->Put(MakeDocument("doc-a", "Nothing here now."), {"doc-a", {}, {}, {}}),
            PutOutcome::kReplaced);
  EXPECT_TRUE(store->GetActor("person:ann-vale")->has_value());
  EXPECT_EQ(*store->FindActors("minister vale"), std::vector<std::string>{"person:ann-vale"});
  EXPECT_FALSE(store->GetActor("country:BOR")->has_value());

  // doc-b no longer names her either: she goes, with all her aliases.
  DocumentFacts b = FactsB();
  b.actors.erase(b.actors.begin());
  ASSERT_EQ(*store->Put(MakeDocument("doc-b", std::string(kTextB) + " Updated."), b),
            PutOutcome::kReplaced);
  EXPECT_FALSE(store->GetActor("person:ann-vale")->has_value());
  for (const char* q : {"ann vale", "vale", "minister vale", "person:ann-vale", "ann"}) {
    EXPECT_TRUE(store->FindActors(q)->empty()) << q;
  }
  EXPECT_TRUE(store->GetActor("person:anne-moor")->has_value());
}

TEST_F(StorePutTest, InvalidInputIsRejectedAndStoreUnchanged) {
  std::unique_ptr<Store> store = Open();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->Put(MakeDocument("doc-a", kTextA), FactsA()).ok());
  const Dump before = DumpStore(store_dir());

  struct Case {
    const char* what;
    Document doc;
    DocumentFacts facts;
    std::string message;
  };
  std::vector<Case> cases;
  cases.push_back({"document mismatch", MakeDocument("doc-a", "New text."), FactsB(),
                   "document 'doc-a': facts are for document 'doc-b'"});
  cases.push_back({"empty id", MakeDocument("", "x"), {"", {}, {}, {}},
                   "document id is empty"});
  cases.push_back({"NUL in id", MakeDocument(std::string("doc\0a", 5), "x"),
                   {std::string("doc\0a", 5), {}, {}, {}},
                   "document 'doc\\x00a': document id has a control byte (U+0000) at byte 3"});
  {
    DocumentFacts f = FactsA();
    f.quotes[0].document = "doc-b";
    cases.push_back({"quote elsewhere", MakeDocument("doc-a", "New text."), f,
                     "quote 1 of document 'doc-a': names document 'doc-b'"});
  }
  {
    DocumentFacts f = FactsA();
    f.actors[0].id.clear();
    cases.push_back({"actor without id", MakeDocument("doc-a", "New text."), f,
                     "actor 1 of document 'doc-a': actor id is empty"});
  }
  {
    DocumentFacts f = FactsA();
    f.relations[0].target = std::string("country:\0X", 10);
    cases.push_back({"NUL in target", MakeDocument("doc-a", "New text."), f,
                     "relation 1 of document 'doc-a': target has a control byte (U+0000) at "
                     "byte 8"});
  }
  for (const Case& c : cases) {
    Result<PutOutcome> put = store->Put(c.doc, c.facts);
    ASSERT_FALSE(put.ok()) << c.what;
    EXPECT_EQ(put.status().code(), Status::Code::kInvalidArgument) << c.what;
    EXPECT_EQ(put.status().message(), c.message) << c.what;
  }
  EXPECT_EQ(DumpStore(store_dir()), before);
}

TEST_F(StorePutTest, EmptyDocumentFieldsAreFilledWithTheDocumentId) {
  std::unique_ptr<Store> store = Open();
  ASSERT_NE(store, nullptr);
  DocumentFacts facts = FactsA();
  facts.quotes[0].document.clear();
  facts.actors[0].mentions[0].document.clear();
  ASSERT_TRUE(store->Put(MakeDocument("doc-a", kTextA), facts).ok());
  EXPECT_EQ(WithoutClaims(**store->GetFacts("doc-a")), FactsA());
}

// After any sequence of puts, the derived families hold exactly what putting
// only the final versions into a fresh store gives.
TEST_F(StorePutTest, IndexesMatchARebuildAfterRandomReplacements) {
  const std::vector<std::string> people = {"person:ann", "person:anne", "person:bo",
                                           "person:bob", "person:cy"};
  std::mt19937 rng(7);
  auto random_facts = [&](const std::string& doc) {
    DocumentFacts f{doc, {}, {}, {}};
    for (const std::string& p : people) {
      if (rng() % 2 == 0) continue;
      f.actors.push_back(MakeActor(p, "Name " + p.substr(7), ActorType::kPerson,
                                   {"Alias " + p.substr(7)}, doc, {{static_cast<uint32_t>(rng() % 50), 60}}));
      f.quotes.push_back(MakeQuote(doc, p, rng() % 1000, "words"));
      f.relations.push_back(MakeRelation(RelationType::kAccuses, p, people[rng() % 5],
                                         doc, rng() % 1000));
    }
    f.quotes.push_back(MakeQuote(doc, "", rng() % 1000, "unattributed"));
    return f;
  };

  std::map<std::string, std::pair<Document, DocumentFacts>> final_versions;
  {
    std::unique_ptr<Store> store = Open();
    ASSERT_NE(store, nullptr);
    for (int i = 0; i < 60; ++i) {
      const std::string id = "doc-" + std::to_string(rng() % 6);
      Document doc = MakeDocument(id, "version " + std::to_string(i));
      DocumentFacts facts = random_facts(id);
      ASSERT_TRUE(store->Put(doc, facts).ok());
      final_versions[id] = {doc, facts};
    }
  }
  TempDir fresh_tmp;
  const std::string fresh_dir = fresh_tmp.path() + "/store";
  {
    Result<std::unique_ptr<Store>> fresh = Store::Open(fresh_dir, OpenMode::kReadWrite);
    ASSERT_TRUE(fresh.ok());
    for (const auto& [id, version] : final_versions) {
      ASSERT_TRUE((*fresh)->Put(version.first, version.second).ok());
    }
  }
  Dump replayed = DumpStore(store_dir());
  Dump rebuilt = DumpStore(fresh_dir);
  // Claims remember the words of replaced documents too (store/claims.h).
  replayed.erase("claims");
  rebuilt.erase("claims");
  ASSERT_EQ(replayed.size(), rebuilt.size());
  for (const auto& [cf, entries] : rebuilt) {
    EXPECT_EQ(replayed[cf], entries) << cf;
  }
  ASSERT_FALSE(rebuilt["quotes"].empty());
  ASSERT_FALSE(rebuilt["aliases"].empty());
}

}  // namespace
}  // namespace actorgraph::testing
