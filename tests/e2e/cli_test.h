// Helpers for end-to-end tests that run the real actorgraph binary.
#ifndef ACTORGRAPH_TESTS_E2E_CLI_TEST_H_
#define ACTORGRAPH_TESTS_E2E_CLI_TEST_H_

#include <gtest/gtest.h>

#include <string>

#include "tests/testing/files.h"

namespace actorgraph::testing {

struct RunResult {
  int code = -1;
  std::string out;
  std::string err;
};

// Runs `actorgraph ARGS` through the shell (ARGS is shell text) and captures
// its exit code, stdout and stderr.
RunResult Actorgraph(const std::string& args);
// Runs any shell command the same way.
RunResult Shell(const std::string& command);

std::string DataFile(std::string_view name);

// Every key and value of every column family of the store in `dir`, opened
// read-only with RocksDB directly: two equal dumps mean an unchanged store.
std::string DumpStore(const std::string& dir);

}  // namespace actorgraph::testing

#endif  // ACTORGRAPH_TESTS_E2E_CLI_TEST_H_
