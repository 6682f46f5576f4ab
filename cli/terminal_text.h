// Text from documents and stores, made safe to print on a terminal.
//
// An article, an imported actor name or a document id can hold bytes that a
// terminal obeys rather than shows: ESC sequences that clear the screen or
// set the window title, BEL, backspaces and carriage returns that overwrite
// what was printed, 8-bit C1 controls (CSI 0x9B), and Unicode bidirectional
// overrides that display a sentence in another order than it was written.
// Every table cell, error and warning goes through SafeForTerminal before it
// is printed; JSON and CSV output stay byte-faithful (they are data, and
// JSON escapes controls itself).
#ifndef ACTORGRAPH_CLI_TERMINAL_TEXT_H_
#define ACTORGRAPH_CLI_TERMINAL_TEXT_H_

#include <string>
#include <string_view>

namespace actorgraph {

// `text` with every control shown instead of obeyed: C0 controls (newline
// and tab included) and DEL become their Unicode control pictures (ESC ->
// U+241B "␛", newline -> U+240A "␊", DEL -> U+2421 "␡"), each one column
// wide; C1 controls, the bidi embedding, override and isolate controls
// (U+202A-U+202E, U+2066-U+2069) and bytes that are not UTF-8 become U+FFFD
// "�". Everything else is copied unchanged.
std::string SafeForTerminal(std::string_view text);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_TERMINAL_TEXT_H_
