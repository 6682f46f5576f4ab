#include "cli/common.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
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
    // Name the subcommand the error is about ("query path"), not its parent.
    std::string name = app.get_name();
    for (const CLI::App* sub = &app; !sub->get_subcommands().empty();) {
      sub = sub->get_subcommands().front();
      name += " " + sub->get_name();
    }
    std::fprintf(stderr, "actorgraph %s: %s\nRun 'actorgraph %s --help' for usage.\n",
                 name.c_str(), SafeForTerminal(e.what()).c_str(), name.c_str());
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

void Note(std::string_view message) {
  std::fprintf(stderr, "actorgraph: note: %s\n", SafeForTerminal(message).c_str());
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

struct TableSettings {
  bool wide = false;
  size_t width = 0;  // 0: as the output allows
};
TableSettings table_settings;

void PrintRow(std::FILE* out, const std::vector<std::string>& row,
              const std::vector<size_t>& widths, bool fit) {
  std::string line;
  for (size_t i = 0; i < row.size(); ++i) {
    std::string cell = fit ? FitToWidth(row[i], widths[i]) : row[i];
    line += cell;
    if (i + 1 < row.size()) line.append(widths[i] + 2 - DisplayWidth(cell), ' ');
  }
  line.push_back('\n');
  std::fputs(line.c_str(), out);
}

}  // namespace

void AddTableFlags(CLI::App& app) {
  app.add_flag("--wide", table_settings.wide,
               "print table cells in full, however wide the terminal (tables sent to a file "
               "or a pipe are never cut)");
  app.add_option("--width", table_settings.width,
                 "fit tables in N columns, even when not printing to a terminal")
      ->check(CLI::Range(size_t{20}, size_t{100000}));
}

size_t TableWidth(std::FILE* out) {
  if (table_settings.wide) return 0;
  if (table_settings.width > 0) return table_settings.width;
  const int fd = fileno(out);
  if (fd < 0 || !isatty(fd)) return 0;
  winsize size{};
  if (ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  if (const char* columns = std::getenv("COLUMNS")) {
    const long n = std::strtol(columns, nullptr, 10);
    if (n >= 20) return static_cast<size_t>(n);
  }
  return 80;
}

std::vector<size_t> Table::ColumnWidths(size_t limit) const {
  const size_t n = header_.size();
  std::vector<size_t> widths(n);
  for (size_t i = 0; i < n; ++i) widths[i] = DisplayWidth(header_[i]);
  for (const auto& row : rows_) {
    for (size_t i = 0; i < n; ++i) widths[i] = std::max(widths[i], DisplayWidth(row[i]));
  }
  const size_t gaps = n == 0 ? 0 : 2 * (n - 1);
  size_t total = gaps;
  for (size_t w : widths) total += w;
  if (limit == 0 || total <= limit) return widths;

  // Every column keeps its floor; the room left is shared by weighted
  // water-filling from the column that needs least up, so a column that
  // needs less than its share is never cut and the widest ones give way.
  // The last column weighs three: it is the free text of most tables (the
  // statement, the evidence, the members) and what a reader came for.
  std::vector<size_t> floor(n), order(n), weight(n, 1);
  weight.back() = 3;
  size_t room = limit > gaps ? limit - gaps : 0, weights = n + 2;
  for (size_t i = 0; i < n; ++i) {
    floor[i] = std::min(widths[i], std::max<size_t>(DisplayWidth(header_[i]), 6));
    room = room > floor[i] ? room - floor[i] : 0;
    order[i] = i;
  }
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return (widths[a] - floor[a]) * weight[b] < (widths[b] - floor[b]) * weight[a];
  });
  std::vector<size_t> fitted = floor;
  for (size_t i : order) {
    const size_t share = room * weight[i] / weights;
    const size_t extra = std::min(widths[i] - floor[i], share);
    fitted[i] += extra;
    room -= extra;
    weights -= weight[i];
  }
  // What the shares' rounding left goes to the last column, if it can use it.
  fitted.back() += std::min(widths.back() - fitted.back(), room);
  return fitted;
}

void Table::Print(std::FILE* out) const {
  const size_t limit = TableWidth(out);
  const std::vector<size_t> widths = ColumnWidths(limit);
  PrintRow(out, header_, widths, limit != 0);
  for (const auto& row : rows_) PrintRow(out, row, widths, limit != 0);
}

std::string Counted(uint64_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
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
