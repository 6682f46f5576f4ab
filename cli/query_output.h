// QueryResult: what every `actorgraph query` returns, printed as a table,
// CSV or JSON from one definition.
//
// A query fills `rows` with JSON objects: that array, unchanged, is the
// documented JSON output (docs/queries.md), so scripts get every field with
// its type. `columns` pick the fields the table and CSV show, in order;
// nested values print as text (arrays joined by "; ", null as "-" in tables
// and empty in CSV).
#ifndef ACTORGRAPH_CLI_QUERY_OUTPUT_H_
#define ACTORGRAPH_CLI_QUERY_OUTPUT_H_

#include <cstdio>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace actorgraph {

struct Column {
  std::string header;  // "SPEAKER"; the CSV header is its lower case
  // Field of each row, or a JSON pointer into it ("/denial/date").
  std::string key;
  // When set, the table's text for a row (CSV keeps the plain field).
  std::function<std::string(const nlohmann::ordered_json& row)> show = nullptr;
  bool in_table = true;  // false: CSV only (the table says it another way)
  bool in_csv = true;    // false: table only (CSV columns say it field by field)
  // When set, the CSV's text for a row instead of the plain field.
  std::function<std::string(const nlohmann::ordered_json& row)> csv = nullptr;
};

struct QueryResult {
  std::vector<Column> columns;
  nlohmann::ordered_json rows = nlohmann::ordered_json::array();
  std::string none;  // told on stderr, for table output, when there are no rows
  // Printed under the table (table output only): what the rows cannot say,
  // such as an estimate's sample size. JSON rows carry it as fields.
  std::string note;
};

// The formats of --format.
inline const std::vector<std::string> kQueryFormats = {"table", "json", "csv"};

// Prints the first `limit` rows (all when limit is 0) in `format` to `out`.
void PrintQueryResult(const QueryResult& result, const std::string& format, size_t limit,
                      std::FILE* out);

// One CSV field, quoted when needed (RFC 4180).
std::string CsvField(const std::string& value);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_QUERY_OUTPUT_H_
