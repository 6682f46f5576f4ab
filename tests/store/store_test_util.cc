#include "tests/store/store_test_util.h"

#include <stdlib.h>

#include <filesystem>

#include <rocksdb/db.h>

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

}  // namespace actorgraph::testing
