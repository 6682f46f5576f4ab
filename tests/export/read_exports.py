#!/usr/bin/python3
"""Reads actorgraph exports back with the consumers users load them into, and
prints what was read as JSON for tests/export/*_test.cc to check.

  read_exports.py gexf FILE       networkx.read_gexf
  read_exports.py graphml FILE    networkx.read_graphml
  read_exports.py json FILE       json.load + networkx.node_link_graph
  read_exports.py csv NODES RELS  csv.reader (strict), as neo4j-admin reads RFC 4180

Graph formats print {"directed", "multigraph", "graph", "nodes": {id: attrs},
"edges": [{"source", "target", "attrs"}]}, every attribute as [value, python
type name], so a test can check that `weight` came back as an int. csv prints
{"nodes": [rows], "relationships": [rows]}, headers included. A file the
consumer rejects makes this script exit non-zero with the consumer's error.

Run with Debian's /usr/bin/python3 (python3-networkx), not a pyenv python.
"""
import csv
import json
import sys

import networkx as nx


def typed(value):
    return [value, type(value).__name__]


def summary(graph):
    return {
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "graph": {k: typed(v) for k, v in graph.graph.items()},
        "nodes": {str(n): {k: typed(v) for k, v in d.items()}
                  for n, d in graph.nodes(data=True)},
        "edges": [{"source": u, "target": v, "attrs": {k: typed(x) for k, x in d.items()}}
                  for u, v, d in graph.edges(data=True)],
    }


def node_link_graph(data):
    # NetworkX 3.4 added `edges` (and 3.6 makes "edges" its default); before
    # 3.4 the argument does not exist and "links" is what it reads.
    try:
        return nx.node_link_graph(data, edges="links")
    except TypeError:
        return nx.node_link_graph(data)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f, strict=True))


def main(argv):
    kind = argv[1]
    if kind == "gexf":
        out = summary(nx.read_gexf(argv[2]))
    elif kind == "graphml":
        out = summary(nx.read_graphml(argv[2]))
    elif kind == "json":
        with open(argv[2], encoding="utf-8") as f:
            out = summary(node_link_graph(json.load(f)))
    elif kind == "csv":
        out = {"nodes": read_csv(argv[2]), "relationships": read_csv(argv[3])}
    else:
        sys.exit(f"unknown format {kind}")
    json.dump(out, sys.stdout, ensure_ascii=False, default=str)


if __name__ == "__main__":
    main(sys.argv)
