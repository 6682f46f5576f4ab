// The files of the page `actorgraph serve` shows (web/) and Cytoscape.js,
// compiled in by serve/embed.cmake, so the binary serves them with no file
// beside it and no network.
#ifndef ACTORGRAPH_SERVE_ASSETS_H_
#define ACTORGRAPH_SERVE_ASSETS_H_

#include <string_view>
#include <vector>

namespace actorgraph {

struct Asset {
  std::string_view name;   // "index.html", "app.js", "style.css", "cytoscape.min.js", "LICENSE"
  std::string_view bytes;
};

const std::vector<Asset>& Assets();

// The asset called `name`, or nullptr.
const Asset* FindAsset(std::string_view name);

// Its Content-Type, by extension.
std::string_view ContentType(std::string_view name);

}  // namespace actorgraph

#endif  // ACTORGRAPH_SERVE_ASSETS_H_
