#include "cli/query_output.h"

#include "cli/common.h"
#include "cli/terminal_text.h"

namespace actorgraph {

namespace {

using Json = nlohmann::ordered_json;

std::string Text(const Json& value, const char* null_text) {
  if (value.is_null()) return null_text;
  if (value.is_string()) return value.get<std::string>();
  if (value.is_array()) {
    std::string out;
    for (const Json& item : value) {
      if (!out.empty()) out += "; ";
      out += Text(item, null_text);
    }
    return out;
  }
  if (value.is_number_float()) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", value.get<double>());
    return buf;
  }
  return value.dump();
}

Json Field(const Json& row, const std::string& key) {
  if (key.empty() || key[0] != '/') return row.value(key, Json());
  const Json::json_pointer pointer(key);
  return row.contains(pointer) ? row.at(pointer) : Json();
}

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

}  // namespace

std::string CsvField(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

void PrintQueryResult(const QueryResult& result, const std::string& format, size_t limit,
                      std::FILE* out) {
  const size_t n = limit == 0 ? result.rows.size() : std::min(limit, result.rows.size());
  if (format == "json") {
    Json rows = Json::array();
    for (size_t i = 0; i < n; ++i) rows.push_back(result.rows[i]);
    std::fprintf(out, "%s\n",
                 rows.dump(2, ' ', false, Json::error_handler_t::replace).c_str());
    return;
  }
  if (format == "csv") {
    std::string line;
    bool first = true;
    for (const Column& c : result.columns) {
      if (!c.in_csv) continue;
      if (!first) line += ',';
      first = false;
      line += CsvField(Lower(c.header));
    }
    std::fprintf(out, "%s\r\n", line.c_str());
    for (size_t i = 0; i < n; ++i) {
      line.clear();
      first = true;
      for (const Column& c : result.columns) {
        if (!c.in_csv) continue;
        if (!first) line += ',';
        first = false;
        const Json& row = result.rows[i];
        line += CsvField(c.csv ? c.csv(row) : Text(Field(row, c.key), ""));
      }
      std::fprintf(out, "%s\r\n", line.c_str());
    }
    return;
  }
  if (n == 0) {
    if (!result.none.empty()) std::fprintf(stderr, "%s\n", SafeForTerminal(result.none).c_str());
    return;
  }
  std::vector<std::string> header;
  for (const Column& c : result.columns) {
    if (c.in_table) header.push_back(c.header);
  }
  Table table(std::move(header));
  for (size_t i = 0; i < n; ++i) {
    std::vector<std::string> row;
    for (const Column& c : result.columns) {
      if (!c.in_table) continue;
      row.push_back(OneLine(c.show ? c.show(result.rows[i])
                                   : Text(Field(result.rows[i], c.key), "-")));
    }
    table.Add(std::move(row));
  }
  table.Print(out);
  if (!result.note.empty()) std::fprintf(out, "%s\n", SafeForTerminal(result.note).c_str());
}

}  // namespace actorgraph
