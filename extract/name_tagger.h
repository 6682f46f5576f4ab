// NameTagger: a trained tagger that finds names in news text and gives each
// one of the CoNLL-2003 types (person, organisation, location, other).
//
// It is a greedy left-to-right classifier over BIO tags (a maximum-entropy
// Markov model): each token's tag is the best-scoring one of a linear model
// over features of the token, its neighbours, the two tags before it, the
// gazetteers the extractor already reads (iso-codes countries and
// subdivisions, known organisations, titles, census given names, the system
// word list) and the document (is the word also written in lowercase
// elsewhere in it?). The weights are learned with liblinear by
// train/train_name_tagger.cc from ../shared/dev/conll2003-train.jsonl
// (extract/models/README.md gives the command and figures).
//
// The model runs only where a name can be: capitalised words, and short
// lowercase words or "&" between two of them ("Bank of England"); every
// other token is outside a name without being scored.
//
// Features are 64-bit hashes of their template and text, so the model file
// is a table of (hash, weights) with no strings in it.
#ifndef ACTORGRAPH_EXTRACT_NAME_TAGGER_H_
#define ACTORGRAPH_EXTRACT_NAME_TAGGER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "extract/phrase_table.h"
#include "extract/tokenizer.h"
#include "model/status.h"

namespace actorgraph {

class Lexicons;

enum class NameType : uint8_t { kPerson, kOrganization, kLocation, kMisc };

// Labels: 0 is outside; 1 + 2 * type begins a name; 2 + 2 * type continues.
inline constexpr int kNameLabels = 9;
inline constexpr int kOutside = 0;
inline int BeginLabel(NameType t) { return 1 + 2 * static_cast<int>(t); }
inline int InsideLabel(NameType t) { return 2 + 2 * static_cast<int>(t); }
inline NameType LabelType(int label) { return static_cast<NameType>((label - 1) / 2); }
inline bool IsInside(int label) { return label > 0 && label % 2 == 0; }

struct NameSpan {
  uint32_t begin = 0;  // first token
  uint32_t end = 0;    // one past the last token
  NameType type = NameType::kPerson;
};

// Word clusters learned from raw news (train/word_clusters.py): words used
// alike share a cluster ("Oslo", "Ankara"), at two resolutions.
class WordClusters {
 public:
  // Reads "WORD<TAB>C64<TAB>C512" lines; the error names the file and line.
  static Result<std::unique_ptr<WordClusters>> Load(const std::string& path);
  // The word's clusters packed as c64 * 65536 + c512, or -1 when unknown.
  int Find(std::string_view word) const;

 private:
  // Open addressing on the word's 64-bit hash (one probe, no string to
  // compare; two of 40,000 words sharing a hash is a 1-in-10^10 event).
  struct Slot {
    uint64_t hash = 0;  // 0: empty
    int clusters = -1;
  };
  void Insert(uint64_t hash, int clusters);
  std::vector<Slot> slots_;
  size_t count_ = 0;
};

// Per-document feature extraction, shared by the tagger and its trainer so
// that both see exactly the same features.
class NameFeatures {
 public:
  NameFeatures(const TokenizedText& t, const Lexicons& lex, const WordClusters& clusters);

  // Tokens the model looks at (see the file comment).
  const std::vector<bool>& candidates() const { return candidate_; }

  // Appends the hashed features of token `i`, given the labels of the two
  // tokens before it (kOutside before a non-candidate).
  void Extract(size_t i, int prev1, int prev2, std::vector<uint64_t>* out) const;

 private:
  struct Gazette {
    uint8_t actor = 0;   // 1 + ActorType of a lexicon phrase covering the token
    uint8_t actor_pos = 0;  // 1 first token of it, 2 inside, 3 last
    bool title_before = false;  // a title phrase ends right before the token
  };
  const TokenizedText& t_;
  const Lexicons& lex_;
  std::vector<bool> candidate_;
  std::string_view Lower(size_t i) const {
    return std::string_view(lower_text_).substr(lower_begin_[i], lower_begin_[i + 1] - lower_begin_[i]);
  }
  std::string lower_text_;             // every token's text in ASCII lowercase
  std::vector<uint32_t> lower_begin_;  // where token i's starts; one more at the end
  std::vector<Gazette> gazette_;
  std::vector<uint64_t> lowercase_seen_;  // sorted hashes of words written in lowercase
  std::vector<uint32_t> run_begin_, run_end_;  // the run of candidates holding each token
  std::vector<int> cluster_;  // WordClusters::Find of candidates and their neighbours
  // The lexicons' answers for a word, asked once per distinct word of the
  // document (most names recur).
  struct WordInfo {
    char given = 0;  // 'm', 'f', 'u'; 0 when no given name
    char kinds = '0';  // Lexicons::WordKinds of the lowercase form
    char head = 0;     // 'a' agency, 'o' organisation head; 0 when none
    bool org_suffix = false, place_head = false, function_word = false, acronym = false;
    bool org_noun = false, org_follower = false;  // of the lowercase form
  };
  const WordInfo& Info(size_t i) const { return infos_[info_of_[i]]; }
  std::vector<uint32_t> info_of_;  // per candidate and neighbour: index into infos_
  std::vector<WordInfo> infos_;
};

class NameTagger {
 public:
  // Reads a model written by Save() and the word clusters beside it
  // (word_clusters.txt in the same directory); the error names the file.
  static Result<std::unique_ptr<NameTagger>> Load(const std::string& path);
  // A model from features and their weights (kNameLabels per feature).
  NameTagger(const std::vector<uint64_t>& features, const std::vector<float>& weights,
             std::unique_ptr<WordClusters> clusters);
  // The word clusters file that goes with the model at `model_path`.
  static std::string ClustersPath(const std::string& model_path);

  Status Save(const std::string& path) const;

  std::vector<NameSpan> Tag(const TokenizedText& t, const Lexicons& lex) const;


 private:
  NameTagger() = default;
  void Build(const std::vector<uint64_t>& features, const std::vector<float>& weights);
  // The weights of `feature`, or nullptr when the model does not know it.
  const float* Weights(uint64_t feature) const;

  // Open addressing with the weights beside their key, so that a lookup
  // touches one cache line; key 0 marks an empty row.
  struct Row {
    uint64_t key = 0;
    float weights[kNameLabels] = {};
  };
  size_t count_ = 0;
  uint64_t mask_ = 0;
  std::vector<Row> rows_;
  std::unique_ptr<WordClusters> clusters_;
};

// Makes the kinds of a document's names agree: a word opening an
// organisation's longer name is that organisation when tagged alone as a
// person ("Magna" after "Magna International"); then every name takes the
// kind most of its occurrences have (Tag() does both).
void OneSensePerDocument(const TokenizedText& t, std::vector<NameSpan>* spans);

// The default model: $ACTORGRAPH_MODELS/names.model, else the directory
// configured at build time (extract/models/).
std::string DefaultNameModelPath();

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_NAME_TAGGER_H_
