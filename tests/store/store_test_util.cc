#include "tests/store/store_test_util.h"

#include <stdlib.h>

#include <algorithm>
#include <filesystem>

#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>

namespace actorgraph::testing {

namespace fs = std::filesystem;

namespace {

struct RawDb {
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  std::vector<std::string> names;
  ~RawDb() {
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  }
};

void OpenRaw(const std::string& dir, bool read_only, RawDb& raw) {
  rocksdb::DBOptions options;
  rocksdb::Status s = rocksdb::DB::ListColumnFamilies(options, dir, &raw.names);
  ASSERT_TRUE(s.ok()) << s.ToString();
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const auto& name : raw.names) descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
  rocksdb::DB* db = nullptr;
  s = read_only ? rocksdb::DB::OpenForReadOnly(options, dir, descriptors, &raw.handles, &db)
                : rocksdb::DB::Open(options, dir, descriptors, &raw.handles, &db);
  ASSERT_TRUE(s.ok()) << s.ToString();
  raw.db.reset(db);
}

}  // namespace

Dump DumpStore(const std::string& dir) {
  Dump dump;
  RawDb raw;
  OpenRaw(dir, /*read_only=*/true, raw);
  if (raw.db == nullptr) return dump;
  for (size_t i = 0; i < raw.handles.size(); ++i) {
    auto& entries = dump[raw.names[i]];
    std::unique_ptr<rocksdb::Iterator> it(raw.db->NewIterator({}, raw.handles[i]));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      entries.emplace_back(it->key().ToString(), it->value().ToString());
    }
    EXPECT_TRUE(it->status().ok()) << it->status().ToString();
  }
  return dump;
}

std::map<std::string, uintmax_t> FileSizes(const std::string& dir) {
  std::map<std::string, uintmax_t> sizes;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file()) sizes[entry.path().filename()] = entry.file_size();
  }
  return sizes;
}

void RawWrite(const std::string& dir, const RawBatch& batch) {
  RawDb raw;
  OpenRaw(dir, /*read_only=*/false, raw);
  ASSERT_NE(raw.db, nullptr);
  rocksdb::WriteBatch write;
  for (const auto& [cf, key, value] : batch) {
    auto at = std::find(raw.names.begin(), raw.names.end(), cf);
    ASSERT_NE(at, raw.names.end()) << "no column family " << cf;
    rocksdb::ColumnFamilyHandle* h = raw.handles[static_cast<size_t>(at - raw.names.begin())];
    rocksdb::Status s = value ? write.Put(h, key, *value) : write.Delete(h, key);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  rocksdb::Status s = raw.db->Write({}, &write);
  ASSERT_TRUE(s.ok()) << s.ToString();
}

void RawClear(const std::string& dir, const std::string& cf) {
  RawBatch batch;
  const Dump dump = DumpStore(dir);
  auto entries = dump.find(cf);
  ASSERT_NE(entries, dump.end()) << "no column family " << cf;
  for (const auto& [key, value] : entries->second) batch.emplace_back(cf, key, std::nullopt);
  RawWrite(dir, batch);
}

void RawPut(const std::string& dir, const std::string& cf, const std::string& key,
            const std::string& value) {
  RawDb raw;
  OpenRaw(dir, /*read_only=*/false, raw);
  ASSERT_NE(raw.db, nullptr);
  for (size_t i = 0; i < raw.names.size(); ++i) {
    if (raw.names[i] != cf) continue;
    rocksdb::Status s = raw.db->Put({}, raw.handles[i], key, value);
    ASSERT_TRUE(s.ok()) << s.ToString();
    return;
  }
  FAIL() << "no column family " << cf;
}

std::string InventedText(const std::string& start) {
  std::string text = start;
  while (text.size() < 2048) text += " Filler text.";
  return text;
}

Document MakeDocument(const std::string& id, const std::string& text) {
  Document doc;
  doc.id = id;
  doc.title = "Title of " + id;
  doc.date = "2031-04-05";
  doc.url = "https://news.invalid/" + id;
  doc.source = "The Invented Herald";
  doc.text = text.empty() ? "" : InventedText(text);  // empty: metadata only
  return doc;
}

Actor MakeActor(const std::string& id, const std::string& name, ActorType type,
                std::vector<std::string> aliases, const std::string& doc,
                std::vector<Span> mentions) {
  Actor actor;
  actor.id = id;
  actor.name = name;
  actor.type = type;
  actor.aliases = std::move(aliases);
  for (Span span : mentions) actor.mentions.push_back({doc, span});
  return actor;
}

Quote MakeQuote(const std::string& doc, const std::string& speaker, uint32_t start,
                const std::string& text) {
  Quote quote;
  quote.document = doc;
  quote.span = {start, start + static_cast<uint32_t>(text.size())};
  quote.text = text;
  quote.speaker = speaker;
  if (!speaker.empty()) {
    quote.speaker_mention = Span{start + 100, start + 105};
    quote.speaker_text = "she";
  }
  quote.cue = "said";
  return quote;
}

Relation MakeRelation(RelationType type, const std::string& source,
                      const std::string& target, const std::string& doc,
                      uint32_t start) {
  Relation relation;
  relation.type = type;
  relation.source = source;
  relation.target = target;
  relation.document = doc;
  relation.span = {start, start + 40};
  relation.cue = "blamed";
  relation.confidence = 0.75;
  return relation;
}

std::unique_ptr<Store> StoreTest::Open(OpenMode mode) {
  Result<std::unique_ptr<Store>> store = Store::Open(store_dir(), mode);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  if (!store.ok()) return nullptr;
  return std::move(store).value();
}

std::vector<Quote> WithoutClaims(std::vector<Quote> quotes) {
  for (Quote& q : quotes) q.claim = 0;
  return quotes;
}

std::vector<Relation> WithoutClaims(std::vector<Relation> relations) {
  for (Relation& r : relations) r.claim = 0;
  return relations;
}

DocumentFacts WithoutClaims(DocumentFacts facts) {
  facts.quotes = WithoutClaims(std::move(facts.quotes));
  facts.relations = WithoutClaims(std::move(facts.relations));
  return facts;
}

}  // namespace actorgraph::testing
