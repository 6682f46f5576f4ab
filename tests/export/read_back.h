// Reads an export back with its real consumer (tests/export/read_exports.py
// under Debian's /usr/bin/python3: NetworkX, json, csv) and hands the tests
// what the consumer saw, as JSON.
#ifndef ACTORGRAPH_TESTS_EXPORT_READ_BACK_H_
#define ACTORGRAPH_TESTS_EXPORT_READ_BACK_H_

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model/status.h"
#include "tests/testing/files.h"

namespace actorgraph::testing {

// `format` is "gexf", "graphml", "json" or "csv"; `files` the exported texts
// (two for csv: nodes, relationships). Fails, with the consumer's error and
// the input, when the consumer rejects the files.
inline ::testing::AssertionResult ReadBack(const std::string& format,
                                           const std::vector<std::string>& files,
                                           nlohmann::json* out) {
  TempDir dir;
  std::string cmd = std::string("/usr/bin/python3 '") + ACTORGRAPH_EXPORT_READER + "' " + format;
  for (size_t i = 0; i < files.size(); ++i) {
    std::string path = dir.File("export" + std::to_string(i) + "." + format);
    WriteFile(path, files[i]);
    cmd += " '" + path + "'";
  }
  cmd += " >'" + dir.File("out.json") + "' 2>'" + dir.File("err.txt") + "'";
  int rc = std::system(cmd.c_str());
  if (!WIFEXITED(rc) || WEXITSTATUS(rc) != 0) {
    auto failure = ::testing::AssertionFailure() << format << " consumer rejected the export:\n"
                                                 << ReadFile(dir.File("err.txt"));
    for (const std::string& f : files) failure << "\n--- input ---\n" << f;
    return failure;
  }
  *out = nlohmann::json::parse(ReadFile(dir.File("out.json")), nullptr, false);
  if (out->is_discarded()) return ::testing::AssertionFailure() << "reader printed bad JSON";
  return ::testing::AssertionSuccess();
}

// An exported text read back as `format`: what the consumer saw, or null
// (with the test failed) when the export or the consumer failed.
inline nlohmann::json ReadBackExport(const std::string& format, const Result<std::string>& text) {
  if (!text.ok()) {
    ADD_FAILURE() << format << " export failed: " << text.status().ToString();
    return nlohmann::json();
  }
  nlohmann::json out;
  ::testing::AssertionResult read = ReadBack(format, {*text}, &out);
  if (!read) {
    ADD_FAILURE() << read.message();
    return nlohmann::json();
  }
  return out;
}

// The [value, type] pair the reader printed for attribute `name`, as
// "value:type" ("3:int", "accuses:str"); "<missing>" when absent.
inline std::string Typed(const nlohmann::json& attrs, const std::string& name) {
  if (!attrs.contains(name)) return "<missing>";
  const nlohmann::json& v = attrs[name][0];
  return (v.is_string() ? v.get<std::string>() : v.dump()) + ":" +
         attrs[name][1].get<std::string>();
}

// The edges source -> target in a summary, for multigraphs.
inline std::vector<nlohmann::json> EdgesBetween(const nlohmann::json& summary,
                                                const std::string& source,
                                                const std::string& target) {
  std::vector<nlohmann::json> out;
  for (const auto& e : summary["edges"]) {
    if (e["source"] == source && e["target"] == target) out.push_back(e["attrs"]);
  }
  return out;
}

}  // namespace actorgraph::testing

#endif  // ACTORGRAPH_TESTS_EXPORT_READ_BACK_H_
