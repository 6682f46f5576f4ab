#!/usr/bin/env python3
"""Scores actorgraph's facts for one article against its hand annotation.

Usage: seed_quality.py --text ARTICLE.txt --gold ARTICLE.gold.json --facts FACTS.jsonl

FACTS.jsonl is `actorgraph extract ARTICLE.txt` output (docs/facts-format.md,
UTF-8 byte offsets). Gold offsets are code points of a prefix of each
quotation (shared/README.md). Prints every figure; exits 0 unless an input
cannot be read.
"""
import argparse
import json
import sys


def byte_to_cp(text):
    """List mapping each UTF-8 byte offset (and the end) to a code point offset."""
    out = []
    for i, ch in enumerate(text):
        out.extend([i] * len(ch.encode("utf-8")))
    out.append(len(text))
    return out


def overlaps(a, b):
    return min(a[1], b[1]) > max(a[0], b[0])


def pct(n, d):
    return f"{n}/{d} ({100.0 * n / d:.1f}%)" if d else f"{n}/0"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--text", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--facts", required=True)
    args = ap.parse_args()
    with open(args.text, encoding="utf-8") as f:
        text = f.read()
    with open(args.gold, encoding="utf-8") as f:
        gold = json.load(f)
    with open(args.facts, encoding="utf-8") as f:
        lines = [l for l in f if l.strip()]
    if len(lines) != 1:
        sys.exit(f"seed_quality: {args.facts}: expected one facts line, found {len(lines)}")
    facts = json.loads(lines[0])
    cp = byte_to_cp(text)

    def to_cp(start, end):
        return (cp[min(start, len(cp) - 1)], cp[min(end, len(cp) - 1)])

    # Actors: a gold actor is found by its id, or when one of its aliases is a
    # name or alias of a predicted actor (case-insensitive). `resolve` maps a
    # gold id to the predicted ids it was found as.
    predicted_ids = {a["id"] for a in facts["actors"]}
    names = {}
    for a in facts["actors"]:
        for n in [a["name"]] + a.get("aliases", []):
            names.setdefault(n.lower(), set()).add(a["id"])
    resolve = {}
    by_id = 0
    for a in gold["actors"]:
        found = {a["id"]} if a["id"] in predicted_ids else set()
        by_id += bool(found)
        for alias in [a["name"]] + a.get("aliases", []):
            found |= names.get(alias.lower(), set())
        resolve[a["id"]] = found
    actors_found = sum(1 for ids in resolve.values() if ids)
    gold_ids = set(resolve)
    extra = sorted(predicted_ids - gold_ids - set().union(*resolve.values()))

    print(f"seed: {args.text}")
    print(f"actors found:            {pct(actors_found, len(gold['actors']))}"
          f"  (by id {by_id}); predicted actors {len(predicted_ids)}, not in gold {len(extra)}")
    for a in gold["actors"]:
        if not resolve[a["id"]]:
            print(f"  missed actor: {a['id']}")
    for i in extra:
        print(f"  extra actor:  {i}")

    # Quotes: found when the gold prefix occurs in a predicted quote's text or
    # the spans overlap; right speaker when the predicted speaker id is the
    # gold one (or a predicted id the gold speaker resolved to), or when both
    # leave the speaker unknown. The gold keeps the pieces of an interrupted
    # quotation ("A," she said. "B."), which the extractor joins into one
    # statement by default: a predicted quote holding several gold pieces
    # (each inside its span) matches each of them.
    predicted = [(to_cp(q["start"], q["end"]), q) for q in facts["quotes"]]
    found = right = 0
    used = set()
    for g in gold["quotes"]:
        span = (g["start"], g["end"])
        match = None
        for k, (pspan, q) in enumerate(predicted):
            inside = pspan[0] <= span[0] and span[0] < pspan[1] and g["text"] in q["text"]
            if k in used and not inside:
                continue
            if inside or g["text"] in q["text"] or overlaps(span, pspan):
                match = k
                break
        if match is None:
            print(f"  missed quote: {g['speaker']}: {g['text'][:50]!r}")
            continue
        used.add(match)
        found += 1
        q = predicted[match][1]
        if g["speaker"] is None:  # unattributed in the gold: right when none is given
            ok = not q.get("speaker")
        else:
            ok = q.get("speaker") and (q["speaker"] == g["speaker"]
                                       or q["speaker"] in resolve.get(g["speaker"], set()))
        right += bool(ok)
        if not ok:
            print(f"  wrong speaker: {g['text'][:40]!r}: gold {g['speaker']}, "
                  f"got {q.get('speaker') or '(none)'}")
    n = len(gold["quotes"])
    print(f"quotes found:            {pct(found, n)}; predicted quotes {len(predicted)}, "
          f"unmatched {len(predicted) - len(used)}")
    print(f"quotes, right speaker:   {pct(right, n)}")

    # Relations, by type and resolved endpoints; a gold target of null
    # (a denial with no named accuser) matches any target.
    rels = facts["relations"]

    def present(rtype, source, target):
        sources = resolve.get(source, set()) | {source}
        targets = None if target is None else resolve.get(target, set()) | {target}
        return any(r["type"] == rtype and r["source"] in sources
                   and (targets is None or r["target"] in targets) for r in rels)

    counts = {}
    for r in gold["relations"]:
        ok = present(r["type"], r["source"], r["target"])
        c = counts.setdefault(r["type"], [0, 0])
        c[0] += ok
        c[1] += 1
        if not ok:
            print(f"  missing {r['type']}: {r['source']} -> {r['target']} ({r['cue']})")
    for rtype in sorted(counts):
        print(f"{rtype + ' present:':<25}{pct(*counts[rtype])}")
    absent = 0
    for r in gold["must_not"]:
        ok = not present(r["type"], r["source"], r["target"])
        absent += ok
        if not ok:
            print(f"  present but must not be: {r['type']}: {r['source']} -> {r['target']}")
    print(f"must_not absent:         {pct(absent, len(gold['must_not']))}")
    aff = 0
    for a in gold["affiliations"]:
        ok = present("affiliated_with", a["person"], a["org"])
        aff += ok
        if not ok:
            print(f"  missing affiliation: {a['person']} -> {a['org']} ({a['role']})")
    print(f"affiliations present:    {pct(aff, len(gold['affiliations']))}")


if __name__ == "__main__":
    main()
