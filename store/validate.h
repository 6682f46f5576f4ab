// What the store accepts: the checks every write path shares.
//
// Store::Put runs ValidateDocumentFacts on every document it is given, so
// ingest, import and any later writer are held to one set of rules, and
// nothing that fails them reaches RocksDB. The reader of an input (cli/input.cc)
// runs ValidateText early, to name the file and line of a bad text.
//
// Ids (document ids and actor keys: speakers, sources, targets, "about",
// actor ids) are store keys and are printed in tables and error messages, so
// they are held to more than text: non-empty, at most kMaxIdBytes, valid
// UTF-8 and free of control characters (C0 bytes, DEL, and U+0080..U+009F),
// so no key holds a newline, a tab, an ESC or a NUL. Other text fields
// (title, date, url, source, names, aliases, quote text, speaker text, cue,
// role) must be valid UTF-8 without NUL; they may hold newlines. Spans must
// have start <= end <= the length of the text stored with the document,
// when that text is known.
//
// "Valid UTF-8" is RFC 3629's: no overlong forms, no surrogates, nothing past
// U+10FFFF (the same as simdjson's and ICU's validators).
//
// Every message names the document (its id shown through ShowId) and the
// fact: "quote 3 of document 'x': span 10..900 ends past the text (412
// bytes)". Facts are counted from 1 in the order they were given.
#ifndef ACTORGRAPH_STORE_VALIDATE_H_
#define ACTORGRAPH_STORE_VALIDATE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "model/facts.h"
#include "model/status.h"

namespace actorgraph {

// The largest document text accepted, by the readers and by the store.
inline constexpr size_t kMaxDocumentBytes = size_t{64} << 20;

// The longest id accepted. A relation's index key joins three ids (source,
// target, document; docs/store.md), so with this limit every key stays
// under RocksDB's 4 KiB data block; ids the extractor makes are slugs of names
// (tens of bytes) and document ids are file names, article ids or URLs,
// which rarely pass a few hundred bytes.
inline constexpr size_t kMaxIdBytes = 1024;

// Ok, or InvalidArgument describing the first problem of `text` as a
// document: "empty document", "binary data, not text (NUL byte at offset N)",
// "invalid UTF-8 at byte offset N (line L)", "document of N bytes is larger
// than the 64 MiB limit".
Status ValidateText(std::string_view text);

// Ok, or InvalidArgument "<what> is empty", "<what> is N bytes, over the
// 1024-byte limit", "<what> has invalid UTF-8 at byte N", "<what> has a
// control byte (U+000A) at byte N" (C0 and DEL), "<what> has a control
// character (U+0085) at byte N" (C1).
Status ValidateId(std::string_view what, std::string_view id);

// Ok, or InvalidArgument "<what> has invalid UTF-8 at byte N" or "<what> has
// a NUL byte at byte N". An empty field is fine.
Status ValidateField(std::string_view what, std::string_view value);

// Checks a document and its facts as Store::Put stores them: every id and
// text field above; `doc.text` through ValidateText unless it is empty (a
// metadata-only document); facts.document == doc.id, and every fact's
// document field empty or doc.id; every span with start <= end, and with
// end <= doc.text.size() when doc.text is not empty. The first problem
// found is returned as InvalidArgument naming the document and the fact.
Status ValidateDocumentFacts(const Document& doc, const DocumentFacts& facts);

// The span checks alone, against a text of `text_bytes` bytes: for a
// metadata-only document whose stored text is kept (Store::Put), once that
// text is known. `doc_id` is for the messages.
Status ValidateSpans(std::string_view doc_id, const DocumentFacts& facts, size_t text_bytes);

// `id` as it may appear in a message: a backslash as \\, newline, CR and tab
// as \n, \r, \t, other C0 bytes, DEL and bytes of invalid UTF-8 as \xNN, C1
// controls as \u0080..\u009f; cut after 64 bytes of `id` with "...". So a
// message never carries a terminal escape sequence or a 10 MB key.
std::string ShowId(std::string_view id);

}  // namespace actorgraph

#endif  // ACTORGRAPH_STORE_VALIDATE_H_
