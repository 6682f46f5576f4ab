#include "store/keys.h"

#include <cstdint>

namespace actorgraph::keys {

namespace {

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '\'' || c >= 0x80;
}

void Append(std::string& key, std::string_view component) {
  key.append(component);
  key.push_back(kSep);
}

}  // namespace

std::string EncodeBigEndian32(uint32_t value) {
  std::string out(4, '\0');
  out[0] = static_cast<char>(value >> 24);
  out[1] = static_cast<char>(value >> 16);
  out[2] = static_cast<char>(value >> 8);
  out[3] = static_cast<char>(value);
  return out;
}

std::optional<uint32_t> DecodeBigEndian32(std::string_view bytes) {
  if (bytes.size() != 4) return std::nullopt;
  uint32_t value = 0;
  for (unsigned char c : bytes) value = (value << 8) | c;
  return value;
}

std::string ToLowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::vector<std::string> NameWords(std::string_view name) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && !IsWordByte(name[i])) ++i;
    size_t start = i;
    while (i < name.size() && IsWordByte(name[i])) ++i;
    if (i > start) words.push_back(ToLowerAscii(name.substr(start, i - start)));
  }
  return words;
}

std::string Prefix(std::string_view id) {
  std::string key;
  Append(key, id);
  return key;
}

std::string PostingKey(std::string_view actor_id, std::string_view doc_id) {
  std::string key;
  Append(key, actor_id);
  key.append(doc_id);
  return key;
}

std::string AliasKey(std::string_view lower_alias, std::string_view actor_id) {
  return PostingKey(lower_alias, actor_id);
}

std::string NameWordKey(std::string_view lower_word, std::string_view actor_id) {
  return PostingKey(lower_word, actor_id);
}

std::string QuoteKey(std::string_view speaker_id, std::string_view date,
                     std::string_view doc_id, uint32_t start) {
  std::string key;
  Append(key, speaker_id);
  Append(key, date);
  Append(key, doc_id);
  key.append(EncodeBigEndian32(start));
  return key;
}

std::optional<std::string_view> QuoteKeyDate(std::string_view key) {
  const std::vector<std::string_view> parts = SplitKey(key, 4);
  if (parts.size() != 4) return std::nullopt;
  return parts[1];
}

std::string EdgeKey(RelationType type, std::string_view source, std::string_view target) {
  std::string key;
  Append(key, RelationTypeName(type));
  Append(key, source);
  key.append(target);
  return key;
}

std::string CanonNameKey(std::string_view folded) {
  std::string key = "n";
  key += kSep;
  key.append(folded);
  return key;
}

std::string CanonSurnameKey(std::string_view surname) {
  std::string key = "s";
  key += kSep;
  key.append(surname);
  return key;
}

std::string EncodeCanonEntries(const std::vector<CanonEntry>& entries) {
  std::string out;
  for (const CanonEntry& e : entries) {
    if (!out.empty()) out += kSep;
    out += e.kind;
    out += e.id;
  }
  return out;
}

std::optional<std::vector<CanonEntry>> DecodeCanonEntries(std::string_view bytes) {
  std::vector<CanonEntry> out;
  if (bytes.empty()) return out;
  for (std::string_view part : SplitKey(bytes, SIZE_MAX)) {
    if (part.size() < 2 ||
        (part[0] != kCanonName && part[0] != kCanonCompany && part[0] != kCanonAlias &&
         part[0] != kCanonMany)) {
      return std::nullopt;
    }
    out.push_back({std::string(part.substr(1)), part[0]});
  }
  return out;
}

std::string MergeKey(std::string_view to, std::string_view from, std::string_view doc_id) {
  std::string key;
  Append(key, to);
  Append(key, from);
  key.append(doc_id);
  return key;
}

std::string EncodeMerge(const ActorMerge& merge) {
  std::string out(1, static_cast<char>(merge.reason));
  out += merge.name;
  return out;
}

std::optional<std::pair<MergeReason, std::string>> DecodeMerge(std::string_view bytes) {
  if (bytes.empty() || static_cast<unsigned char>(bytes[0]) >
                           static_cast<unsigned char>(MergeReason::kUserRule)) {
    return std::nullopt;
  }
  return std::pair(static_cast<MergeReason>(bytes[0]), std::string(bytes.substr(1)));
}

std::string EncodeEdgeCounts(const EdgeSums& sums) {
  return EncodeBigEndian32(sums.statements) + EncodeBigEndian32(sums.documents) +
         EncodeBigEndian32(sums.claims);
}

std::optional<EdgeSums> DecodeEdgeCounts(std::string_view bytes) {
  if (bytes.size() != 12) return std::nullopt;
  return EdgeSums{*DecodeBigEndian32(bytes.substr(0, 4)), *DecodeBigEndian32(bytes.substr(4, 4)),
                  *DecodeBigEndian32(bytes.substr(8))};
}

std::string EncodeBigEndian64(uint64_t value) {
  return EncodeBigEndian32(static_cast<uint32_t>(value >> 32)) +
         EncodeBigEndian32(static_cast<uint32_t>(value));
}

std::optional<uint64_t> DecodeBigEndian64(std::string_view bytes) {
  if (bytes.size() < 8) return std::nullopt;
  return (uint64_t{*DecodeBigEndian32(bytes.substr(0, 4))} << 32) |
         *DecodeBigEndian32(bytes.substr(4, 4));
}

std::string EdgeClaimKey(std::string_view edge_key, uint64_t claim) {
  std::string key(edge_key);
  key.push_back(kSep);
  return key + EncodeBigEndian64(claim);
}

std::string ClaimTextKey(uint64_t exact_id) {
  return std::string("t") + kSep + EncodeBigEndian64(exact_id);
}

std::string ClaimBandKey(uint64_t band) {
  return std::string("b") + kSep + EncodeBigEndian64(band);
}

std::string RelationKey(RelationType type, std::string_view source,
                        std::string_view target, std::string_view doc_id,
                        uint32_t start) {
  std::string key;
  Append(key, RelationTypeName(type));
  Append(key, source);
  Append(key, target);
  Append(key, doc_id);
  key.append(EncodeBigEndian32(start));
  return key;
}

std::vector<std::string_view> SplitKey(std::string_view key, size_t max_parts) {
  std::vector<std::string_view> parts;
  while (parts.size() + 1 < max_parts) {
    size_t sep = key.find(kSep);
    if (sep == std::string_view::npos) break;
    parts.push_back(key.substr(0, sep));
    key.remove_prefix(sep + 1);
  }
  parts.push_back(key);
  return parts;
}

}  // namespace actorgraph::keys
