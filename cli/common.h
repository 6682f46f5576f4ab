// Helpers shared by the subcommands: option parsing, errors, store opening,
// actor lookup and plain-text tables.
#ifndef ACTORGRAPH_CLI_COMMON_H_
#define ACTORGRAPH_CLI_COMMON_H_

#include <CLI/CLI.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extractor.h"
#include "model/status.h"
#include "store/store.h"

namespace actorgraph {

// Exit codes of every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // bad input, no match, a failed step
inline constexpr int kExitUsage = 2;    // bad command line

inline constexpr const char* kDefaultDb = "actorgraph.db";

// Parses argv (argv[0] is the subcommand name). Returns nullopt to go on, or
// the exit code to return at once (0 after --help, kExitUsage on errors).
std::optional<int> ParseArgs(CLI::App& app, int argc, char** argv);

// The extractor's flags, shared by extract, ingest and eval: --lexicons,
// --split-quotes (and the old --join-quotes, now the default, still
// accepted) and --rules-only.
struct ExtractorFlags {
  std::string lexicons;
  bool split_quotes = false;
  bool rules_only = false;
  ExtractorOptions Options() const;
};
void AddExtractorFlags(CLI::App& app, ExtractorFlags* flags);

// --threads N for extract and ingest: 0 (the default) means every core this
// process may use (cli/pipeline.h). The output does not depend on it.
void AddThreadsFlag(CLI::App& app, int* threads);
// `threads` with 0 replaced by the core count.
int ThreadCount(int threads);

// Checks an option that counts something (rows, actors, statements): a
// whole number of 0 or more ("--limit -1" is a usage error, not 2^64 - 1).
extern const CLI::Validator kCount;

// Prints "actorgraph: MESSAGE" to stderr and returns kExitFailure. Messages
// name files, ids and actors, so they go through SafeForTerminal
// (cli/terminal_text.h), as warnings and table cells do.
int Fail(const Status& status);
int Fail(std::string_view message);
// Prints "actorgraph: warning: MESSAGE" to stderr.
void Warn(std::string_view message);
// Prints "actorgraph: note: MESSAGE" to stderr: what a default did that the
// user may want otherwise (a picture left something out), not a problem.
void Note(std::string_view message);

// Opens the store in `dir` read-only (queries, exports): a missing store is a
// clear error, never a new empty database.
Result<std::unique_ptr<Store>> OpenForReading(const std::string& dir);

// Actor ids matching `query` (id, name or alias, case-insensitively). On no
// match the error says so and suggests the nearest names ("did you mean").
Result<std::vector<std::string>> ResolveActor(const Store& store, std::string_view query);

// Levenshtein distance, for "did you mean".
size_t EditDistance(std::string_view a, std::string_view b);

// How wide a Table may print. By default a table printed to a terminal fits
// the terminal's width (TIOCGWINSZ; $COLUMNS, else 80, when the terminal
// does not say), and a table printed to a file or a pipe is never cut, so
// what a script reads does not depend on the window it ran in.
// `--width N` sets the width whatever the output is; `--wide` never cuts.
// AddTableFlags adds both to a command that prints tables; they are
// process-wide, as the output they shape is.
void AddTableFlags(CLI::App& app);
// The width a table printed to `out` must fit in; 0 for no limit.
size_t TableWidth(std::FILE* out);

// Left-aligned columns, two spaces apart. Widths are display columns
// (DisplayWidth: a CJK character takes two, a combining accent none). When
// the table is wider than TableWidth(out), the widest columns give way
// first: every column keeps at least its header's width (at least 6), the
// rest of the room is shared out so that no column that fits is cut, and a
// cell longer than its column ends in "…". Every cell is shown through
// SafeForTerminal: a control byte in a document cannot reach the terminal.
class Table {
 public:
  explicit Table(std::vector<std::string> header);
  void Add(std::vector<std::string> row);
  void Print(std::FILE* out) const;
  bool empty() const { return rows_.empty(); }

  // The width of each column when the table must fit in `limit` columns (0:
  // no limit): each column's widest cell, shrunk as Print describes.
  std::vector<size_t> ColumnWidths(size_t limit) const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

// "1 document", "3 documents": a count and its noun, for messages.
std::string Counted(uint64_t n, std::string_view one, std::string_view many);

// Collapses runs of white space to one space.
std::string OneLine(std::string_view text);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_COMMON_H_
