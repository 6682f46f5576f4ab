#include "store/validate.h"

#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>

namespace actorgraph {

namespace {

// The code point starting at s[at], its length in *len; -1 when no valid
// sequence starts there (RFC 3629, Unicode's table 3-7).
int32_t DecodeAt(std::string_view s, size_t at, size_t* len) {
  const auto byte = [&](size_t k) { return static_cast<uint8_t>(s[k]); };
  const uint8_t lead = byte(at);
  if (lead < 0x80) {
    *len = 1;
    return lead;
  }
  size_t n = 0;
  int32_t cp = 0;
  uint8_t lo = 0x80, hi = 0xBF;  // bounds of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    n = 2;
    cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    n = 3;
    cp = lead & 0x0F;
    if (lead == 0xE0) lo = 0xA0;  // overlong
    if (lead == 0xED) hi = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    n = 4;
    cp = lead & 0x07;
    if (lead == 0xF0) lo = 0x90;  // overlong
    if (lead == 0xF4) hi = 0x8F;  // past U+10FFFF
  } else {
    return -1;
  }
  if (s.size() - at < n) return -1;
  for (size_t k = 1; k < n; ++k) {
    const uint8_t b = byte(at + k);
    if (b < lo || b > hi) return -1;
    lo = 0x80;
    hi = 0xBF;
    cp = (cp << 6) | (b & 0x3F);
  }
  *len = n;
  return cp;
}

bool IsControl(int32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

// "U+000A" in messages about a code point; "\x1b", "\u0085" in ShowId.
std::string CodePoint(int32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
  return buf;
}

std::string Escape(const char* format, unsigned value) {
  char buf[16];
  std::snprintf(buf, sizeof buf, format, value);
  return buf;
}

// The first thing wrong with an id or a field, if any.
struct Problem {
  enum Kind { kEmpty, kTooLong, kBadUtf8, kNul, kControl } kind;
  size_t at = 0;   // byte offset
  int32_t cp = 0;  // kControl: the code point
};

std::optional<Problem> ScanId(std::string_view id) {
  if (id.empty()) return Problem{Problem::kEmpty};
  if (id.size() > kMaxIdBytes) return Problem{Problem::kTooLong};
  for (size_t i = 0; i < id.size();) {
    size_t len = 0;
    const int32_t cp = DecodeAt(id, i, &len);
    if (cp < 0) return Problem{Problem::kBadUtf8, i};
    if (IsControl(cp)) return Problem{Problem::kControl, i, cp};
    i += len;
  }
  return std::nullopt;
}

std::optional<Problem> ScanField(std::string_view value) {
  // The SIMD validator and memchr answer the common case at GB/s.
  if (simdjson::validate_utf8(value.data(), value.size()) &&
      std::memchr(value.data(), '\0', value.size()) == nullptr) {
    return std::nullopt;
  }
  for (size_t i = 0; i < value.size();) {
    size_t len = 0;
    const int32_t cp = DecodeAt(value, i, &len);
    if (cp < 0) return Problem{Problem::kBadUtf8, i};
    if (cp == 0) return Problem{Problem::kNul, i};
    i += len;
  }
  return std::nullopt;
}

Status Describe(std::string_view what, const Problem& p, size_t size) {
  std::string w(what);
  switch (p.kind) {
    case Problem::kEmpty:
      return Status::InvalidArgument(w + " is empty");
    case Problem::kTooLong:
      return Status::InvalidArgument(w + " is " + std::to_string(size) + " bytes, over the " +
                                     std::to_string(kMaxIdBytes) + "-byte limit");
    case Problem::kBadUtf8:
      return Status::InvalidArgument(w + " has invalid UTF-8 at byte " + std::to_string(p.at));
    case Problem::kNul:
      return Status::InvalidArgument(w + " has a NUL byte at byte " + std::to_string(p.at));
    case Problem::kControl:
      return Status::InvalidArgument(
          w + (p.cp >= 0x80 ? " has a control character (" : " has a control byte (") +
          CodePoint(p.cp) + ") at byte " + std::to_string(p.at));
  }
  return Status::Ok();
}

// "<context>: <what went wrong>"
Status In(const std::string& context, const Status& s) {
  return Status::InvalidArgument(context + ": " + s.message());
}

std::string Quoted(std::string_view id) { return "'" + ShowId(id) + "'"; }

std::string OfDocument(std::string_view doc_id) { return " of document " + Quoted(doc_id); }

std::string ActorContext(const Actor& a, size_t index, std::string_view doc_id) {
  return (a.id.empty() ? "actor " + std::to_string(index + 1) : "actor " + Quoted(a.id)) +
         OfDocument(doc_id);
}

// An optional id (an unattributed quote's speaker, a denial's target) may be
// empty; anything else it holds must be a valid id.
Status CheckOptionalId(std::string_view what, std::string_view id) {
  if (id.empty()) return Status::Ok();
  return ValidateId(what, id);
}

Status CheckNamedDocument(std::string_view named, std::string_view doc_id) {
  if (named.empty() || named == doc_id) return Status::Ok();
  return Status::InvalidArgument("names document " + Quoted(named));
}

Status CheckSpan(std::string_view what, Span span, std::optional<size_t> text_bytes) {
  const std::string shown =
      std::string(what) + " " + std::to_string(span.start) + ".." + std::to_string(span.end);
  if (span.start > span.end) return Status::InvalidArgument(shown + " starts after its end");
  if (text_bytes && span.end > *text_bytes) {
    return Status::InvalidArgument(shown + " ends past the text (" + std::to_string(*text_bytes) +
                                   " bytes)");
  }
  return Status::Ok();
}

// Every span of `facts`: start <= end, and end <= *text_bytes when known.
Status CheckSpans(std::string_view doc_id, const DocumentFacts& facts,
                  std::optional<size_t> text_bytes) {
  for (size_t i = 0; i < facts.actors.size(); ++i) {
    const Actor& a = facts.actors[i];
    for (size_t m = 0; m < a.mentions.size(); ++m) {
      if (Status s = CheckSpan("span", a.mentions[m].span, text_bytes); !s.ok()) {
        return In("mention " + std::to_string(m + 1) + " of " + ActorContext(a, i, doc_id), s);
      }
    }
  }
  for (size_t i = 0; i < facts.quotes.size(); ++i) {
    const Quote& q = facts.quotes[i];
    Status s = CheckSpan("span", q.span, text_bytes);
    if (s.ok() && q.speaker_mention) s = CheckSpan("speaker span", *q.speaker_mention, text_bytes);
    for (size_t f = 0; s.ok() && f < q.fragments.size(); ++f) {
      s = CheckSpan("fragment " + std::to_string(f + 1), q.fragments[f], text_bytes);
    }
    if (!s.ok()) return In("quote " + std::to_string(i + 1) + OfDocument(doc_id), s);
  }
  for (size_t i = 0; i < facts.relations.size(); ++i) {
    const Relation& r = facts.relations[i];
    Status s = CheckSpan("span", r.span, text_bytes);
    if (s.ok() && r.source_mention) s = CheckSpan("source span", *r.source_mention, text_bytes);
    if (!s.ok()) return In("relation " + std::to_string(i + 1) + OfDocument(doc_id), s);
  }
  return Status::Ok();
}

Status CheckActor(const Actor& a) {
  if (Status s = ValidateId("actor id", a.id); !s.ok()) return s;
  if (Status s = ValidateField("name", a.name); !s.ok()) return s;
  for (size_t k = 0; k < a.aliases.size(); ++k) {
    if (auto p = ScanField(a.aliases[k])) {
      return Describe("alias " + std::to_string(k + 1), *p, a.aliases[k].size());
    }
  }
  return Status::Ok();
}

Status CheckQuote(const Quote& q, std::string_view doc_id) {
  if (Status s = CheckNamedDocument(q.document, doc_id); !s.ok()) return s;
  if (Status s = CheckOptionalId("speaker", q.speaker); !s.ok()) return s;
  for (size_t k = 0; k < q.about.size(); ++k) {
    if (auto p = ScanId(q.about[k])) {
      return Describe("about " + std::to_string(k + 1), *p, q.about[k].size());
    }
  }
  if (Status s = ValidateField("text", q.text); !s.ok()) return s;
  if (Status s = ValidateField("speaker text", q.speaker_text); !s.ok()) return s;
  return ValidateField("cue", q.cue);
}

Status CheckRelation(const Relation& r, std::string_view doc_id) {
  if (Status s = CheckNamedDocument(r.document, doc_id); !s.ok()) return s;
  if (Status s = ValidateId("source", r.source); !s.ok()) return s;
  if (Status s = CheckOptionalId("target", r.target); !s.ok()) return s;
  if (Status s = ValidateField("cue", r.cue); !s.ok()) return s;
  if (Status s = ValidateField("cameo", r.cameo); !s.ok()) return s;
  return ValidateField("role", r.role);
}

}  // namespace

Status ValidateText(std::string_view text) {
  if (text.size() > kMaxDocumentBytes) {
    return Status::InvalidArgument("document of " + std::to_string(text.size()) +
                                   " bytes is larger than the 64 MiB limit");
  }
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Status::InvalidArgument("empty document");
  }
  if (size_t nul = text.find('\0'); nul != std::string_view::npos) {
    return Status::InvalidArgument("binary data, not text (NUL byte at offset " +
                                   std::to_string(nul) + ")");
  }
  // simdjson's SIMD validator answers the common case; the loop below only
  // runs to locate the first bad sequence for the message.
  if (simdjson::validate_utf8(text.data(), text.size())) return Status::Ok();
  for (size_t i = 0; i < text.size();) {
    size_t len = 0;
    if (DecodeAt(text, i, &len) < 0) {
      const size_t line = 1 + std::count(text.begin(), text.begin() + i, '\n');
      return Status::InvalidArgument("invalid UTF-8 at byte offset " + std::to_string(i) +
                                     " (line " + std::to_string(line) + ")");
    }
    i += len;
  }
  return Status::Ok();
}

Status ValidateId(std::string_view what, std::string_view id) {
  if (auto p = ScanId(id)) return Describe(what, *p, id.size());
  return Status::Ok();
}

Status ValidateField(std::string_view what, std::string_view value) {
  if (auto p = ScanField(value)) return Describe(what, *p, value.size());
  return Status::Ok();
}

Status ValidateDocumentFacts(const Document& doc, const DocumentFacts& facts) {
  if (doc.id.empty()) return Status::InvalidArgument("document id is empty");
  const std::string doc_context = "document " + Quoted(doc.id);
  if (Status s = ValidateId("document id", doc.id); !s.ok()) return In(doc_context, s);
  if (facts.document != doc.id) {
    return Status::InvalidArgument(doc_context + ": facts are for document " +
                                   Quoted(facts.document));
  }
  const std::pair<const char*, const std::string*> fields[] = {
      {"title", &doc.title},   {"date", &doc.date},     {"date as written", &doc.date_written},
      {"url", &doc.url},       {"source", &doc.source}};
  for (const auto& [what, value] : fields) {
    if (Status s = ValidateField(what, *value); !s.ok()) return In(doc_context, s);
  }
  if (!doc.text.empty()) {
    if (Status s = ValidateText(doc.text); !s.ok()) return In(doc_context, s);
  }

  for (size_t i = 0; i < facts.actors.size(); ++i) {
    const Actor& a = facts.actors[i];
    if (Status s = CheckActor(a); !s.ok()) return In(ActorContext(a, i, doc.id), s);
    for (size_t m = 0; m < a.mentions.size(); ++m) {
      if (Status s = CheckNamedDocument(a.mentions[m].document, doc.id); !s.ok()) {
        return In("mention " + std::to_string(m + 1) + " of " + ActorContext(a, i, doc.id), s);
      }
    }
  }
  for (size_t i = 0; i < facts.quotes.size(); ++i) {
    if (Status s = CheckQuote(facts.quotes[i], doc.id); !s.ok()) {
      return In("quote " + std::to_string(i + 1) + OfDocument(doc.id), s);
    }
  }
  for (size_t i = 0; i < facts.relations.size(); ++i) {
    if (Status s = CheckRelation(facts.relations[i], doc.id); !s.ok()) {
      return In("relation " + std::to_string(i + 1) + OfDocument(doc.id), s);
    }
  }
  std::optional<size_t> text_bytes;
  if (!doc.text.empty()) text_bytes = doc.text.size();
  return CheckSpans(doc.id, facts, text_bytes);
}

Status ValidateSpans(std::string_view doc_id, const DocumentFacts& facts, size_t text_bytes) {
  return CheckSpans(doc_id, facts, text_bytes);
}

std::string ShowId(std::string_view id) {
  constexpr size_t kShown = 64;
  std::string out;
  size_t i = 0;
  while (i < id.size() && i < kShown) {
    size_t len = 1;
    const int32_t cp = DecodeAt(id, i, &len);
    if (cp < 0) {
      out += Escape("\\x%02x", static_cast<uint8_t>(id[i]));
      len = 1;
    } else if (cp == '\\') {
      out += "\\\\";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp < 0x20 || cp == 0x7F) {
      out += Escape("\\x%02x", cp);
    } else if (IsControl(cp)) {
      out += Escape("\\u%04x", cp);
    } else {
      out.append(id, i, len);
    }
    i += len;
  }
  if (i < id.size()) out += "...";
  return out;
}

}  // namespace actorgraph
