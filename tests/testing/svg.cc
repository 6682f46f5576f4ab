#include "tests/testing/svg.h"

#include <cstdlib>
#include <optional>

namespace actorgraph::testing {

namespace {

// The text between `open` and `close` after `*at`, moving `*at` past it;
// nullopt when there is none.
std::optional<std::string> Next(std::string_view s, size_t* at, std::string_view open,
                                std::string_view close) {
  const size_t start = s.find(open, *at);
  if (start == std::string_view::npos) return std::nullopt;
  const size_t end = s.find(close, start + open.size());
  if (end == std::string_view::npos) return std::nullopt;
  *at = end + close.size();
  return std::string(s.substr(start + open.size(), end - start - open.size()));
}

double Attribute(const std::string& element, const std::string& name) {
  const std::string key = " " + name + "=\"";
  const size_t at = element.find(key);
  return at == std::string::npos ? 0 : std::atof(element.c_str() + at + key.size());
}

}  // namespace

std::string SvgUnescape(std::string_view s) {
  static const std::map<std::string, std::string, std::less<>> kNamed = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}};
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const size_t end = s.find(';', i);
    if (s[i] != '&' || end == std::string_view::npos) {
      out += s[i];
      continue;
    }
    const std::string name(s.substr(i + 1, end - i - 1));
    if (!name.empty() && name[0] == '#') {
      out += static_cast<char>(std::atoi(name.c_str() + 1));
    } else {
      auto it = kNamed.find(name);
      out += it == kNamed.end() ? "&" + name + ";" : it->second;
    }
    i = end;
  }
  return out;
}

std::map<std::string, SvgNode> SvgNodes(const std::string& svg) {
  std::map<std::string, SvgNode> nodes;
  for (size_t at = svg.find("<g id=\"node"); at != std::string::npos;
       at = svg.find("<g id=\"node", at)) {
    const std::string_view chunk = std::string_view(svg).substr(at, svg.find("<!--", at) - at);
    at += chunk.size();
    size_t i = 0;
    std::optional<std::string> name = Next(chunk, &i, "<title>", "</title>");
    if (!name) continue;
    SvgNode& node = nodes[SvgUnescape(*name)];
    if (auto tooltip = Next(chunk, &i, "xlink:title=\"", "\"")) node.tooltip = SvgUnescape(*tooltip);
    while (auto text = Next(chunk, &i, "<text ", "</text>")) {
      if (node.texts.empty()) {
        node.x = Attribute(*text, "x");
        node.y = Attribute(*text, "y");
      }
      node.texts.push_back(SvgUnescape(text->substr(text->find('>') + 1)));
    }
  }
  return nodes;
}

std::string Joined(const std::vector<std::string>& texts) {
  std::string out;
  for (const std::string& t : texts) out += (out.empty() ? "" : " | ") + t;
  return out;
}

}  // namespace actorgraph::testing
