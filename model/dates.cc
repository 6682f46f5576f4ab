#include "model/dates.h"

#include <date/date.h>
#include <date/iso_week.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

std::string_view Trim(std::string_view s) {
  const char* ws = " \t\r\n";
  size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

// The zone names of RFC 2822, section 4.3 (obsolete but still written), as
// offsets, with "UTC" and ISO 8601's "Z".
struct ZoneName {
  std::string_view name;
  std::string_view offset;
};
constexpr ZoneName kZoneNames[] = {
    {"ut", "+0000"},  {"utc", "+0000"}, {"gmt", "+0000"}, {"z", "+0000"},
    {"est", "-0500"}, {"edt", "-0400"}, {"cst", "-0600"}, {"cdt", "-0500"},
    {"mst", "-0700"}, {"mdt", "-0600"}, {"pst", "-0800"}, {"pdt", "-0700"},
};

constexpr std::string_view kWeekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                          "friday", "saturday", "sunday"};
constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",
                                        "may",     "june",     "july",      "august",
                                        "september", "october", "november", "december"};

// A weekday or month word, full or cut to at least three letters ("Tues",
// "Sept", "Feb").
bool IsPrefixWord(std::string_view lower, std::string_view full) {
  return lower.size() >= 3 && full.starts_with(lower);
}
bool IsWeekday(std::string_view lower) {
  for (std::string_view d : kWeekdays) {
    if (IsPrefixWord(lower, d)) return true;
  }
  return false;
}
// The month a word names (1..12), or 0.
unsigned MonthOf(std::string_view lower) {
  for (unsigned m = 0; m < 12; ++m) {
    if (IsPrefixWord(lower, kMonths[m])) return m + 1;
  }
  return 0;
}

// Rewrites `written` into the forms the formats below read: whitespace runs
// as one space, no leading weekday, month words as their full name (so
// "Sept." and "SEPT" read), a trailing zone name or "Z" as an offset, an
// offset's colon and a fraction of a second dropped.
std::string Canonical(std::string_view written) {
  std::string s;
  for (char c : Trim(written)) {
    const bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
    if (space) {
      if (!s.empty() && s.back() != ' ') s.push_back(' ');
    } else {
      s.push_back(c);
    }
  }
  // Words: a weekday first is dropped, with its comma or dot; month words
  // become full names; a zone name last becomes an offset.
  std::string out;
  size_t i = 0;
  bool first = true;
  while (i < s.size()) {
    if (!IsAsciiAlpha(s[i])) {
      out.push_back(s[i++]);
      continue;
    }
    size_t j = i;
    while (j < s.size() && IsAsciiAlpha(s[j])) ++j;
    const std::string word = LowerAscii(std::string_view(s).substr(i, j - i));
    const bool word_first = first;
    first = false;
    // "T" between a date and a time is a letter too: keep it as written.
    if (word == "t" && i > 0 && IsDigit(s[i - 1])) {
      out.push_back('T');
      i = j;
      continue;
    }
    if (word_first && IsWeekday(word)) {
      while (j < s.size() && (s[j] == ',' || s[j] == '.' || s[j] == ' ')) ++j;
      i = j;
      continue;
    }
    if (unsigned m = MonthOf(word); m != 0) {
      out += kMonths[m - 1];
      if (j < s.size() && s[j] == '.') ++j;  // "Feb." is "Feb"
      i = j;
      continue;
    }
    if (j == s.size()) {
      bool zone = false;
      for (const ZoneName& z : kZoneNames) {
        if (word == z.name) {
          // "15:01:01Z" and "15:01:01 GMT" alike: " +0000".
          if (!out.empty() && out.back() != ' ') out.push_back(' ');
          out += z.offset;
          zone = true;
        }
      }
      if (zone) {
        i = j;
        continue;
      }
    }
    out.append(s, i, j - i);
    i = j;
  }
  // "+02:00" -> "+0200".
  if (out.size() >= 6) {
    std::string_view tail = std::string_view(out).substr(out.size() - 6);
    if ((tail[0] == '+' || tail[0] == '-') && IsDigit(tail[1]) && IsDigit(tail[2]) &&
        tail[3] == ':' && IsDigit(tail[4]) && IsDigit(tail[5])) {
      out.erase(out.size() - 3, 1);
    }
  }
  // "15:01:01.79" -> "15:01:01".
  for (size_t k = 0; k + 8 < out.size(); ++k) {
    if (out[k + 2] == ':' && out[k + 5] == ':' && out[k + 8] == '.' && IsDigit(out[k]) &&
        IsDigit(out[k + 7])) {
      size_t e = k + 9;
      while (e < out.size() && IsDigit(out[e])) ++e;
      out.erase(k + 8, e - (k + 8));
      break;
    }
  }
  // An offset straight after the time ("15:01:01+0200"): one space before it,
  // as the formats write it.
  if (out.size() >= 5) {
    size_t p = out.size() - 5;
    if ((out[p] == '+' || out[p] == '-') && p > 0 && IsDigit(out[p - 1]) &&
        out.find(':') != std::string::npos && out.find(':') < p) {
      out.insert(p, 1, ' ');
    }
  }
  return out;
}

// Parses all of `s` with `format` into `value`.
template <class T>
bool ParseAll(const std::string& s, const char* format, T& value) {
  std::istringstream in(s);
  in >> date::parse(format, value);
  return !in.fail() && in.peek() == std::char_traits<char>::eof();
}

bool YearInRange(date::year y) { return y >= date::year(1000) && y <= date::year(9999); }

std::string FormatDay(date::year_month_day ymd) { return date::format("%F", ymd); }

}  // namespace

std::optional<std::string> NormalizeDate(std::string_view written) {
  // The forms most feeds write, without a stream: the stored form, and an
  // ISO time with no zone ("1987-02-26T15:01:01", "1987-02-26 15:01:01").
  const std::string_view trimmed = Trim(written);
  if (IsNormalizedDate(trimmed)) return std::string(trimmed);
  if (trimmed.size() == 19 && (trimmed[10] == 'T' || trimmed[10] == ' ')) {
    std::string instant = std::string(trimmed) + "Z";
    instant[10] = 'T';
    if (IsNormalizedDate(instant)) return instant;
  }
  const std::string s = Canonical(written);
  if (s.empty()) return std::nullopt;
  if (s.size() == 4 && IsDigit(s[0]) && IsDigit(s[1]) && IsDigit(s[2]) && IsDigit(s[3])) {
    if (s[0] == '0') return std::nullopt;
    return s;
  }
  // An instant: ISO 8601 and RFC 2822 with a time of day. A time with no
  // offset is taken as UTC.
  static constexpr const char* kInstants[] = {
      "%Y-%m-%dT%H:%M:%S %z", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M %z", "%Y-%m-%dT%H:%M",
      "%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M %z", "%Y-%m-%d %H:%M",
      "%d %B %Y %H:%M:%S %z", "%d %B %Y %H:%M %z",  "%d %B %Y %H:%M:%S",  "%d %B %Y %H:%M",
      "%d-%B-%Y %H:%M:%S",    "%d-%B-%Y %H:%M",
  };
  for (const char* format : kInstants) {
    date::sys_seconds t;
    if (ParseAll(s, format, t)) {
      const date::year_month_day ymd{date::floor<date::days>(t)};
      if (!YearInRange(ymd.year())) continue;  // "%Y" reads "24" too
      return date::format("%FT%TZ", t);
    }
  }
  static constexpr const char* kDays[] = {
      "%Y-%m-%d",  "%Y/%m/%d", "%B %d, %Y", "%B %d %Y",
      "%d %B %Y",  "%d %B, %Y", "%d-%B-%Y",
  };
  for (const char* format : kDays) {
    date::year_month_day ymd;
    if (ParseAll(s, format, ymd)) {
      if (!ymd.ok() || !YearInRange(ymd.year())) continue;
      return FormatDay(ymd);
    }
  }
  static constexpr const char* kMonthsOfYears[] = {"%Y-%m", "%B %Y", "%B, %Y"};
  for (const char* format : kMonthsOfYears) {
    date::year_month ym;
    if (ParseAll(s, format, ym)) {
      if (!ym.ok() || !YearInRange(ym.year())) continue;
      return date::format("%Y-%m", ym);
    }
  }
  return std::nullopt;
}

bool IsNormalizedDate(std::string_view date) {
  // By hand, without a stream: every stored document's date is checked.
  static constexpr std::string_view kShape = "0000-00-00T00:00:00Z";
  if (date.size() != 4 && date.size() != 7 && date.size() != 10 && date.size() != 20) {
    return false;
  }
  for (size_t i = 0; i < date.size(); ++i) {
    if (kShape[i] == '0' ? !IsDigit(date[i]) : date[i] != kShape[i]) return false;
  }
  auto number = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) v = v * 10 + (date[i] - '0');
    return v;
  };
  const int year = number(0, 4);
  if (year < 1000) return false;
  if (date.size() == 4) return true;
  const unsigned month = static_cast<unsigned>(number(5, 2));
  if (month < 1 || month > 12) return false;
  if (date.size() == 7) return true;
  const date::year_month_day ymd{date::year{year}, date::month{month},
                                 date::day{static_cast<unsigned>(number(8, 2))}};
  if (!ymd.ok()) return false;
  if (date.size() == 10) return true;
  return number(11, 2) < 24 && number(14, 2) < 60 && number(17, 2) < 60;
}

std::optional<Dateline> ParseDateline(std::string_view written) {
  written = Trim(written);
  for (size_t comma = written.find(','); comma != std::string_view::npos;
       comma = written.find(',', comma + 1)) {
    const std::string_view place = Trim(written.substr(0, comma));
    // The wire services' convention: the place opens in capitals ("OSLO",
    // "NEW YORK", "PORTLAND, Ore.").
    size_t caps = 0;
    while (caps < place.size() && place[caps] >= 'A' && place[caps] <= 'Z') ++caps;
    const bool word_ends = caps == place.size() || !IsAsciiAlpha(place[caps]);
    if (place.size() > 60 || caps < 2 || !word_ends) return std::nullopt;
    bool place_ok = true;
    for (char c : place) {
      const bool ok = IsAsciiAlpha(c) || c == ' ' || c == '.' || c == ',' || c == '-' ||
                      c == '\'' || (static_cast<unsigned char>(c) & 0x80);
      place_ok = place_ok && ok;
    }
    if (!place_ok) return std::nullopt;
    const std::string rest = Canonical(written.substr(comma + 1));
    if (rest.empty() || rest.size() > 30) continue;
    Dateline d;
    d.written = std::string(written);
    date::year_month_day ymd;
    for (const char* format : {"%B %d, %Y", "%B %d %Y", "%d %B %Y", "%d %B, %Y"}) {
      if (ParseAll(rest, format, ymd) && ymd.ok() && YearInRange(ymd.year())) {
        d.year = static_cast<int>(ymd.year());
        d.month = static_cast<unsigned>(ymd.month());
        d.day = static_cast<unsigned>(ymd.day());
        return d;
      }
    }
    // No year: read it in a leap year, so that February 29 is a day.
    for (const char* format : {"%B %d %Y", "%d %B %Y"}) {
      if (ParseAll(rest + " 2000", format, ymd) && ymd.ok()) {
        d.month = static_cast<unsigned>(ymd.month());
        d.day = static_cast<unsigned>(ymd.day());
        return d;
      }
    }
  }
  return std::nullopt;
}

namespace {

std::optional<Dateline> DatelineOnLine(std::string_view text) {
  // The dash that ends it: "-", "--", an en or em dash, after a space or
  // the agency's parenthesis.
  size_t dash = std::string_view::npos;
  for (size_t i = 1; i < text.size(); ++i) {
    if (text[i - 1] != ' ' && text[i - 1] != ')') continue;
    const std::string_view at = text.substr(i);
    if (at.starts_with("-") || at.starts_with("\u2013") || at.starts_with("\u2014")) {
      dash = i;
      break;
    }
  }
  if (dash == std::string_view::npos) return std::nullopt;
  std::string_view head = Trim(text.substr(0, dash));
  if (head.ends_with(')')) {
    const size_t open = head.rfind('(');
    if (open == std::string_view::npos) return std::nullopt;
    head = Trim(head.substr(0, open));
  }
  return ParseDateline(head);
}

}  // namespace

std::optional<Dateline> FindDateline(std::string_view text) {
  // The first line, or the one after a headline: the first three lines that
  // hold anything, within the first 480 bytes.
  text = text.substr(0, std::min<size_t>(text.size(), 480));
  for (int lines = 0; lines < 3 && !Trim(text).empty(); ++lines) {
    text = Trim(text);
    const size_t end = text.find('\n');
    if (std::optional<Dateline> d = DatelineOnLine(text.substr(0, end))) return d;
    if (end == std::string_view::npos) break;
    text = text.substr(end + 1);
  }
  return std::nullopt;
}

std::optional<std::string> DocumentDater::Date(Document& doc, std::string_view date_field,
                                               std::string_view dateline_field) {
  doc.date.clear();
  doc.date_written.clear();
  doc.date_origin = DateOrigin::kNone;
  const std::string_view field = Trim(date_field);
  if (!field.empty()) {
    std::optional<std::string> iso = NormalizeDate(field);
    if (!iso) {
      doc.date_written = std::string(field);
      return "cannot read the date '" + std::string(field) +
             "' (write it as 2024-03-04, 2024-03-04T15:01:01Z, March 4, 2024 or an RFC 2822 "
             "date); the document is stored undated";
    }
    doc.date = *iso;
    if (*iso != field) doc.date_written = std::string(field);
    doc.date_origin = DateOrigin::kField;
    if (doc.date.size() >= 10) previous_ = doc.date;
    return std::nullopt;
  }
  std::optional<Dateline> line =
      Trim(dateline_field).empty() ? FindDateline(doc.text) : ParseDateline(dateline_field);
  if (!line) return std::nullopt;
  doc.date_written = line->written;
  const date::month m{line->month};
  const date::day d{line->day};
  if (line->year) {
    const date::year_month_day ymd{date::year{*line->year}, m, d};
    doc.date = FormatDay(ymd);
    doc.date_origin = DateOrigin::kDateline;
    previous_ = doc.date;
    return std::nullopt;
  }
  // No year, and nothing dated before it to take one from: undated, with
  // the dateline kept. Not a warning: no date was written that could not
  // be read, and a folder of such texts would warn on every one.
  date::year_month_day before;
  if (previous_.size() < 10 || !ParseAll(previous_.substr(0, 10), "%Y-%m-%d", before)) {
    return std::nullopt;
  }
  // The year that puts the day nearest the previous document's: a feed
  // read in order crosses a new year forwards.
  const date::sys_days then{before};
  std::optional<date::year_month_day> best;
  long best_gap = 0;
  for (int dy = -1; dy <= 1; ++dy) {
    const date::year_month_day candidate{before.year() + date::years{dy}, m, d};
    if (!candidate.ok()) continue;
    const long gap = std::labs((date::sys_days{candidate} - then).count());
    if (!best || gap < best_gap) {
      best = candidate;
      best_gap = gap;
    }
  }
  if (!best) return std::nullopt;  // February 29 with no leap year near
  doc.date = FormatDay(*best);
  doc.date_origin = DateOrigin::kDatelineYearOfPrevious;
  previous_ = doc.date;
  return std::nullopt;
}

std::optional<Period> ParsePeriod(std::string_view name) {
  if (name == "day") return Period::kDay;
  if (name == "week") return Period::kWeek;
  if (name == "month") return Period::kMonth;
  if (name == "year") return Period::kYear;
  return std::nullopt;
}

namespace {

std::string IsoWeekName(date::sys_days day) {
  const iso_week::year_weeknum_weekday w{day};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02u", static_cast<int>(w.year()),
                static_cast<unsigned>(w.weeknum()));
  return buf;
}

// The first day of a period from PeriodOf.
std::optional<date::sys_days> PeriodStart(const std::string& name, Period period) {
  switch (period) {
    case Period::kDay: {
      date::year_month_day ymd;
      if (!ParseAll(name, "%Y-%m-%d", ymd)) return std::nullopt;
      return date::sys_days{ymd};
    }
    case Period::kWeek: {
      if (name.size() != 8 || name[4] != '-' || name[5] != 'W') return std::nullopt;
      const int y = std::atoi(name.substr(0, 4).c_str());
      const unsigned wk = static_cast<unsigned>(std::atoi(name.substr(6).c_str()));
      const iso_week::year_weeknum_weekday w{iso_week::year{y}, iso_week::weeknum{wk},
                                             iso_week::mon};
      if (!w.ok()) return std::nullopt;
      return date::sys_days{w};
    }
    case Period::kMonth: {
      date::year_month ym;
      if (!ParseAll(name, "%Y-%m", ym)) return std::nullopt;
      return date::sys_days{ym / 1};
    }
    case Period::kYear: {
      if (name.size() != 4) return std::nullopt;
      return date::sys_days{date::year{std::atoi(name.c_str())} / 1 / 1};
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> PeriodOf(std::string_view date, Period period) {
  switch (period) {
    case Period::kYear:
      if (date.size() >= 4) return std::string(date.substr(0, 4));
      return std::nullopt;
    case Period::kMonth:
      if (date.size() >= 7) return std::string(date.substr(0, 7));
      return std::nullopt;
    case Period::kDay:
      if (date.size() >= 10) return std::string(date.substr(0, 10));
      return std::nullopt;
    case Period::kWeek: {
      if (date.size() < 10) return std::nullopt;
      date::year_month_day ymd;
      if (!ParseAll(std::string(date.substr(0, 10)), "%Y-%m-%d", ymd)) return std::nullopt;
      return IsoWeekName(date::sys_days{ymd});
    }
  }
  return std::nullopt;
}

std::vector<std::string> PeriodsBetween(const std::string& first, const std::string& last,
                                        Period period) {
  std::vector<std::string> out;
  std::optional<date::sys_days> at = PeriodStart(first, period);
  const std::optional<date::sys_days> end = PeriodStart(last, period);
  if (!at || !end) return out;
  while (*at <= *end) {
    switch (period) {
      case Period::kDay:
        out.push_back(date::format("%F", *at));
        *at += date::days{1};
        break;
      case Period::kWeek:
        out.push_back(IsoWeekName(*at));
        *at += date::days{7};
        break;
      case Period::kMonth: {
        const date::year_month_day ymd{*at};
        out.push_back(date::format("%Y-%m", ymd.year() / ymd.month()));
        *at = date::sys_days{(ymd.year() / ymd.month() + date::months{1}) / 1};
        break;
      }
      case Period::kYear: {
        const date::year_month_day ymd{*at};
        out.push_back(std::to_string(static_cast<int>(ymd.year())));
        *at = date::sys_days{(ymd.year() + date::years{1}) / 1 / 1};
        break;
      }
    }
  }
  return out;
}

void NormalizeDocumentDate(Document& doc) {
  if (doc.date.empty() || IsNormalizedDate(doc.date)) return;
  std::optional<std::string> iso = NormalizeDate(doc.date);
  if (doc.date_written.empty()) doc.date_written = doc.date;
  if (iso) {
    doc.date = *iso;
    if (doc.date_written == doc.date) doc.date_written.clear();
    if (doc.date_origin == DateOrigin::kNone) doc.date_origin = DateOrigin::kField;
  } else {
    doc.date.clear();
    doc.date_origin = DateOrigin::kNone;
  }
}

}  // namespace actorgraph
