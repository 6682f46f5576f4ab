#include "cli/common.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "cli/pipeline.h"
#include "cli/terminal_text.h"

namespace actorgraph {

std::optional<int> ParseArgs(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    app.exit(e);
    return kExitOk;
  } catch (const CLI::CallForAllHelp& e) {
    app.exit(e);
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "actorgraph %s: %s\nRun 'actorgraph %s --help' for usage.\n",
                 app.get_name().c_str(), SafeForTerminal(e.what()).c_str(),
                 app.get_name().c_str());
    return kExitUsage;
  }
  return std::nullopt;
}

void AddExtractorFlags(CLI::App& app, ExtractorFlags* flags) {
  app.add_option("--lexicons", flags->lexicons, "lexicon directory (default: built-in)");
  app.add_flag("--split-quotes", flags->split_quotes,
               "one statement per piece of a quotation interrupted by its attribution "
               "(\"A,\" she said. \"B.\"); by default the pieces are one statement");
  app.add_flag("--join-quotes")->group("");  // joining is now the default; kept for old scripts
  app.add_flag("--rules-only", flags->rules_only,
               "find names with the rules alone, without the trained name tagger");
}

void AddThreadsFlag(CLI::App& app, int* threads) {
  app.add_option("--threads", *threads,
                 "worker threads (0: every core); the output is the same at any count")
      ->check(CLI::Range(0, 1024))
      ->capture_default_str();
}

int ThreadCount(int threads) { return threads > 0 ? threads : DefaultThreadCount(); }

ExtractorOptions ExtractorFlags::Options() const {
  ExtractorOptions options;
  options.lexicon_dir = lexicons;
  options.name_tagger = !rules_only;
  options.join_interrupted_quotes = !split_quotes;
  return options;
}

const CLI::Validator kCount(
    [](std::string& value) -> std::string {
      const bool digits = !value.empty() && value.find_first_not_of("0123456789") == std::string::npos;
      return digits ? "" : "expected a count (a whole number, 0 or more), not '" + value + "'";
    },
    "N>=0");

int Fail(const Status& status) { return Fail(status.message()); }

int Fail(std::string_view message) {
  std::fprintf(stderr, "actorgraph: %s\n", SafeForTerminal(message).c_str());
  return kExitFailure;
}

void Warn(std::string_view message) {
  std::fprintf(stderr, "actorgraph: warning: %s\n", SafeForTerminal(message).c_str());
}

Result<std::unique_ptr<Store>> OpenForReading(const std::string& dir) {
  return Store::Open(dir, OpenMode::kReadOnly);
}

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

Result<std::vector<std::string>> ResolveActor(const Store& store, std::string_view query) {
  auto ids = store.FindActors(query);
  if (!ids.ok()) return ids.status();
  if (!ids->empty()) return ids;

  // No match: suggest the names nearest to the query.
  auto actors = store.Actors(std::nullopt);
  if (!actors.ok()) return actors.status();
  std::string q = Lower(query);
  std::vector<std::pair<size_t, std::string>> scored;
  for (const Actor& a : *actors) {
    size_t best = EditDistance(q, Lower(a.name));
    for (const auto& alias : a.aliases) best = std::min(best, EditDistance(q, Lower(alias)));
    if (best <= std::max<size_t>(2, q.size() / 3)) scored.emplace_back(best, a.name);
  }
  std::sort(scored.begin(), scored.end());
  std::string msg = "no actor matches '" + std::string(query) + "'";
  if (!scored.empty()) {
    msg += "; did you mean: ";
    for (size_t i = 0; i < scored.size() && i < 5; ++i) {
      if (i) msg += ", ";
      msg += scored[i].second;
    }
    msg += "?";
  } else {
    msg += " (list actors with 'actorgraph actors')";
  }
  return Status::NotFound(msg);
}

Table::Table(std::vector<std::string> header) : header_(std::move(header)) {
  for (std::string& cell : header_) cell = SafeForTerminal(cell);
}

void Table::Add(std::vector<std::string> row) {
  row.resize(header_.size());
  for (std::string& cell : row) cell = SafeForTerminal(cell);
  rows_.push_back(std::move(row));
}

namespace {

size_t Width(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

void PrintRow(std::FILE* out, const std::vector<std::string>& row,
              const std::vector<size_t>& widths) {
  for (size_t i = 0; i < row.size(); ++i) {
    std::fputs(row[i].c_str(), out);
    if (i + 1 < row.size()) {
      for (size_t pad = Width(row[i]); pad < widths[i] + 2; ++pad) std::fputc(' ', out);
    }
  }
  std::fputc('\n', out);
}

}  // namespace

void Table::Print(std::FILE* out) const {
  std::vector<size_t> widths(header_.size());
  for (size_t i = 0; i < header_.size(); ++i) widths[i] = Width(header_[i]);
  for (const auto& row : rows_) {
    for (size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], Width(row[i]));
  }
  PrintRow(out, header_, widths);
  for (const auto& row : rows_) PrintRow(out, row, widths);
}

std::string OneLine(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace actorgraph
