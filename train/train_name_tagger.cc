// train_name_tagger: learns the name tagger's weights (extract/name_tagger.h).
//
//   train_name_tagger --train conll2003-train.jsonl --dev conll2003-testa.jsonl
//                     --out extract/models/names.model [--c 0.1] [--min-count 2]
//
// Each input line is a document: {"id", "text", "entities": [{"start",
// "end", "type"}]}, offsets in Unicode code points, types PER, ORG, LOC,
// MISC. Texts are tokenized by the extractor's own tokenizer; a gold name
// covers the tokens inside its span. Every candidate token of the training
// file (NameFeatures::candidates) is one example, with the gold labels of
// the two tokens before it as its context (the tagger uses its own). The
// weights come from liblinear's L2-regularised logistic regression (dual
// solver), one-vs-rest; features seen fewer than --min-count times are
// dropped. The model is then scored on the --dev file exactly as the
// extractor will run it, and written to --out.
#include <linear.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/extractor.h"
#include "extract/lexicons.h"
#include "extract/name_tagger.h"
#include "extract/tokenizer.h"

namespace actorgraph {
namespace {

struct GoldName {
  uint32_t start = 0, end = 0;  // bytes
  NameType type = NameType::kPerson;
};

struct Doc {
  std::string text;
  std::vector<GoldName> names;
};

bool ParseType(const std::string& s, NameType* t) {
  if (s == "PER") *t = NameType::kPerson;
  else if (s == "ORG") *t = NameType::kOrganization;
  else if (s == "LOC") *t = NameType::kLocation;
  else if (s == "MISC") *t = NameType::kMisc;
  else return false;
  return true;
}

std::vector<Doc> ReadDocs(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "train_name_tagger: cannot open " << path << "\n";
    std::exit(1);
  }
  std::vector<Doc> docs;
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text")) {
      std::cerr << "train_name_tagger: " << path << ":" << line_no << ": not a document\n";
      std::exit(1);
    }
    try {
      Doc d;
      d.text = j["text"].get<std::string>();
      // Code point -> byte offsets.
      std::vector<uint32_t> byte_at;
      for (uint32_t b = 0; b < d.text.size(); ++b) {
        if ((static_cast<unsigned char>(d.text[b]) & 0xC0) != 0x80) byte_at.push_back(b);
      }
      byte_at.push_back(static_cast<uint32_t>(d.text.size()));
      for (const auto& e : j.value("entities", nlohmann::json::array())) {
        GoldName g;
        uint32_t s = e["start"].get<uint32_t>(), t = e["end"].get<uint32_t>();
        if (s >= byte_at.size() || t >= byte_at.size() ||
            !ParseType(e["type"].get<std::string>(), &g.type)) {
          continue;
        }
        g.start = byte_at[s];
        g.end = byte_at[t];
        d.names.push_back(g);
      }
      docs.push_back(std::move(d));
    } catch (const nlohmann::json::exception& e) {
      std::cerr << "train_name_tagger: " << path << ":" << line_no << ": " << e.what() << "\n";
      std::exit(1);
    }
  }
  return docs;
}

// Gold labels per token, and gold names as token spans (those that do not
// fall on token boundaries are counted by `unaligned`).
std::vector<int> GoldLabels(const TokenizedText& t, const Doc& d, std::vector<NameSpan>* spans,
                            size_t* unaligned) {
  std::vector<int> labels(t.tokens.size(), kOutside);
  for (const GoldName& g : d.names) {
    auto first = std::lower_bound(t.tokens.begin(), t.tokens.end(), g.start,
                                  [](const Token& tok, uint32_t s) { return tok.start < s; });
    size_t b = static_cast<size_t>(first - t.tokens.begin());
    size_t e = b;
    while (e < t.tokens.size() && t.tokens[e].end <= g.end) ++e;
    if (b == e || t.tokens[b].start != g.start || t.tokens[e - 1].end != g.end) {
      ++*unaligned;
      continue;
    }
    labels[b] = BeginLabel(g.type);
    for (size_t k = b + 1; k < e; ++k) labels[k] = InsideLabel(g.type);
    spans->push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e), g.type});
  }
  return labels;
}

const char* const kTypeNames[] = {"PER", "ORG", "LOC", "MISC"};

struct Score {
  size_t tp = 0, fp = 0, fn = 0;
  double P() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
  double R() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
  double F() const { return P() + R() > 0 ? 2 * P() * R() / (P() + R()) : 0; }
};

void Evaluate(const NameTagger& tagger, const Lexicons& lex, const std::vector<Doc>& dev,
              const std::string& title, bool show_errors) {
  std::map<NameType, Score> by_type;
  Score main_types, all;
  for (const Doc& d : dev) {
    TokenizedText t = Tokenize(d.text);
    std::vector<NameSpan> gold;
    size_t unaligned = 0;
    GoldLabels(t, d, &gold, &unaligned);
    std::vector<NameSpan> found = tagger.Tag(t, lex);
    auto key = [](const NameSpan& s) {
      return (uint64_t{s.begin} << 34) | (uint64_t{s.end} << 2) | static_cast<uint64_t>(s.type);
    };
    std::vector<uint64_t> g, f;
    for (const NameSpan& s : gold) g.push_back(key(s));
    for (const NameSpan& s : found) f.push_back(key(s));
    std::sort(g.begin(), g.end());
    std::sort(f.begin(), f.end());
    for (uint64_t k : g) {
      Score& s = by_type[static_cast<NameType>(k & 3)];
      (std::binary_search(f.begin(), f.end(), k) ? s.tp : s.fn)++;
    }
    for (uint64_t k : f) {
      if (!std::binary_search(g.begin(), g.end(), k)) by_type[static_cast<NameType>(k & 3)].fp++;
    }
    by_type[NameType::kPerson].fn += unaligned;  // never happens on CoNLL; counted, not hidden
    if (show_errors) {
      auto text = [&](uint64_t k) {
        auto b = static_cast<uint32_t>(k >> 34);
        auto e = static_cast<uint32_t>((k >> 2) & 0xFFFFFFFF);
        return std::string(
            d.text.substr(t.tokens[b].start, t.tokens[e - 1].end - t.tokens[b].start));
      };
      for (uint64_t k : f) {
        if (!std::binary_search(g.begin(), g.end(), k)) {
          std::printf("FP %s\t%s\n", kTypeNames[k & 3], text(k).c_str());
        }
      }
      for (uint64_t k : g) {
        if (!std::binary_search(f.begin(), f.end(), k)) {
          std::printf("FN %s\t%s\n", kTypeNames[k & 3], text(k).c_str());
        }
      }
    }
  }
  std::printf("%s: %zu documents\n", title.c_str(), dev.size());
  std::printf("%-14s %6s %6s %6s %7s %7s %7s\n", "", "tp", "fp", "fn", "P", "R", "F1");
  auto row = [](const char* name, const Score& s) {
    std::printf("%-14s %6zu %6zu %6zu %7.3f %7.3f %7.3f\n", name, s.tp, s.fp, s.fn, s.P(), s.R(),
                s.F());
  };
  for (auto& [type, s] : by_type) {
    row(kTypeNames[static_cast<int>(type)], s);
    all.tp += s.tp, all.fp += s.fp, all.fn += s.fn;
    if (type != NameType::kMisc) {
      main_types.tp += s.tp, main_types.fp += s.fp, main_types.fn += s.fn;
    }
  }
  row("PER+ORG+LOC", main_types);
  row("all", all);
}

int Main(int argc, char** argv) {
  std::string train_path, dev_path, out_path;
  double c = 0.1;
  int min_count = 2;
  std::string clusters_path = NameTagger::ClustersPath(DefaultNameModelPath());
  bool show_errors = false;
  for (int a = 1; a < argc; ++a) {
    std::string arg = argv[a];
    auto next = [&]() -> std::string {
      if (a + 1 >= argc) {
        std::cerr << "train_name_tagger: " << arg << " needs a value\n";
        std::exit(2);
      }
      return argv[++a];
    };
    if (arg == "--train") train_path = next();
    else if (arg == "--dev") dev_path = next();
    else if (arg == "--out") out_path = next();
    else if (arg == "--c") c = std::stod(next());
    else if (arg == "--min-count") min_count = std::stoi(next());
    else if (arg == "--clusters") clusters_path = next();
    else if (arg == "--errors") show_errors = true;
    else {
      std::cerr << "usage: train_name_tagger --train FILE --dev FILE [--out MODEL] [--c C] "
                   "[--min-count N] [--clusters FILE]\n";
      return 2;
    }
  }
  if (train_path.empty() || dev_path.empty()) {
    std::cerr << "train_name_tagger: --train and --dev are required\n";
    return 2;
  }
  Result<std::unique_ptr<Lexicons>> lex_or = Lexicons::Load(DefaultLexiconDir(), DefaultIsoCodesDir());
  if (!lex_or.ok()) {
    std::cerr << "train_name_tagger: " << lex_or.status().message() << "\n";
    return 1;
  }
  const Lexicons& lex = *lex_or.value();
  Result<std::unique_ptr<WordClusters>> clusters_or = WordClusters::Load(clusters_path);
  if (!clusters_or.ok()) {
    std::cerr << "train_name_tagger: " << clusters_or.status().message() << "\n";
    return 1;
  }
  std::unique_ptr<WordClusters> clusters_owned = std::move(clusters_or).value();
  const WordClusters& clusters = *clusters_owned;

  // Examples: hashed features per candidate token.
  std::vector<Doc> train_docs = ReadDocs(train_path);
  std::vector<std::vector<uint64_t>> examples;
  std::vector<int> ys;
  size_t unaligned = 0, gold_tokens = 0, gold_outside = 0;
  for (const Doc& d : train_docs) {
    TokenizedText t = Tokenize(d.text);
    std::vector<NameSpan> spans;
    std::vector<int> labels = GoldLabels(t, d, &spans, &unaligned);
    NameFeatures features(t, lex, clusters);
    const std::vector<bool>& cand = features.candidates();
    for (size_t i = 0; i < t.tokens.size(); ++i) {
      if (labels[i] != kOutside) {
        ++gold_tokens;
        if (!cand[i]) ++gold_outside;
      }
      if (!cand[i]) continue;
      int p1 = i > 0 && cand[i - 1] ? labels[i - 1] : kOutside;
      int p2 = i > 1 && cand[i - 1] && cand[i - 2] ? labels[i - 2] : kOutside;
      std::vector<uint64_t> f;
      features.Extract(i, p1, p2, &f);
      std::sort(f.begin(), f.end());
      f.erase(std::unique(f.begin(), f.end()), f.end());
      examples.push_back(std::move(f));
      ys.push_back(labels[i]);
    }
  }
  std::printf("train: %zu documents, %zu examples; %zu of %zu name tokens not candidates, %zu "
              "names off token boundaries\n",
              train_docs.size(), examples.size(), gold_outside, gold_tokens, unaligned);

  std::unordered_map<uint64_t, int> counts;
  for (const auto& f : examples) {
    for (uint64_t h : f) ++counts[h];
  }
  std::unordered_map<uint64_t, int> index;  // feature -> 1-based liblinear index
  std::vector<uint64_t> features;
  for (const auto& [h, n] : counts) {
    if (n >= min_count) {
      features.push_back(h);
    }
  }
  std::sort(features.begin(), features.end());
  for (size_t k = 0; k < features.size(); ++k) index[features[k]] = static_cast<int>(k + 1);
  std::printf("features: %zu seen, %zu kept (seen %d times or more)\n", counts.size(),
              features.size(), min_count);

  std::vector<std::vector<feature_node>> rows(examples.size());
  std::vector<feature_node*> xs(examples.size());
  std::vector<double> y(examples.size());
  for (size_t e = 0; e < examples.size(); ++e) {
    for (uint64_t h : examples[e]) {
      auto it = index.find(h);
      if (it != index.end()) rows[e].push_back({it->second, 1.0});
    }
    std::sort(rows[e].begin(), rows[e].end(),
              [](const feature_node& a, const feature_node& b) { return a.index < b.index; });
    rows[e].push_back({-1, 0.0});
    xs[e] = rows[e].data();
    y[e] = ys[e];
  }
  problem prob{};
  prob.l = static_cast<int>(examples.size());
  prob.n = static_cast<int>(features.size());
  prob.y = y.data();
  prob.x = xs.data();
  prob.bias = -1;
  parameter param{};
  param.solver_type = L2R_LR_DUAL;
  param.C = c;
  param.eps = 0.1;
  if (const char* err = check_parameter(&prob, &param)) {
    std::cerr << "train_name_tagger: " << err << "\n";
    return 1;
  }
  set_print_string_function([](const char*) {});
  model* m = ::train(&prob, &param);
  int nr_class = get_nr_class(m);
  std::vector<int> label_of(nr_class);
  get_labels(m, label_of.data());
  std::vector<float> weights(features.size() * kNameLabels, 0.0f);
  for (size_t k = 0; k < features.size(); ++k) {
    for (int ci = 0; ci < nr_class; ++ci) {
      weights[k * kNameLabels + label_of[ci]] =
          static_cast<float>(get_decfun_coef(m, static_cast<int>(k + 1), ci));
    }
  }
  free_and_destroy_model(&m);
  // Labels never seen in training must never win.
  std::vector<bool> seen(kNameLabels, false);
  for (int l : ys) seen[l] = true;
  // Drop features whose weights are all near zero.
  std::vector<uint64_t> kept;
  std::vector<float> kept_weights;
  for (size_t k = 0; k < features.size(); ++k) {
    float max_abs = 0;
    for (int l = 0; l < kNameLabels; ++l) max_abs = std::max(max_abs, std::abs(weights[k * kNameLabels + l]));
    if (max_abs < 1e-4f) continue;
    kept.push_back(features[k]);
    kept_weights.insert(kept_weights.end(), weights.begin() + k * kNameLabels,
                        weights.begin() + (k + 1) * kNameLabels);
  }
  NameTagger tagger(kept, kept_weights, std::move(clusters_owned));
  std::printf("model: %zu features with weights (C %.3g)\n", kept.size(), c);

  // Score on the tuning file, as the extractor runs the tagger: the
  // documents on lines 5, 10, 15 ... are the held-out fifth (never used to
  // choose --c or features), the rest the tuning part.
  std::vector<Doc> dev = ReadDocs(dev_path);
  std::vector<Doc> tune, held_out;
  for (size_t k = 0; k < dev.size(); ++k) ((k + 1) % 5 == 0 ? held_out : tune).push_back(dev[k]);
  Evaluate(tagger, lex, tune, dev_path + ", tuning four fifths", show_errors);
  Evaluate(tagger, lex, held_out, dev_path + ", held-out fifth (lines 5, 10, ...)", false);

  if (!out_path.empty()) {
    Status s = tagger.Save(out_path);
    if (!s.ok()) {
      std::cerr << "train_name_tagger: " << s.message() << "\n";
      return 1;
    }
    // The model reads its word clusters from beside it.
    std::string beside = NameTagger::ClustersPath(out_path);
    if (std::filesystem::weakly_canonical(beside) != std::filesystem::weakly_canonical(clusters_path)) {
      std::filesystem::copy_file(clusters_path, beside,
                                 std::filesystem::copy_options::overwrite_existing);
    }
    std::ifstream sized(out_path, std::ios::binary | std::ios::ate);
    std::printf("wrote %s (%lld bytes)\n", out_path.c_str(), static_cast<long long>(sized.tellg()));
  }
  return 0;
}

}  // namespace
}  // namespace actorgraph

int main(int argc, char** argv) { return actorgraph::Main(argc, argv); }
