#include <rocksdb/db.h>
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>

#include "tests/e2e/cli_test.h"

namespace actorgraph::testing {

namespace fs = std::filesystem;

std::string DataFile(std::string_view name) {
  return std::string(ACTORGRAPH_TEST_DATA_DIR) + "/" + std::string(name);
}

RunResult Shell(const std::string& command) {
  TempDir tmp;
  std::string out = tmp / "stdout", err = tmp / "stderr";
  std::string full = "(" + command + ") </dev/null >" + out + " 2>" + err;
  int status = std::system(full.c_str());
  RunResult r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  return r;
}

RunResult Actorgraph(const std::string& args) {
  return Shell(std::string(ACTORGRAPH_BINARY) + " " + args);
}

std::string DumpStore(const std::string& dir) {
  std::vector<std::string> names;
  rocksdb::Status s = rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir, &names);
  EXPECT_TRUE(s.ok()) << s.ToString();
  std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
  for (const auto& n : names) cfs.emplace_back(n, rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  s = rocksdb::DB::OpenForReadOnly(rocksdb::DBOptions(), dir, cfs, &handles, &raw);
  EXPECT_TRUE(s.ok()) << s.ToString();
  if (!s.ok()) return "";
  std::unique_ptr<rocksdb::DB> db(raw);
  std::string dump;
  for (auto* h : handles) {
    dump += "[" + h->GetName() + "]\n";
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), h));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      dump += it->key().ToString(true) + "=" + it->value().ToString(true) + "\n";
    }
  }
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  return dump;
}

}  // namespace actorgraph::testing
