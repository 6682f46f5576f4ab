// Helpers for end-to-end tests that run the real actorgraph binary.
#ifndef ACTORGRAPH_TESTS_E2E_CLI_TEST_H_
#define ACTORGRAPH_TESTS_E2E_CLI_TEST_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace actorgraph::testing {

struct RunResult {
  int code = -1;
  std::string out;
  std::string err;
};

// A fresh temporary directory, removed at destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string operator/(std::string_view name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// Runs `actorgraph ARGS` through the shell (ARGS is shell text) and captures
// its exit code, stdout and stderr.
RunResult Actorgraph(const std::string& args);
// Runs any shell command the same way.
RunResult Shell(const std::string& command);

std::string DataFile(std::string_view name);
std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, std::string_view content);

// Every key and value of every column family of the store in `dir`, opened
// read-only with RocksDB directly: two equal dumps mean an unchanged store.
std::string DumpStore(const std::string& dir);

}  // namespace actorgraph::testing

#endif  // ACTORGRAPH_TESTS_E2E_CLI_TEST_H_
