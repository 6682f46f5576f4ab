#!/usr/bin/python3
"""Word clusters for the name tagger, learned from raw news.

    train/word_clusters.py [--out extract/models/word_clusters.txt]

Reads the texts of ../shared/corpus/reuters21578.jsonl, ../shared/corpus/bbc.jsonl
and ../shared/dev/polnear-train.jsonl (no annotation is read), learns word
vectors with gensim's word2vec (Debian's python3-gensim) and groups the words
into 64 and into 512 clusters with k-means (python3-sklearn). Words of one
cluster are used alike ("Moscow", "Oslo", "Ankara"), so a name the tagger
never saw in training shares features with those it did. Every setting is
fixed, so the same input gives the same file.

Output: one line per word seen at least 3 times, "WORD<TAB>C64<TAB>C512".
"""
import argparse
import json
import os
import re
import sys
import zlib

import numpy as np
from gensim.models import Word2Vec
from sklearn.cluster import KMeans

# Like extract/tokenizer.h: "U.S." and "ex-minister" are one word, "'s" its own.
TOKEN = re.compile(r"[A-Za-z]\.(?:[A-Za-z]\.)+|\w+(?:[-']\w+)*|'s|[^\w\s]")


def sentences(paths):
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                text = json.loads(line).get("text", "")
                for para in text.split("\n"):
                    words = TOKEN.findall(para)
                    if words:
                        yield words


def stable_hash(s):
    return zlib.crc32(s.encode("utf-8"))


def main():
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    shared = os.environ.get("SHARED", os.path.join(repo, "..", "shared"))
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(repo, "extract", "models", "word_clusters.txt"))
    args = ap.parse_args()
    paths = [os.path.join(shared, p) for p in ("corpus/reuters21578.jsonl", "corpus/bbc.jsonl",
                                               "dev/polnear-train.jsonl")]
    corpus = list(sentences(paths))
    print(f"{len(corpus)} paragraphs, {sum(map(len, corpus))} tokens", file=sys.stderr)
    model = Word2Vec(corpus, vector_size=64, window=5, min_count=3, workers=1, seed=1,
                     epochs=5, hashfxn=stable_hash)
    words = sorted(model.wv.index_to_key)
    vectors = np.array([model.wv[w] for w in words])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    columns = []
    for k in (64, 512):
        km = KMeans(n_clusters=k, random_state=1, n_init=1, max_iter=50).fit(vectors)
        columns.append(km.labels_)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# word clusters for extract/name_tagger.h; made by train/word_clusters.py\n")
        for i, w in enumerate(words):
            if "\t" in w:
                continue
            out.write(f"{w}\t{columns[0][i]}\t{columns[1][i]}\n")
    print(f"wrote {args.out}: {len(words)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
