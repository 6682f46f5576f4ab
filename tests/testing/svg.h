// Reading back the SVG that gvc writes, for tests of pictures.
#ifndef ACTORGRAPH_TESTS_TESTING_SVG_H_
#define ACTORGRAPH_TESTS_TESTING_SVG_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph::testing {

// One node of the picture: its tooltip and the texts drawn in it, with
// where the first one is (SVG's y grows downwards). Text is unescaped.
struct SvgNode {
  std::string tooltip;
  std::vector<std::string> texts;
  double x = 0, y = 0;
};

// Every node by name. gvc writes each as `<g id="nodeN" class="node">`
// holding `<title>NAME</title>`, up to the comment opening the next.
std::map<std::string, SvgNode> SvgNodes(const std::string& svg);

// XML text as written by gvc (named entities, "&#45;" for '-', "&#10;"
// for a newline; numeric ones are ASCII) as the text it stands for.
std::string SvgUnescape(std::string_view s);

// The texts joined with " | ".
std::string Joined(const std::vector<std::string>& texts);

}  // namespace actorgraph::testing

#endif  // ACTORGRAPH_TESTS_TESTING_SVG_H_
