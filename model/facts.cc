#include "model/facts.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

#include "model/status.h"

namespace actorgraph {

namespace {
constexpr std::string_view kActorTypeNames[] = {"person", "country", "location",
                                                "agency", "organization", "group"};
constexpr std::string_view kRelationTypeNames[] = {"accuses", "denies", "quotes",
                                                   "affiliated_with", "criticizes"};
constexpr std::string_view kDateOriginNames[] = {"", "field", "dateline",
                                                 "dateline, year of the previous document"};
}  // namespace

std::string_view DateOriginName(DateOrigin origin) {
  return kDateOriginNames[static_cast<int>(origin)];
}

std::optional<DateOrigin> ParseDateOrigin(std::string_view name) {
  for (int i = 0; i < 4; ++i) {
    if (kDateOriginNames[i] == name) return static_cast<DateOrigin>(i);
  }
  return std::nullopt;
}

std::string_view MergeReasonName(MergeReason reason) {
  static constexpr std::string_view kNames[] = {"name", "country", "alias", "surname", "user"};
  return kNames[static_cast<int>(reason)];
}

std::string_view ActorTypeName(ActorType type) {
  return kActorTypeNames[static_cast<int>(type)];
}

std::optional<ActorType> ParseActorType(std::string_view name) {
  for (ActorType t : kAllActorTypes) {
    if (ActorTypeName(t) == name) return t;
  }
  return std::nullopt;
}

std::string_view RelationTypeName(RelationType type) {
  return kRelationTypeNames[static_cast<int>(type)];
}

std::optional<RelationType> ParseRelationType(std::string_view name) {
  for (RelationType t : kAllRelationTypes) {
    if (RelationTypeName(t) == name) return t;
  }
  return std::nullopt;
}

std::string_view PloverCategory(std::string_view cameo) {
  if (cameo.starts_with("11")) return "ACCUSE";
  if (cameo == "016") return "REJECT";
  return "";
}

std::string_view DefaultCameoCode(RelationType type) {
  switch (type) {
    case RelationType::kAccuses: return "112";
    case RelationType::kCriticizes: return "111";
    case RelationType::kDenies: return "016";
    case RelationType::kQuotes: return "010";
    case RelationType::kAffiliatedWith: return "";
  }
  return "";
}

uint64_t ContentHash(std::string_view text) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string Status::ToString() const {
  switch (code_) {
    case Code::kOk: return "OK";
    case Code::kInvalidArgument: return "invalid argument: " + message_;
    case Code::kNotFound: return "not found: " + message_;
    case Code::kCorruption: return "corruption: " + message_;
    case Code::kIOError: return "I/O error: " + message_;
  }
  return message_;
}

std::vector<EdgeCount> DocumentEdges(const DocumentFacts& facts) {
  // Accused -> its accusers in this document, each once.
  std::map<std::string_view, std::set<std::string_view>> accusers;
  for (const Relation& r : facts.relations) {
    if (r.type == RelationType::kAccuses && !r.target.empty() && r.source != r.target) {
      accusers[r.target].insert(r.source);
    }
  }
  // Each edge's statements, by their claims.
  std::map<std::tuple<RelationType, std::string_view, std::string_view>, std::vector<uint64_t>>
      statements;
  for (const Relation& r : facts.relations) {
    if (!r.target.empty()) {
      statements[{r.type, r.source, r.target}].push_back(r.claim);
    } else if (r.type == RelationType::kDenies) {
      // "Both deny any involvement": the denial answers whoever accused the
      // denier in this document.
      auto it = accusers.find(r.source);
      if (it == accusers.end()) continue;
      for (std::string_view accuser : it->second) {
        statements[{RelationType::kDenies, r.source, accuser}].push_back(r.claim);
      }
    }
  }
  std::vector<EdgeCount> out;
  out.reserve(statements.size());
  for (auto& [key, claims] : statements) {
    EdgeCount e{std::get<0>(key), std::string(std::get<1>(key)), std::string(std::get<2>(key)),
                static_cast<uint32_t>(claims.size()), 1, CountClaims(claims)};
    for (uint64_t c : claims) {
      if (c != 0) e.claim_ids.push_back(c);
    }
    std::sort(e.claim_ids.begin(), e.claim_ids.end());
    e.claim_ids.erase(std::unique(e.claim_ids.begin(), e.claim_ids.end()), e.claim_ids.end());
    out.push_back(std::move(e));
  }
  return out;
}

uint32_t CountClaims(std::vector<uint64_t> claims) {
  std::sort(claims.begin(), claims.end());
  uint32_t n = 0;
  for (size_t i = 0; i < claims.size(); ++i) {
    if (claims[i] == 0 || i == 0 || claims[i] != claims[i - 1]) ++n;
  }
  return n;
}

}  // namespace actorgraph
