#include "export/dot_style.h"

#include <algorithm>
#include <cmath>

namespace actorgraph {

NodeStyle StyleOf(ActorType type) {
  switch (type) {
    case ActorType::kPerson: return {"ellipse", "#fde68a", "#92400e"};        // amber
    case ActorType::kCountry: return {"box", "#93c5fd", "#1e3a8a"};           // blue
    case ActorType::kLocation: return {"house", "#bbf7d0", "#14532d"};        // mint
    case ActorType::kAgency: return {"hexagon", "#f9a8d4", "#831843"};        // pink
    case ActorType::kOrganization: return {"component", "#ddd6fe", "#4c1d95"};  // lilac
    case ActorType::kGroup: return {"doubleoctagon", "#fed7aa", "#7c2d12"};   // orange
  }
  return {"ellipse", "#ffffff", "#000000"};
}

EdgeStyle StyleOf(RelationType type) {
  switch (type) {
    case RelationType::kAccuses: return {"#dc2626", "solid", "normal"};
    case RelationType::kCriticizes: return {"#ea580c", "solid", "empty"};
    case RelationType::kDenies: return {"#7c3aed", "dashed", "tee"};
    case RelationType::kQuotes: return {"#6b7280", "solid", "vee"};
    case RelationType::kAffiliatedWith: return {"#16a34a", "dotted", "odot"};
  }
  return {"#000000", "solid", "normal"};
}

const char* LegendLine(RelationType type) {
  switch (type) {
    case RelationType::kAccuses: return "\u2501\u2501\u25b6";
    case RelationType::kCriticizes: return "\u2501\u2501\u25b7";
    case RelationType::kDenies: return "\u254c\u254c\u2524";
    case RelationType::kQuotes: return "\u2501\u2501\u276d";
    case RelationType::kAffiliatedWith: return "\u2508\u2508\u25cb";
  }
  return "";
}

double PenWidth(uint32_t weight) {
  if (weight <= 1) return 1.0;
  return std::min(kMaxPenWidth, 1.0 + std::log2(static_cast<double>(weight)));
}

std::string EdgeLabel(RelationType type, uint32_t weight, uint32_t sources) {
  std::string label(RelationTypeName(type));
  if (weight > 1) label += " \xC3\x97" + std::to_string(weight);  // U+00D7
  if (sources > weight) label += " (" + std::to_string(sources) + " sources)";
  return label;
}

}  // namespace actorgraph
