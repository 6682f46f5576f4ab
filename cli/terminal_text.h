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

// The columns `text` takes on a terminal, as wcwidth(3) counts them but from
// ICU's Unicode data rather than the C library's locale: East Asian wide and
// fullwidth characters (UAX #11: CJK, kana, Hangul syllables, most emoji)
// take 2; combining marks, format characters (zero-width joiners, the soft
// hyphen's invisible kin) and conjoining Hangul vowels and finals take 0;
// everything else 1. Bytes that are not UTF-8 count 1 each (SafeForTerminal
// shows each as one U+FFFD).
size_t DisplayWidth(std::string_view text);

// `text` when it fits in `width` columns; else its longest prefix that fits
// in width - 1 columns, followed by "…" (U+2026). The cut falls between
// characters, after any combining marks of the last one kept, so an accent
// is never parted from its letter.
std::string FitToWidth(std::string_view text, size_t width);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_TERMINAL_TEXT_H_
