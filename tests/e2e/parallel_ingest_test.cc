// End to end: --threads, grouped writes, the unchanged-text skip and
// `ingest --facts` must not change what is printed or stored. The corpus is
// built from the texts in tests/data (written for these tests), large enough
// for several pipeline batches and write groups, with a bad line and an id
// that comes back with another text.
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "cli/facts_json.h"
#include "store/store.h"
#include "tests/e2e/cli_test.h"

namespace actorgraph::testing {
namespace {

constexpr int kDocuments = 600;  // > 2 write groups (256), > 9 batches (64)

class ParallelIngestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<nlohmann::json> originals;
    for (const char* name : {"jamming.jsonl", "batch.jsonl", "roundtrip.jsonl", "dated.jsonl"}) {
      std::ifstream in(DataFile(name));
      std::string line;
      while (std::getline(in, line)) {
        if (!line.empty()) originals.push_back(nlohmann::json::parse(line));
      }
    }
    ASSERT_GE(originals.size(), 8u);
    corpus_ = tmp_ / "corpus.jsonl";
    std::ofstream out(corpus_);
    for (int i = 0; i < kDocuments; ++i) {
      nlohmann::json doc = originals[i % originals.size()];
      doc["id"] = "doc-" + std::to_string(i);
      doc["text"] = doc["text"].get<std::string>() + "\n\nFiled as item " + std::to_string(i) + ".";
      out << doc.dump() << "\n";
      if (i == 100) out << "{\"id\": \"broken\", \"text\": \n";  // line 102
      if (i == 450) {
        // An id seen before, with another text: the later text wins.
        nlohmann::json again = originals[0];
        again["id"] = "doc-7";
        out << again.dump() << "\n";
      }
    }
  }

  // The corpus as a later crawl gives it: every fifth text rewritten, 50
  // documents new; the bad line and the repeated id stay.
  std::string LaterCorpus() {
    const std::string later = tmp_ / "later.jsonl";
    std::ifstream in(corpus_);
    std::ofstream out(later);
    std::string line;
    int i = 0;
    while (std::getline(in, line)) {
      if (i++ % 5 == 0 && line.find("Filed as item") != std::string::npos) {
        line.replace(line.find("Filed as item"), 13, "Updated; filed again as item");
      }
      out << line << "\n";
    }
    for (int n = 0; n < 50; ++n) {
      out << "{\"id\": \"new-" << n << "\", \"text\": \"Officials in Lisbon accused the "
          << "port authority of hiding delays on pier " << n << ". The authority denied it.\"}\n";
    }
    return later;
  }

  TempDir tmp_;
  std::string corpus_;
};

TEST_F(ParallelIngestTest, ExtractPrintsTheSameBytesAtAnyThreadCount) {
  RunResult one = Actorgraph("extract --threads 1 " + corpus_);
  RunResult three = Actorgraph("extract --threads 3 " + corpus_);
  EXPECT_EQ(one.code, 1) << "the bad line is an error";
  EXPECT_EQ(three.code, one.code);
  EXPECT_EQ(three.out, one.out);
  EXPECT_EQ(three.err, one.err);
  EXPECT_NE(one.err.find("corpus.jsonl:102"), std::string::npos) << one.err;
  // One line per good document, in input order.
  size_t lines = 0, at = 0;
  for (size_t nl; (nl = one.out.find('\n', at)) != std::string::npos; at = nl + 1) ++lines;
  EXPECT_EQ(lines, kDocuments + 1u);
  EXPECT_LT(one.out.find("\"doc\":\"doc-0\""), one.out.find("\"doc\":\"doc-1\""));
  EXPECT_LT(one.out.find("\"doc\":\"doc-598\""), one.out.find("\"doc\":\"doc-599\""));
}

TEST_F(ParallelIngestTest, IngestBuildsTheSameStoreAtAnyThreadCount) {
  RunResult one = Actorgraph("ingest --threads 1 --db " + (tmp_ / "one.db") + " " + corpus_);
  RunResult three = Actorgraph("ingest --threads 3 --db " + (tmp_ / "three.db") + " " + corpus_);
  EXPECT_EQ(one.code, 1) << one.err;
  EXPECT_EQ(three.code, 1) << three.err;
  EXPECT_NE(one.err.find("600 added, 1 replaced, 0 unchanged, 1 failed"), std::string::npos)
      << one.err;
  EXPECT_NE(one.err.find("'doc-7' occurs twice"), std::string::npos) << one.err;
  const std::string dump = DumpStore(tmp_ / "one.db");
  EXPECT_FALSE(dump.empty());
  EXPECT_EQ(DumpStore(tmp_ / "three.db"), dump);
}

TEST_F(ParallelIngestTest, GroupedWritesStoreWhatOneDocumentPerWriteStores) {
  // The reference: the same facts Put one document per write, in order.
  RunResult facts = Actorgraph("extract --with-document " + corpus_);
  {
    auto store = Store::Open(tmp_ / "ref.db", OpenMode::kReadWrite);
    ASSERT_TRUE(store.ok()) << store.status().message();
    size_t at = 0, puts = 0;
    for (size_t nl; (nl = facts.out.find('\n', at)) != std::string::npos; at = nl + 1) {
      auto parsed = ParseFactsLine(std::string_view(facts.out).substr(at, nl - at));
      ASSERT_TRUE(parsed.ok()) << parsed.status().message();
      ASSERT_TRUE((*store)->Put(parsed->first, parsed->second).ok());
      ++puts;
    }
    EXPECT_EQ(puts, kDocuments + 1u);
  }
  RunResult grouped = Actorgraph("ingest --db " + (tmp_ / "grouped.db") + " " + corpus_);
  EXPECT_EQ(grouped.code, 1) << grouped.err;
  EXPECT_EQ(DumpStore(tmp_ / "grouped.db"), DumpStore(tmp_ / "ref.db"));
}

TEST_F(ParallelIngestTest, ReingestOfAnUnchangedCorpusChangesNothing) {
  const std::string db = tmp_ / "store.db";
  ASSERT_EQ(Actorgraph("ingest --db " + db + " " + corpus_).code, 1);
  const std::string before = DumpStore(db);
  RunResult again = Actorgraph("ingest --db " + db + " " + corpus_);
  // doc-7 comes twice: its first text replaces the stored (later) one, and
  // the later text replaces it back.
  EXPECT_NE(again.err.find("0 added, 2 replaced, 599 unchanged, 1 failed"), std::string::npos)
      << again.err;
  EXPECT_EQ(DumpStore(db), before);
}

TEST_F(ParallelIngestTest, AnotherExtractorReExtractsAndRecordsItself) {
  // A lexicon directory that differs by one comment: another fingerprint,
  // the same facts. Nothing is skipped, nothing replaced, and the documents
  // record the new extractor; then a re-ingest with it skips again.
  const std::string db = tmp_ / "store.db";
  ASSERT_EQ(Actorgraph("ingest --db " + db + " " + corpus_).code, 1);
  const std::string before = DumpStore(db);
  const std::string lexicons = tmp_ / "lexicons";
  ASSERT_EQ(Shell("cp -r " + std::string(ACTORGRAPH_LEXICON_DIR) + " " + lexicons +
                  " && echo '# a note' >> " + lexicons + "/cues.txt")
                .code,
            0);
  RunResult other = Actorgraph("ingest --lexicons " + lexicons + " --db " + db + " " + corpus_);
  EXPECT_NE(other.err.find("0 added, 2 replaced, 599 unchanged"), std::string::npos) << other.err;
  const std::string after = DumpStore(db);
  EXPECT_NE(after, before) << "the documents record the new extractor";
  RunResult again = Actorgraph("ingest --lexicons " + lexicons + " --db " + db + " " + corpus_);
  EXPECT_NE(again.err.find("599 unchanged"), std::string::npos) << again.err;
  EXPECT_EQ(DumpStore(db), after);
}

TEST_F(ParallelIngestTest, FactsMadeElsewhereStoreWhatIngestStores) {
  RunResult facts = Shell(std::string(ACTORGRAPH_BINARY) + " extract --threads 2 --with-document " +
                          corpus_ + " > " + (tmp_ / "facts.jsonl"));
  EXPECT_EQ(facts.code, 1) << "the bad line is reported: " << facts.err;
  RunResult loaded =
      Actorgraph("ingest --facts --db " + (tmp_ / "facts.db") + " " + (tmp_ / "facts.jsonl"));
  EXPECT_EQ(loaded.code, 0) << loaded.err;
  ASSERT_NE(Actorgraph("ingest --db " + (tmp_ / "plain.db") + " " + corpus_).code, 2);
  EXPECT_EQ(DumpStore(tmp_ / "facts.db"), DumpStore(tmp_ / "plain.db"));
  // And `actorgraph dump` agrees.
  EXPECT_EQ(Actorgraph("dump --db " + (tmp_ / "facts.db")).out,
            Actorgraph("dump --db " + (tmp_ / "plain.db")).out);
}

TEST_F(ParallelIngestTest, ALexiconDirectoryThatCannotLoadStopsTheRunOnce) {
  // Into a new store: refused before a store is created.
  const std::string fresh = tmp_ / "fresh.db";
  RunResult refused = Actorgraph("ingest --lexicons " + (tmp_ / "nowhere") + " --db " + fresh +
                                 " " + corpus_);
  EXPECT_EQ(refused.code, 1);
  EXPECT_NE(refused.err.find("nowhere"), std::string::npos) << refused.err;
  EXPECT_FALSE(std::filesystem::exists(fresh));

  // Into a store: the extractor loads when a document first needs it; the
  // run then stops with one message and the store as it was.
  const std::string db = tmp_ / "store.db";
  ASSERT_EQ(Actorgraph("ingest --db " + db + " " + corpus_).code, 1);
  const std::string before = DumpStore(db);
  RunResult stopped = Actorgraph("ingest --lexicons " + (tmp_ / "nowhere") + " --db " + db +
                                 " " + LaterCorpus());
  EXPECT_EQ(stopped.code, 1);
  size_t lines = 0;
  for (char c : stopped.err) lines += c == '\n';
  EXPECT_EQ(lines, 1u) << stopped.err;
  EXPECT_NE(stopped.err.find("nowhere"), std::string::npos) << stopped.err;
  EXPECT_EQ(DumpStore(db), before);
}

TEST_F(ParallelIngestTest, BulkLoadStoresWhatIngestStores) {
  const std::string bulk = tmp_ / "bulk.db", plain = tmp_ / "plain.db";
  // Small groups: several sets of SST files, each taken whole.
  RunResult loaded = Actorgraph("ingest --bulk --group-mb 0.2 --db " + bulk + " " + corpus_);
  EXPECT_EQ(loaded.code, 1) << "the bad line is reported: " << loaded.err;
  EXPECT_NE(loaded.err.find("600 added, 1 replaced, 0 unchanged, 1 failed"), std::string::npos)
      << loaded.err;
  ASSERT_EQ(Actorgraph("ingest --db " + plain + " " + corpus_).code, 1);
  EXPECT_EQ(DumpStore(bulk), DumpStore(plain));
  EXPECT_FALSE(std::filesystem::exists(std::filesystem::path(bulk) / "bulk.tmp"))
      << "the SST files were moved into the store";
  // Queries read it as any store.
  EXPECT_EQ(Actorgraph("query said --db " + bulk + " --format json").out,
            Actorgraph("query said --db " + plain + " --format json").out);

  // The same re-ingest rules: a later crawl replaces what changed, in both
  // (121 rewritten texts, and doc-7 twice).
  const std::string later = LaterCorpus();
  RunResult bulk_later = Actorgraph("ingest --bulk --group-mb 0.2 --db " + bulk + " " + later);
  RunResult plain_later = Actorgraph("ingest --db " + plain + " " + later);
  EXPECT_NE(bulk_later.err.find("50 added, 123 replaced, 478 unchanged"), std::string::npos)
      << bulk_later.err;
  EXPECT_NE(plain_later.err.find("50 added, 123 replaced, 478 unchanged"), std::string::npos)
      << plain_later.err;
  EXPECT_EQ(DumpStore(bulk), DumpStore(plain));

  // And an unchanged re-ingest leaves the store as it is.
  const std::string before = DumpStore(bulk);
  RunResult again = Actorgraph("ingest --bulk --db " + bulk + " " + later);
  EXPECT_NE(again.err.find("0 added, 2 replaced, 649 unchanged"), std::string::npos) << again.err;
  EXPECT_EQ(DumpStore(bulk), before);
}

TEST_F(ParallelIngestTest, MergedStoresHoldWhatOneIngestHolds) {
  // The corpus's good documents (the last text of a repeated id) in id
  // order, the order merge writes each source in, cut in two parts that
  // two machines ingest.
  std::map<std::string, std::string> by_id;
  {
    std::ifstream in(corpus_);
    std::string line;
    while (std::getline(in, line)) {
      nlohmann::json doc = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (!doc.is_discarded()) by_id[doc["id"].get<std::string>()] = line;
    }
  }
  ASSERT_EQ(by_id.size(), kDocuments + 0u);
  const std::string all = tmp_ / "all.jsonl", first = tmp_ / "first.jsonl",
                    second = tmp_ / "second.jsonl";
  {
    std::ofstream a(all), f(first), s(second);
    size_t i = 0;
    for (const auto& [id, line] : by_id) {
      a << line << "\n";
      (i++ < by_id.size() / 2 ? f : s) << line << "\n";
    }
  }
  const std::string one = tmp_ / "one.db", two = tmp_ / "two.db", merged = tmp_ / "merged.db",
                    plain = tmp_ / "plain.db";
  ASSERT_EQ(Actorgraph("ingest --threads 2 --db " + one + " " + first).code, 0);
  ASSERT_EQ(Actorgraph("ingest --threads 1 --db " + two + " " + second).code, 0);
  RunResult merge = Actorgraph("merge --db " + merged + " " + one + " " + two);
  EXPECT_EQ(merge.code, 0) << merge.err;
  EXPECT_NE(merge.err.find("merged 600 documents from 2 stores"), std::string::npos) << merge.err;
  ASSERT_EQ(Actorgraph("ingest --db " + plain + " " + all).code, 0);
  EXPECT_EQ(DumpStore(merged), DumpStore(plain));

  // With --bulk, into a store holding part of it already: the same.
  const std::string bulk = tmp_ / "bulk.db";
  ASSERT_EQ(Actorgraph("ingest --db " + bulk + " " + second).code, 0);
  RunResult bulk_merge = Actorgraph("merge --bulk --db " + bulk + " " + one + " " + two);
  EXPECT_NE(bulk_merge.err.find("300 added, 0 replaced, 300 unchanged, 0 failed"),
            std::string::npos)
      << bulk_merge.err;
  // (Actor records take their name from the first document that names
  // them, so only the documents, facts and statements are compared here.)
  for (std::string query : {"query said --format json", "stats"}) {
    EXPECT_EQ(Actorgraph(query + " --db " + bulk).out, Actorgraph(query + " --db " + plain).out)
        << query;
  }

  // The extractor's fingerprints came along: ingesting the texts again
  // extracts nothing and changes nothing.
  RunResult again = Actorgraph("ingest --db " + merged + " " + all);
  EXPECT_NE(again.err.find("0 added, 0 replaced, 600 unchanged"), std::string::npos) << again.err;
  EXPECT_EQ(DumpStore(merged), DumpStore(plain));

  // A later source with another text for an id replaces it.
  const std::string changed = tmp_ / "changed.jsonl", three = tmp_ / "three.db";
  std::ofstream(changed) << "{\"id\": \"doc-0\", \"text\": \"The mayor of Tromso criticized "
                            "the ferry company for cancelling winter routes.\"}\n";
  ASSERT_EQ(Actorgraph("ingest --db " + three + " " + changed).code, 0);
  RunResult replaced = Actorgraph("merge --db " + merged + " " + three);
  EXPECT_NE(replaced.err.find("0 added, 1 replaced"), std::string::npos) << replaced.err;
  EXPECT_NE(Actorgraph("query said --db " + merged).out.find("winter routes"), std::string::npos);
}

TEST_F(ParallelIngestTest, MergeRefusesBadSourcesBeforeWriting) {
  const std::string target = tmp_ / "target.db";
  RunResult missing = Actorgraph("merge --db " + target + " " + (tmp_ / "nowhere.db"));
  EXPECT_EQ(missing.code, 1);
  EXPECT_NE(missing.err.find("nowhere.db"), std::string::npos) << missing.err;
  EXPECT_FALSE(std::filesystem::exists(target)) << "no target is created for a bad source";

  ASSERT_EQ(Actorgraph("ingest --db " + target + " " + corpus_).code, 1);
  RunResult itself = Actorgraph("merge --db " + target + " " + target);
  EXPECT_EQ(itself.code, 1);
  EXPECT_NE(itself.err.find("into itself"), std::string::npos) << itself.err;
  EXPECT_EQ(Actorgraph("merge").code, 2) << "a source is required";
}

TEST_F(ParallelIngestTest, BadFactsLinesNameFileAndLine) {
  const std::string file = tmp_ / "bad-facts.jsonl";
  std::ofstream(file) << "{\"doc\": \"a\", \"actors\": [], \"quotes\": [], \"relations\": []}\n"
                      << "not json\n"
                      << "{\"doc\": \"b\", \"actors\": [], \"quotes\": [], \"relations\": [], "
                         "\"document\": {\"id\": \"b\", \"text\": \"Short.\"}}\n"
                      << "{\"doc\": \"c\", \"actors\": [], \"quotes\": [{\"start\": 0, \"end\": "
                         "99, \"text\": \"x\"}], \"relations\": [], \"document\": {\"id\": "
                         "\"c\", \"text\": \"Short.\"}}\n";
  RunResult r = Actorgraph("ingest --facts --db " + (tmp_ / "s.db") + " " + file);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("bad-facts.jsonl:1: facts of 'a' carry no \"document\""),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("bad-facts.jsonl:2: not a JSON object"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("ends past the text"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 added"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace actorgraph::testing
