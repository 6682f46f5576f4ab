// Hand-built Cap'n Proto messages for tests of hostile input: what no writer
// produces, so only raw words can make it.
#ifndef ACTORGRAPH_TESTS_TESTING_PACKED_WORDS_H_
#define ACTORGRAPH_TESTS_TESTING_PACKED_WORDS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace actorgraph::testing {

// Packs unpacked message words (segment table first) the way
// capnp::writePackedMessage would, one word at a time.
inline std::string PackedWords(const std::vector<uint64_t>& words) {
  std::string out;
  for (uint64_t w : words) {
    unsigned char tag = 0;
    std::string nonzero;
    for (int b = 0; b < 8; ++b) {
      unsigned char byte = static_cast<unsigned char>(w >> (8 * b));
      if (byte != 0) tag |= static_cast<unsigned char>(1 << b), nonzero += static_cast<char>(byte);
    }
    out += static_cast<char>(tag);
    out += nonzero;
    if (tag == 0 || tag == 0xff) out += '\0';  // a run of no further words
  }
  return out;
}

// A Graph of schema version 1 whose first list claims `elements` empty
// structs: a few bytes, however many elements.
inline std::string EmptyElementGraph(uint64_t elements) {
  const uint64_t root = uint64_t{1} << 32 | uint64_t{5} << 48;  // struct: 1 data, 5 ptrs
  const uint64_t list = 1 | 4 << 2 | uint64_t{7} << 32;         // inline composite, +4
  const uint64_t tag = elements << 2;                           // N elements of 0 words
  return PackedWords({uint64_t{8} << 32, root, 1, list, 0, 0, 0, 0, tag});
}

}  // namespace actorgraph::testing

#endif  // ACTORGRAPH_TESTS_TESTING_PACKED_WORDS_H_
