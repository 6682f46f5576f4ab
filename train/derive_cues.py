#!/usr/bin/python3
"""Cue lexicons derived from data, not typed by hand.

    train/derive_cues.py [--polnear FILE] [--out-dir extract/lexicons]

Writes two files of extract/lexicons/ (format of cues.txt, see its README):

reporting_cues.txt: the verbs PolNeAR's annotators marked as attribution
  cues, from the tuning four fifths of ../shared/dev/polnear-train.jsonl
  (lines 1-4, 6-9, ...; the held-out fifth, lines 5, 10, ..., is never read).
  A cue's head verb (auxiliaries and adverbs before it dropped, a particle
  after it kept: "called for", "pointed out") is grouped with its other
  inflections under one lemma. A lemma is kept when the annotators marked it
  at least MIN_COUNT times and at least MIN_RATE of its occurrences in those
  texts are marked, and WordNet knows it as a verb (so "show" or "in", often cues but far more often not,
  stay out). Its content form decides the third field: "np" when at least
  30% of its contents are noun phrases ("endorsed X"), "to" when infinitives
  are ("vowed to"), "that" when that-clauses are at least 80%, else empty.
  Every inflection seen in the texts or listed in the system word lists
  (wamerican, and wbritish for British spellings) is written, as kind `reported` (cues.txt's own entries, read
  first, keep their kind).

disapproval_cues.txt: the DISAPPROVE family of relation cues (verbs, and the
  nouns of communication WordNet derives from them, "accusation", marked
  "noun"), from WordNet
  3.0 (Debian's wordnet-base): the verbs of chosen synsets and of their
  direct hyponyms, by family (`accuses`: accuse, charge with wrongdoing,
  blame; `criticizes`: criticize, denounce, condemn, censure, complain,
  protest; `denies`: declare untrue), kept when they occur at least
  MIN_NEWS times in the raw news of ../shared (Reuters, BBC, PolNeAR texts),
  less the REVIEWED words whose other senses dominate news.

Every setting is fixed and the inputs are read in order, so the same data
gives the same files.
"""
import argparse
import collections
import json
import os
import re

MIN_COUNT = 3
MIN_RATE = 0.25
MIN_NEWS = 5
WORDNET = "/usr/share/wordnet"
WORDS = "/usr/share/dict/words"
# British spellings (Debian's wbritish): Reuters, the BBC and much of the
# world's English-language news write "criticised", "apologised"; with the
# American list alone, WordNet's "criticise" kept its base form only.
BRITISH_WORDS = "/usr/share/dict/british-english"

# Before a cue's head: dropped ("has also said" -> "said").
AUX = {"has", "have", "had", "is", "was", "were", "are", "be", "been", "being", "will",
       "would", "also", "did", "does", "do", "not", "later", "then", "again", "repeatedly",
       "previously", "once", "just", "even", "still", "publicly", "recently", "often",
       "already", "quickly", "never", "can", "could", "should", "may", "might", "must"}
# After a head: kept as part of the cue.
PARTICLES = {"for", "on", "out", "to", "about", "of", "against", "up", "at", "with"}
WH = {"how", "what", "whether", "why", "who", "when", "where", "if", "which"}
SUBJECT_WORDS = {"he", "she", "they", "it", "we", "i", "you", "there", "this", "these",
                 "those", "his", "her", "their"}

# WordNet synsets (offsets in data.verb, WordNet 3.0) by relation family,
# and whether their direct hyponyms join them (only where every hyponym is a
# way of saying the same: the hyponyms of "accuse" are formal filings, those
# of "protest" marches and strikes).
FAMILIES = {
    "accuses": [("00843007", False),   # accuse, impeach, incriminate: bring an accusation
                ("00843486", False),   # charge, accuse: make a claim of wrongdoing against
                ("00842556", False),   # blame, fault: put or pin the blame on
                ("00728009", False),   # blame, charge: attribute responsibility to
                ("01016020", False)],  # allege (aver, say: only "allege", below)
    "criticizes": [("00826527", True),   # knock, criticize, pick apart: find fault with
                   ("00841598", True),   # denounce: speak out against
                   ("00864177", True),   # condemn, decry, excoriate: express strong disapproval
                   ("00824310", False),  # chastise, castigate: censure severely
                   ("00824785", False),  # rebuke, scold, chide, berate, lambaste
                   ("00823845", False),  # savage, blast, pillory: criticize harshly
                   ("00907165", False),  # complain: express discontent
                   ("02521410", False)],  # protest, dissent: express opposition in words
    "denies": [("00816574", False)],  # deny: declare untrue; contradict
}
# Reviewed: WordNet verbs of those synsets whose other senses dominate news
# text, so a match would more often be wrong than right.
REVIEWED = {
    "charge": "prices, fees and criminal charges by courts",
    "fault": "mostly the noun",
    "knock": "physical sense, 'knock on'",
    "pan": "mostly the noun",
    "pick": "choose",
    "rag": "the noun",
    "jaw": "the noun",
    "lecture": "teaching",
    "kick": "physical sense",
    "plain": "the adjective",
    "correct": "the adjective",
    "chasten": "rare and literary",
    "trounce": "beat in a contest",
    "shell": "bombard",
    "resist": "physical resistance, not words",
    "dissent": "mostly the noun",
    "mark": "marks and brands",
    "brand": "the noun",
    "savage": "the adjective",
    "crucify": "literal sense",
    "impeach": "a formal procedure, not an accusation in words",
    "incriminate": "evidence incriminates, not speakers",
    "criminate": "rare",
    "contradict": "facts contradict facts",
    "negate": "logic",
    "belie": "facts belie facts",
    "lambast": "rare spelling",
    "attack": "military attacks dominate wire news",
    "assault": "physical assault",
    "round": "the noun, 'a round of talks'",
    "rail": "railways",
    "flame": "the noun",
    "peck": "rare",
    "snipe": "rare",
    "nag": "rare",
    "beef": "the noun",
    "kvetch": "rare",
}
REVIEWED_NOUNS = {
    "reproof": "rare",
    "lecture": "teaching",
    "kick": "sports",
    "charge": "fees and court charges",
    "blame": "rarely names who blames",
    "protest": "mostly street protests",
    "correction": "corrections of facts and prices",
    "speech": "any speech",
    "beef": "food",
}


def tuning_docs(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if n % 5 != 0:
                yield json.loads(line)


def load_words():
    common = set()
    for path in (WORDS, BRITISH_WORDS):
        with open(path, encoding="utf-8", errors="replace") as f:
            for w in f:
                w = w.strip()
                if w and w[0].islower() and "'" not in w:
                    common.add(w)
    return common


def lemma(word, common):
    """The base form of an English verb form, checked against the word list."""
    candidates = []
    if word.endswith("ied"):
        candidates.append(word[:-3] + "y")
    if word.endswith("ies"):
        candidates.append(word[:-3] + "y")
    if word.endswith("ing"):
        stem = word[:-3]
        candidates += [stem + "e", stem]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            candidates.append(stem[:-1])
    if word.endswith("ed"):
        stem = word[:-2]
        candidates += [word[:-1], stem]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            candidates.append(stem[:-1])
    if word.endswith("s") and not word.endswith("ss"):
        candidates.append(word[:-1])  # "hopes" -> "hope"
    if word.endswith("es"):
        candidates.append(word[:-2])  # "pushes" -> "push"
    for c in candidates:
        if c in common and len(c) > 1:
            return c
    return word


IRREGULAR = {"say": ["said"], "tell": ["told"], "write": ["wrote", "written"],
             "think": ["thought"], "see": ["saw", "seen"], "know": ["knew", "known"],
             "read": ["read"], "speak": ["spoke", "spoken"], "give": ["gave", "given"],
             "hold": ["held"], "make": ["made"], "find": ["found"], "take": ["took", "taken"],
             "seek": ["sought"], "bring": ["brought"], "teach": ["taught"],
             "feel": ["felt"], "mean": ["meant"], "put": ["put"], "set": ["set"],
             "hear": ["heard"], "leave": ["left"], "lead": ["led"], "forget": ["forgot"],
             "swear": ["swore", "sworn"], "foresee": ["foresaw"], "forecast": ["forecast"]}


def forms(base, common):
    out = {base}
    out.update(IRREGULAR.get(base, []))
    if base.endswith("e"):
        out |= {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        out |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    else:
        es = base + "es" if base.endswith(("s", "sh", "ch", "x", "z")) else base + "s"
        out |= {es, base + "ed", base + "ing"}
        if len(base) > 2 and base[-1] not in "aeiouwyx" and base[-2] in "aeiou" \
                and base[-3] not in "aeiou":
            out |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return {f for f in out if f in common or f == base}


WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def head_of(cue):
    """(head, particle) of a gold cue, or None when it has no verb head."""
    words = WORD.findall(cue.lower())
    while words and (words[0] in AUX or words[0].endswith("ly")):
        words = words[1:]
    if not words:
        return None
    head = words[0]
    particle = words[1] if len(words) > 1 and words[1] in PARTICLES else ""
    return head, particle


def content_form(text):
    words = WORD.findall(text.lower())
    if not words:
        return "other"
    w = words[0]
    if w == "that":
        return "that"
    if w == "to":
        return "to"
    if w in WH:
        return "wh"
    if w in SUBJECT_WORDS:
        return "clause"
    return "np"


def wordnet_verbs():
    """Lemmas WordNet knows as verbs (index.verb)."""
    with open(os.path.join(WORDNET, "index.verb"), encoding="latin-1") as f:
        return {line.split(" ", 1)[0] for line in f if not line.startswith("  ")}


def reporting_cues(polnear, common, out_path, existing):
    verbs = wordnet_verbs()
    gold = collections.Counter()          # (head, particle) -> marked cues
    content = collections.defaultdict(collections.Counter)
    texts = []
    for doc in tuning_docs(polnear):
        texts.append(doc["text"].lower())
        for q in doc.get("quotes", []):
            cue = q.get("cue") or ""
            h = head_of(cue)
            if h is None:
                continue
            q_text = q["text"].strip()
            if q_text[:1] in "\"\u201c":
                continue  # a direct quotation: its cue is for the quote finder
            key = (lemma(h[0], common), h[1])
            gold[key] += 1
            content[key][content_form(q_text)] += 1
    # Occurrences of every inflection (with its particle) in the same texts.
    occurrences = collections.Counter()
    by_lemma = collections.defaultdict(set)
    for (base, particle) in gold:
        for f in forms(base, common):
            by_lemma[(base, particle)].add(f)
    wanted = {}
    for key, fs in by_lemma.items():
        for f in fs:
            wanted.setdefault(f, []).append(key)
    for text in texts:
        words = WORD.findall(text)
        for i, w in enumerate(words):
            for key in wanted.get(w, ()):
                base, particle = key
                if not particle or (i + 1 < len(words) and words[i + 1] == particle):
                    occurrences[key] += 1
    rows = []
    for key, n in sorted(gold.items()):
        base, particle = key
        if particle == "to" and gold[(base, "")] >= MIN_COUNT:
            continue  # "declined to comment": "to" opens the content
        if n < MIN_COUNT or not base.isalpha() or base not in common or base not in verbs:
            continue  # rare, or no verb ("adamant", "complaint")
        occ = max(occurrences[key], n)
        rate = n / occ
        if rate < MIN_RATE:
            continue
        c = content[key]
        total = sum(c.values())
        if c["np"] / total >= 0.3:
            third = "np"
        elif c["to"] / total >= 0.3:
            third = "to"
        elif c["that"] / total >= 0.8:
            third = "that"
        else:
            third = ""
        rows.append((base, particle, n, occ, rate, third, sorted(by_lemma[key])))
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("# Generated by train/derive_cues.py from the tuning four fifths of\n"
                  "# polnear-train.jsonl: do not edit; change the script and rerun it.\n"
                  f"# A lemma is kept when annotators marked it at least {MIN_COUNT} times as the\n"
                  f"# cue of reported speech and in at least {MIN_RATE:.0%} of its occurrences.\n"
                  "# Each block: lemma, marked/occurrences (rate), content forms.\n")
        written = 0
        for base, particle, n, occ, rate, third, fs in rows:
            c = content[(base, particle)]
            forms_seen = ", ".join(f"{k} {v}" for k, v in c.most_common())
            out.write(f"\n# {base}{' ' + particle if particle else ''}: {n}/{occ} ({rate:.2f}); "
                      f"{forms_seen}\n")
            for f in fs:
                phrase = f + (" " + particle if particle else "")
                if phrase in existing:
                    continue
                out.write(f"reported | {phrase}" + (f" | {third}" if third else "") + "\n")
                written += 1
    return len(rows), written


# Synset members that join only through their nouns: "aver" and "say" share
# a synset with "allege", whose noun "allegation" is an accusation.
ONLY_NOUNS_OF = {"aver", "say"}
NOUN_COMMUNICATION = 10  # WordNet's lexicographer file noun.communication


def read_wordnet(pos):
    """offset -> (words, lexicographer file, [(symbol, target, pos, source/target)])."""
    synsets = {}
    with open(os.path.join(WORDNET, "data." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            head = line.split("|", 1)[0].split()
            offset, lexfile, count = head[0], int(head[1]), int(head[3], 16)
            words = [head[4 + 2 * i].lower() for i in range(count)]
            k = 4 + 2 * count
            pointers = [tuple(head[k + 1 + 4 * i:k + 5 + 4 * i]) for i in range(int(head[k]))]
            synsets[offset] = (words, lexfile, pointers)
    return synsets


def news_counts(paths):
    counts = collections.Counter()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                counts.update(WORD.findall(json.loads(line).get("text", "").lower()))
    return counts


def disapproval_cues(shared, common, out_path):
    synsets = read_wordnet("verb")
    nouns = read_wordnet("noun")
    news = news_counts([os.path.join(shared, "corpus", "reuters21578.jsonl"),
                        os.path.join(shared, "corpus", "bbc.jsonl"),
                        os.path.join(shared, "dev", "polnear-train.jsonl")])
    taken = set()
    lines = []
    for family, seeds in FAMILIES.items():
        verbs = []
        family_nouns = []
        for seed, with_hyponyms in seeds:
            words, _, pointers = synsets[seed]
            group = [w for w in words if w not in ONLY_NOUNS_OF]
            for symbol, target, pos, _ in pointers:
                if with_hyponyms and symbol == "~" and pos == "v":  # a more specific way
                    group += synsets[target][0]
            # The act as a noun ("accusation", "criticism", "denial"): the
            # synsets of communication nouns derived from the synset's verbs
            # (not persons: "accuser").
            for symbol, target, pos, _ in pointers:
                if symbol == "+" and pos == "n" and nouns[target][1] == NOUN_COMMUNICATION:
                    for noun in nouns[target][0]:
                        if "_" not in noun and noun not in REVIEWED_NOUNS and \
                                noun not in family_nouns:
                            family_nouns.append(noun)
            for w in group:
                if "_" in w or w in taken or w in REVIEWED:
                    continue
                fs = forms(w, common)
                seen = sum(news[f] for f in fs)
                if seen < MIN_NEWS:
                    continue
                taken.add(w)
                verbs.append((w, seen, sorted(fs)))
        kept_nouns = []
        for noun in family_nouns:
            plural = noun + ("es" if noun.endswith("s") else "s")
            seen = news[noun] + news[plural]
            if seen >= MIN_NEWS and noun not in taken:
                taken.add(noun)
                kept_nouns.append((noun, seen, [noun, plural] if plural in common or
                                   news[plural] else [noun]))
        lines.append(f"\n# {family}: " + ", ".join(f"{w} {n}" for w, n, _ in verbs))
        for w, _, fs in verbs:
            lines += [f"{family} | {f}" for f in fs]
        if kept_nouns:
            lines.append(f"# {family}, as nouns (\"noun\"): " +
                         ", ".join(f"{w} {n}" for w, n, _ in kept_nouns))
            for w, _, fs in kept_nouns:
                lines += [f"{family} | {f} | noun" for f in fs]
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("# Generated by train/derive_cues.py from WordNet 3.0 (wordnet-base): do not\n"
                  "# edit; change the script and rerun it. Verbs of chosen synsets and their\n"
                  f"# direct hyponyms, kept when seen at least {MIN_NEWS} times in ../shared's raw\n"
                  "# news; each family line gives the verbs and how often they were seen.\n"
                  "# Reviewed out (other senses dominate news): " +
                  ", ".join(sorted(REVIEWED)) + "; as nouns: " +
                  ", ".join(sorted(REVIEWED_NOUNS)) + ".\n")
        out.write("\n".join(lines) + "\n")
    return len(taken)


def existing_phrases(path):
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if "|" in line:
                out.add(line.split("|")[1].strip().lower())
    return out


def main():
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    shared = os.path.join(repo, "..", "shared")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=shared)
    ap.add_argument("--out-dir", default=os.path.join(repo, "extract", "lexicons"))
    args = ap.parse_args()
    common = load_words()
    existing = existing_phrases(os.path.join(args.out_dir, "cues.txt"))
    n_dis = disapproval_cues(args.shared, common,
                             os.path.join(args.out_dir, "disapproval_cues.txt"))
    existing |= existing_phrases(os.path.join(args.out_dir, "disapproval_cues.txt"))
    lemmas, written = reporting_cues(os.path.join(args.shared, "dev", "polnear-train.jsonl"),
                                     common, os.path.join(args.out_dir, "reporting_cues.txt"),
                                     existing)
    print(f"disapproval_cues.txt: {n_dis} verbs; reporting_cues.txt: {lemmas} lemmas, "
          f"{written} new phrases")


if __name__ == "__main__":
    main()
