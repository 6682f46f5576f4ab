// The edges the writer keeps (store/keys.h, "edges"), the quotes keyed by
// date, and the upgrade of a store written before either existed. Texts and
// names are invented.
#include <map>
#include <tuple>

#include <gtest/gtest.h>
#include <rocksdb/db.h>

#include "graph/graph_view.h"
#include "schemas/codec.h"
#include "store/keys.h"
#include "store/store.h"
#include "store/write_group.h"
#include "tests/store/store_test_util.h"

namespace actorgraph::testing {
namespace {

using T = RelationType;
// (type, source key, target key) -> (weight, documents)
using Edges = std::map<std::tuple<T, std::string, std::string>, std::pair<uint32_t, uint32_t>>;

Edges EdgesOf(const GraphView& view) {
  Edges out;
  for (Edge e : boost::make_iterator_range(boost::edges(view.graph))) {
    const EdgeProps& p = view.graph[e];
    out[{p.type, view.actor(boost::source(e, view.graph)).id,
         view.actor(boost::target(e, view.graph)).id}] = {p.weight, p.documents};
  }
  return out;
}

Actor Named(const std::string& id, const std::string& name, ActorType type,
            const std::string& doc) {
  return MakeActor(id, name, type, {name}, doc, {{0, 5}});
}

// Ann accuses Qarovia twice and Bo once; Qarovia denies with no target
// (answering both); Bo criticises Ann.
DocumentFacts First() {
  DocumentFacts f{"doc-1", {}, {}, {}};
  f.actors = {Named("person:ann", "Ann Petrel", ActorType::kPerson, "doc-1"),
              Named("person:bo", "Bo Lindqvist", ActorType::kPerson, "doc-1"),
              Named("country:QAR", "Qarovia", ActorType::kCountry, "doc-1")};
  f.relations = {MakeRelation(T::kAccuses, "person:ann", "country:QAR", "doc-1", 10),
                 MakeRelation(T::kAccuses, "person:ann", "country:QAR", "doc-1", 300),
                 MakeRelation(T::kAccuses, "person:bo", "country:QAR", "doc-1", 500),
                 MakeRelation(T::kDenies, "country:QAR", "", "doc-1", 700),
                 MakeRelation(T::kCriticizes, "person:bo", "person:ann", "doc-1", 900)};
  f.quotes = {MakeQuote("doc-1", "person:ann", 10, "Qarovia's ships fished our waters.")};
  return f;
}

// Ann accuses Qarovia again; Qarovia names her in its denial.
DocumentFacts Second() {
  DocumentFacts f{"doc-2", {}, {}, {}};
  f.actors = {Named("person:ann", "Ann Petrel", ActorType::kPerson, "doc-2"),
              Named("country:QAR", "Qarovia", ActorType::kCountry, "doc-2")};
  f.relations = {MakeRelation(T::kAccuses, "person:ann", "country:QAR", "doc-2", 20),
                 MakeRelation(T::kDenies, "country:QAR", "person:ann", "doc-2", 400)};
  f.quotes = {MakeQuote("doc-2", "person:ann", 20, "They did it again."),
              MakeQuote("doc-2", "country:QAR", 400, "We deny it.")};
  return f;
}

class EdgesTest : public StoreTest {
 protected:
  void SetUp() override {
    store_ = Open();
    ASSERT_NE(store_, nullptr);
  }

  void Put(const std::string& id, const std::string& date, const DocumentFacts& facts) {
    Document doc = MakeDocument(id, "Text of " + id + " (" + date + ").");
    doc.date = date;
    ASSERT_TRUE(store_->Put(doc, facts).ok()) << id;
  }

  // The view from the kept edges and the view from every relation.
  std::pair<Edges, Edges> BothViews() {
    Result<std::vector<Actor>> actors = store_->Actors(std::nullopt);
    Result<std::vector<EdgeCount>> edges = store_->Edges();
    Result<Corpus> corpus = store_->Snapshot(false);
    EXPECT_TRUE(actors.ok() && edges.ok() && corpus.ok());
    return {EdgesOf(BuildGraphViewFromEdges(*actors, *edges, GraphFilter{})),
            EdgesOf(BuildGraphView(std::move(corpus).value(), GraphFilter{}))};
  }

  std::unique_ptr<Store> store_;
};

TEST_F(EdgesTest, KeptEdgesGiveTheGraphTheRelationsGive) {
  Put("doc-1", "2024-03-04", First());
  Put("doc-2", "2024-03-05", Second());
  auto [kept, derived] = BothViews();
  EXPECT_EQ(kept, derived);
  const Edges expected = {
      {{T::kAccuses, "person:ann", "country:QAR"}, {3, 2}},
      {{T::kAccuses, "person:bo", "country:QAR"}, {1, 1}},
      // The untargeted denial answers Ann and Bo; the named one Ann again.
      {{T::kDenies, "country:QAR", "person:ann"}, {2, 2}},
      {{T::kDenies, "country:QAR", "person:bo"}, {1, 1}},
      {{T::kCriticizes, "person:bo", "person:ann"}, {1, 1}}};
  EXPECT_EQ(kept, expected);

  // The evidence of an edge made by an untargeted denial is that denial.
  Result<std::optional<Relation>> evidence =
      store_->FirstRelationOf(T::kDenies, "country:QAR", "person:bo");
  ASSERT_TRUE(evidence.ok() && evidence->has_value());
  EXPECT_EQ((*evidence)->document, "doc-1");
  EXPECT_EQ((*evidence)->span.start, 700u);
  evidence = store_->FirstRelationOf(T::kCriticizes, "person:ann", "person:bo");
  ASSERT_TRUE(evidence.ok());
  EXPECT_FALSE(evidence->has_value()) << "no such edge";
}

TEST_F(EdgesTest, ReplacingADocumentMovesItsEdgesAndDropsEmptyOnes) {
  Put("doc-1", "2024-03-04", First());
  Put("doc-2", "2024-03-05", Second());
  // A corrected doc-1: only Bo's criticism of Ann is left.
  DocumentFacts corrected = First();
  corrected.relations = {MakeRelation(T::kCriticizes, "person:bo", "person:ann", "doc-1", 900)};
  Put("doc-1", "2024-03-04", corrected);
  auto [kept, derived] = BothViews();
  EXPECT_EQ(kept, derived);
  const Edges expected = {{{T::kAccuses, "person:ann", "country:QAR"}, {1, 1}},
                          {{T::kDenies, "country:QAR", "person:ann"}, {1, 1}},
                          {{T::kCriticizes, "person:bo", "person:ann"}, {1, 1}}};
  EXPECT_EQ(kept, expected);
  // No entry stays behind with nothing under it.
  Result<std::vector<EdgeCount>> edges = store_->Edges();
  ASSERT_TRUE(edges.ok());
  EXPECT_EQ(edges->size(), 3u);
  Result<std::vector<EdgeCount>> denials = store_->Edges(T::kDenies);
  ASSERT_TRUE(denials.ok());
  ASSERT_EQ(denials->size(), 1u);
  EXPECT_EQ((*denials)[0], (EdgeCount{T::kDenies, "country:QAR", "person:ann", 1, 1, 1}));
}

TEST_F(EdgesTest, AGroupOfDocumentsKeepsTheSameEdgesAsOneAtATime) {
  // Both documents in one WriteGroup: the second reads the first's staged sums.
  Document one = MakeDocument("doc-1", "One.");
  Document two = MakeDocument("doc-2", "Two.");
  {
    WriteGroup group(*store_);
    ASSERT_TRUE(group.Add(PrepareDocument(one, First()).value()).ok());
    ASSERT_TRUE(group.Add(PrepareDocument(two, Second()).value()).ok());
    ASSERT_TRUE(group.Commit().ok());
  }
  auto [kept, derived] = BothViews();
  EXPECT_EQ(kept, derived);
  EXPECT_EQ(kept.at({T::kAccuses, "person:ann", "country:QAR"}), std::pair(3u, 2u));
}

// (date, document) of Ann's statements as ForEachQuote gives them, the
// first `at_most` (0: all).
std::vector<std::pair<std::string, std::string>> AnnSaid(const Store& store, size_t at_most) {
  std::vector<std::pair<std::string, std::string>> seen;
  EXPECT_TRUE(store
                  .ForEachQuote("person:ann",
                                [&](std::string_view date, Quote q) {
                                  seen.emplace_back(date, q.document);
                                  return at_most == 0 || seen.size() < at_most;
                                })
                  .ok());
  return seen;
}

DocumentFacts AnnAlone(const std::string& doc) {
  return DocumentFacts{doc,
                       {Named("person:ann", "Ann Petrel", ActorType::kPerson, doc)},
                       {MakeQuote(doc, "person:ann", 3, "Words of a day.")},
                       {}};
}

TEST_F(EdgesTest, OneSpeakersStatementsReadOldestFirstWithTheirDates) {
  Put("doc-2", "2024-03-05", Second());
  Put("doc-1", "2024-03-04", First());
  Put("doc-0", "", AnnAlone("doc-0"));
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"", "doc-0"}, {"2024-03-04", "doc-1"}, {"2024-03-05", "doc-2"}};
  EXPECT_EQ(AnnSaid(*store_, 0), expected);
  // Stopping early reads no further.
  EXPECT_EQ(AnnSaid(*store_, 2).size(), 2u);
  // A new date for the same text moves the statements.
  Put("doc-0", "2025-01-01", AnnAlone("doc-0"));
  const auto moved = AnnSaid(*store_, 0);
  ASSERT_EQ(moved.size(), 3u);
  EXPECT_EQ(moved.back(), (std::pair<std::string, std::string>("2025-01-01", "doc-0")));
}

// A store opened with plain RocksDB, every column family, to rewrite it as
// an older build wrote it.
struct RawStore {
  explicit RawStore(const std::string& dir) {
    EXPECT_TRUE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir, &names).ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
    for (const std::string& n : names) descriptors.emplace_back(n, rocksdb::ColumnFamilyOptions());
    rocksdb::DB* raw = nullptr;
    EXPECT_TRUE(rocksdb::DB::Open(rocksdb::DBOptions(), dir, descriptors, &handles, &raw).ok());
    db.reset(raw);
  }
  ~RawStore() {
    for (rocksdb::ColumnFamilyHandle* h : handles) db->DestroyColumnFamilyHandle(h);
  }
  std::vector<std::string> names;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  std::unique_ptr<rocksdb::DB> db;
};

// Rewrites store_dir() as schema version 1 wrote it: quote keys without the
// date, no edges column family.
void DowngradeToVersion1(const std::string& dir) {
  RawStore store(dir);
  ASSERT_NE(store.db, nullptr);
  const std::vector<std::string>& names = store.names;
  const std::vector<rocksdb::ColumnFamilyHandle*>& handles = store.handles;
  rocksdb::DB* db = store.db.get();
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == "quotes") {
      std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), handles[i]));
      std::vector<std::pair<std::string, std::string>> old;
      for (it->SeekToFirst(); it->Valid(); it->Next()) {
        const std::string key = it->key().ToString();
        std::vector<std::string_view> parts = keys::SplitKey(key, 4);
        ASSERT_EQ(parts.size(), 4u);
        old.emplace_back(std::string(parts[0]) + keys::kSep + std::string(parts[2]) + keys::kSep +
                             std::string(parts[3]),
                         it->value().ToString());
        ASSERT_TRUE(db->Delete(rocksdb::WriteOptions(), handles[i], key).ok());
      }
      for (const auto& [k, v] : old) ASSERT_TRUE(db->Put({}, handles[i], k, v).ok());
    } else if (names[i] == "meta") {
      ASSERT_TRUE(db->Put({}, handles[i], "schema_version", keys::EncodeBigEndian32(1)).ok());
    } else if (names[i] == "edges") {
      ASSERT_TRUE(db->DropColumnFamily(handles[i]).ok());
    }
  }
}

TEST_F(EdgesTest, AVersionOneStoreIsRefusedToReadersAndUpgradedByAWriter) {
  Put("doc-1", "2024-03-04", First());
  Put("doc-2", "2024-03-05", Second());
  store_.reset();
  const Dump current = DumpStore(store_dir());
  ASSERT_EQ(current.at("edges").size(), 5u);
  DowngradeToVersion1(store_dir());
  ASSERT_EQ(DumpStore(store_dir()).count("edges"), 0u);

  Result<std::unique_ptr<Store>> reader = Store::Open(store_dir(), OpenMode::kReadOnly);
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(reader.status().message().find("actorgraph upgrade --db " + store_dir()),
            std::string::npos)
      << reader.status().message();

  std::unique_ptr<Store> writer = Open();
  ASSERT_NE(writer, nullptr);
  EXPECT_EQ(writer->upgraded_from(), 1u);
  EXPECT_EQ(writer->schema_version(), keys::kStoreSchemaVersion);
  writer.reset();
  EXPECT_EQ(DumpStore(store_dir()), current) << "the upgrade gives what this build writes";
  writer = Open();
  ASSERT_NE(writer, nullptr);
  EXPECT_EQ(writer->upgraded_from(), 0u) << "once is enough";
}

// Rewrites store_dir() as schema version 2 wrote it: each document's date as
// written (`written`, by document id), with no origin, and quote keys by that
// date.
void DowngradeToVersion2(const std::string& dir, const std::map<std::string, std::string>& written) {
  RawStore store(dir);
  ASSERT_NE(store.db, nullptr);
  const std::vector<std::string>& names = store.names;
  const std::vector<rocksdb::ColumnFamilyHandle*>& handles = store.handles;
  rocksdb::DB* db = store.db.get();
  for (size_t i = 0; i < names.size(); ++i) {
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), handles[i]));
    std::vector<std::pair<std::string, std::string>> rewritten;
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      const std::string key = it->key().ToString();
      if (names[i] == "documents") {
        Result<Document> doc = DecodeDocument(it->value().ToString());
        ASSERT_TRUE(doc.ok());
        doc->date = written.at(key);
        doc->date_written.clear();
        doc->date_origin = DateOrigin::kNone;
        rewritten.emplace_back(key, EncodeDocument(*doc));
      } else if (names[i] == "quotes") {
        std::vector<std::string_view> parts = keys::SplitKey(key, 4);
        ASSERT_EQ(parts.size(), 4u);
        const std::string doc(parts[2]);
        ASSERT_TRUE(db->Delete(rocksdb::WriteOptions(), handles[i], key).ok());
        rewritten.emplace_back(std::string(parts[0]) + keys::kSep + written.at(doc) + keys::kSep +
                                   doc + keys::kSep + std::string(parts[3]),
                               it->value().ToString());
      }
    }
    for (const auto& [k, v] : rewritten) ASSERT_TRUE(db->Put({}, handles[i], k, v).ok());
    if (names[i] == "meta") {
      ASSERT_TRUE(db->Put({}, handles[i], "schema_version", keys::EncodeBigEndian32(2)).ok());
    }
  }
}

TEST_F(EdgesTest, AVersionTwoStoreHasItsDatesReadAndItsStatementsResorted) {
  // As written, "March 5, 2024" sorts before "4 March 2024"; as dates, after.
  const std::map<std::string, std::string> written = {
      {"doc-1", "4 March 2024"}, {"doc-2", "March 5, 2024"}, {"doc-0", "sometime soon"}};
  Put("doc-1", written.at("doc-1"), First());
  Put("doc-2", written.at("doc-2"), Second());
  Put("doc-0", written.at("doc-0"), AnnAlone("doc-0"));
  store_.reset();
  const Dump current = DumpStore(store_dir());
  DowngradeToVersion2(store_dir(), written);
  ASSERT_NE(DumpStore(store_dir()), current);

  std::unique_ptr<Store> writer = Open();
  ASSERT_NE(writer, nullptr);
  EXPECT_EQ(writer->upgraded_from(), 2u);
  writer.reset();
  EXPECT_EQ(DumpStore(store_dir()), current) << "the upgrade gives what this build writes";

  store_ = Open();
  ASSERT_NE(store_, nullptr);
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"", "doc-0"}, {"2024-03-04", "doc-1"}, {"2024-03-05", "doc-2"}};
  EXPECT_EQ(AnnSaid(*store_, 0), expected);
  Result<std::optional<Document>> kept = store_->GetDocument("doc-2");
  ASSERT_TRUE(kept.ok() && kept->has_value());
  EXPECT_EQ((*kept)->date, "2024-03-05");
  EXPECT_EQ((*kept)->date_written, "March 5, 2024");
  EXPECT_EQ((*kept)->date_origin, DateOrigin::kField);
  Result<std::optional<Document>> unread = store_->GetDocument("doc-0");
  ASSERT_TRUE(unread.ok() && unread->has_value());
  EXPECT_EQ((*unread)->date, "");
  EXPECT_EQ((*unread)->date_written, "sometime soon");
}

}  // namespace
}  // namespace actorgraph::testing
