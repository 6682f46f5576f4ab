#!/usr/bin/python3
"""End-to-end test of cluster/actorgraph_dask.py on a LocalCluster.

    /usr/bin/python3 tests/cluster/test_dask.py --binary build/cli/actorgraph

Writes a small corpus of its own (two JSONL files, each with a malformed line,
and one text file), runs the driver on it with 2 worker processes and 3
partitions into store A, runs a plain `actorgraph ingest` of the same corpus
into store B, and checks that `actorgraph dump` prints the same for both, that
the driver exits 1, and that it reports each bad line as ingest does: the
original file and line. Then again with the partitions' bytes shipped to the
workers (--ship bytes), as with a remote scheduler. The partitioning and the
translation of messages are also checked on their own, without Dask.

Run it with Debian's interpreter (python3-distributed), not a pyenv python.
"""
import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
DRIVER = os.path.normpath(os.path.join(HERE, "..", "..", "cluster", "actorgraph_dask.py"))
BINARY = None  # --binary
TIMEOUT = 120


def load_driver():
    sys.dont_write_bytecode = True  # no __pycache__ in the source tree
    spec = importlib.util.spec_from_file_location("actorgraph_dask", DRIVER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Invented reports, written for this test.
WIRE = [
    {"id": "fjord-1", "date": "2024-05-02", "title": "Norway accuses Sweden over fjord trawlers",
     "source": "Test Wire", "url": "https://example.org/fjord-1",
     "text": "OSLO, May 2 - Norway accused Sweden on Thursday of letting trawlers fish in a "
             "closed fjord zone. \"We have photographs of three vessels inside the protected "
             "area,\" Fisheries Minister Astrid Holmen said. Sweden denied the claim."},
    {"id": "fjord-2", "date": "2024-05-03",
     "text": "STOCKHOLM, May 3 - Sweden rejected the Norwegian charges. \"Our boats respect every "
             "line on the chart,\" said Erik Lindqvist, a spokesman for the Swedish Coast Guard. "
             "Lindqvist said Oslo had not shared its evidence."},
    {"id": "fjord-3", "date": "2024-05-04",
     "text": "HELSINKI, May 4 - Finland criticized Norway and Sweden for airing the quarrel in "
             "public. \"Neighbours should talk at the table, not through the newspapers,\" "
             "Foreign Minister Lauri Kettunen told reporters."},
    {"id": "fjord-4", "date": "2024-05-06",
     "text": "COPENHAGEN, May 6 - Denmark offered to host talks between Norway and Sweden on "
             "fishing rights. Prime Minister Karen Vestergaard said the meeting could take place "
             "before the summer."},
    {"id": "fjord-5", "date": "2024-05-07",
     "text": "BRUSSELS, May 7 - The European Union urged calm. \"Shared waters need shared "
             "rules,\" an EU official said, adding that observers would be sent."},
    None,  # the malformed line
    {"id": "arctic-1", "date": "2024-05-08",
     "text": "MOSCOW, May 8 - Russia accused Norway of staging military drills close to its "
             "Arctic border. Norway denied any provocation. \"These exercises were announced "
             "months ago,\" said Colonel Harald Brekke."},
    {"id": "baltic-1", "date": "2024-05-09",
     "text": "TALLINN, May 9 - Estonia blamed Russia for jamming satellite navigation over the "
             "Baltic Sea. \"Pilots reported losing their position for hours,\" said Kadri Tamm, "
             "head of the transport authority."},
    {"id": "baltic-2", "date": "2024-05-10",
     "text": "BERLIN, May 10 - Germany criticized Russia over the jamming and called for an "
             "inquiry. Russia denied involvement, and a Kremlin spokesman said the claims were "
             "baseless."},
    {"id": "fjord-6", "date": "2024-05-12",
     "text": "OSLO, May 12 - Norway and Sweden agreed to inspect the fjord together. \"This is a "
             "good first step,\" Holmen said."},
    {"id": "ferry", "text": "Ferry timetables will change on June 1, the port authority said."},
]
WIRE_BAD = "{\"id\": \"broken\", \"text\": \"Sweden said nothing\""  # no closing brace
BRIEFS = [
    None,  # the first line is not JSON at all
    {"id": "mackerel", "date": "2024-06-02",
     "text": "REYKJAVIK, June 2 - Iceland accused Norway of ignoring agreed mackerel quotas. "
             "Norwegian officials said the quotas were fair."},
    {"id": "baltic-3", "date": "2024-06-03",
     "text": "WARSAW, June 3 - Poland said it supported Estonia's call for an inquiry into "
             "the jamming."},
    # A correction of a document of the first file: the later text must win,
    # so the partitions must be loaded in input order.
    {"id": "fjord-6", "date": "2024-05-13",
     "text": "OSLO, May 13 - Norway and Sweden agreed to inspect the fjord together next "
             "week. \"This is a good first step,\" Holmen said, and Lindqvist said Sweden "
             "welcomed it."},
]
BRIEFS_BAD = "not JSON at all"
EDITORIAL = ("The fjord quarrel shows how thin Nordic trust can wear. \"Nobody wins a fishing "
             "war,\" said Anna Berg, a researcher in Bergen.\n")


def jsonl(docs, bad):
    return "".join((bad if d is None else json.dumps(d, ensure_ascii=False)) + "\n" for d in docs)


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, timeout=TIMEOUT, **kwargs)


def error_lines(stderr, corpus):
    """Messages about documents: "actorgraph: PATH:..." naming the corpus."""
    return [line for line in stderr.splitlines()
            if line.startswith("actorgraph: " + corpus + os.sep)]


class DaskEndToEndTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="actorgraph-dask-test-")
        cls.corpus = os.path.join(cls.tmp, "corpus")
        os.mkdir(cls.corpus)
        cls.wire = os.path.join(cls.corpus, "2024-05-wire.jsonl")
        cls.briefs = os.path.join(cls.corpus, "2024-06-briefs.jsonl")
        with open(cls.wire, "w", encoding="utf-8") as f:
            f.write(jsonl(WIRE, WIRE_BAD))
        with open(cls.briefs, "w", encoding="utf-8") as f:
            f.write(jsonl(BRIEFS, BRIEFS_BAD))
        with open(os.path.join(cls.corpus, "editorial.txt"), "w", encoding="utf-8") as f:
            f.write(EDITORIAL)
        cls.wire_bad_line = WIRE.index(None) + 1
        cls.briefs_bad_line = BRIEFS.index(None) + 1

        plain_db = os.path.join(cls.tmp, "plain.db")
        cls.plain = run([BINARY, "ingest", "--db", plain_db, cls.corpus])
        cls.plain_dump = run([BINARY, "dump", "--db", plain_db])

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def drive(self, name, *flags):
        db = os.path.join(self.tmp, name + ".db")
        facts = os.path.join(self.tmp, name + "-facts")
        driver = run([sys.executable, DRIVER, "--db", db, "--workers", "2", "--partitions", "3",
                      "--binary", BINARY, "--keep-facts", facts, *flags, self.corpus],
                     cwd=self.tmp)
        return driver, run([BINARY, "dump", "--db", db]), os.path.join(facts, "facts.jsonl")

    def check(self, name, *flags):
        # The plain ingest this is compared with.
        self.assertEqual(self.plain.returncode, 1, self.plain.stderr)
        self.assertEqual(self.plain_dump.returncode, 0, self.plain_dump.stderr)
        self.assertIn("fjord-6", self.plain_dump.stdout)

        driver, dump, facts = self.drive(name, *flags)
        self.assertEqual(driver.returncode, 1, driver.stderr)  # because of the bad lines
        self.assertIn("from 3 partitions (0 failed) on 2 workers", driver.stderr)

        # Each bad line named by the original file and line, as ingest names it.
        errors = error_lines(driver.stderr, self.corpus)
        self.assertEqual(errors, error_lines(self.plain.stderr, self.corpus), driver.stderr)
        self.assertEqual(len(errors), 2, driver.stderr)
        self.assertTrue(errors[0].startswith(
            "actorgraph: %s:%d: malformed JSON" % (self.wire, self.wire_bad_line)), errors)
        self.assertTrue(errors[1].startswith(
            "actorgraph: %s:%d: malformed JSON" % (self.briefs, self.briefs_bad_line)), errors)
        self.assertNotIn("<stdin>", driver.stderr)

        # Every good document, in input order (the correction last), then the same store.
        with open(facts, encoding="utf-8") as f:
            ids = [json.loads(line)["doc"] for line in f]
        good = [d["id"] for d in WIRE + BRIEFS if d is not None]
        self.assertEqual(ids, good + ["editorial"])
        self.assertEqual(dump.returncode, 0, dump.stderr)
        self.assertEqual(dump.stdout, self.plain_dump.stdout)

    def test_store_equals_plain_ingest_with_shared_files(self):
        self.check("ranges")

    def test_store_equals_plain_ingest_with_shipped_bytes(self):
        self.check("bytes", "--ship", "bytes")


class PartitionTest(unittest.TestCase):
    """The driver's partitioning and message translation, without Dask."""

    def setUp(self):
        self.driver = load_driver()
        self.tmp = tempfile.mkdtemp(prefix="actorgraph-dask-test-")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def write(self, name, data):
        path = os.path.join(self.tmp, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def test_cuts_whole_lines_before_an_object(self):
        lines = [b'{"id": "%d", "text": "x"}' % i for i in range(20)]
        lines[5] = b"not json"  # never a partition's first line
        lines[9] = b""
        data = b"\n".join(lines) + b"\n"
        path = self.write("a.jsonl", data)
        for count in (1, 2, 3, 7, 40):
            target = self.driver.target_bytes(len(data), 2, partitions=count)
            parts = self.driver.partition_inputs([("jsonl", path)], target)
            self.assertLessEqual(len(parts), count)
            seen = b""
            for part in parts:
                (seg,) = part.segments
                self.assertEqual(data[:seg.start].count(b"\n") + 1, seg.first_line)
                self.assertTrue(data[seg.start:].startswith(b"{"), (count, seg))
                seen += data[seg.start:seg.start + seg.length]
            self.assertEqual(seen, data, count)

    def test_stops_at_a_nul_byte_and_leaves_out_blank_runs(self):
        path = self.write("b.jsonl", b'{"id": "1", "text": "x"}\n\n  \n{"id": "2"\0}\n'
                                     b'{"id": "3", "text": "y"}\n')
        blank = self.write("c.jsonl", b"\n \n")
        parts = self.driver.partition_inputs([("jsonl", path), ("jsonl", blank)], 1 << 20)
        (part,) = parts
        (seg,) = part.segments
        self.assertEqual((seg.start, seg.length), (0, 42))

    def test_translates_stdin_lines_to_files(self):
        a = self.write("a.jsonl", b'{"id": "1", "text": "x"}\n{"id": "2", "text": "y"}\n')
        b = self.write("b.jsonl", b'{"id": "3", "text": "z"}\nbad\n')
        parts = self.driver.partition_inputs([("jsonl", a), ("jsonl", b)], 10)
        # One partition per cut: a's second line, then b.
        self.assertEqual([[(s.path, s.first_line) for s in p.segments] for p in parts],
                         [[(a, 1)], [(a, 2)], [(b, 1)]])
        merged = self.driver.partition_inputs([("jsonl", a), ("jsonl", b)], 1 << 20)
        names = [("<stdin>", 1, 0), ("<stdin>", 3, 50)]
        lines, located = self.driver.translate_messages(
            "actorgraph: <stdin>:4: malformed JSON: x\n"
            "actorgraph: <stdin>:5: binary data, not JSONL (NUL byte at offset 80); rest\n"
            "something else\n", merged[0], names)
        self.assertEqual(lines, [
            "actorgraph: %s:2: malformed JSON: x" % b,
            "actorgraph: %s:3: binary data, not JSONL (NUL byte at offset 30); rest" % b,
            "something else"])
        self.assertEqual(located, 2)

    def test_stdin_reads_as_jsonl_like_the_binary(self):
        reads = self.driver.stdin_reads_as_jsonl
        self.assertTrue(reads(b'\n \t\r{"id"'))
        self.assertTrue(reads(b'\xef\xbb\xbf{"id"'))
        self.assertFalse(reads(b'\n\xef\xbb\xbf{"id"'))
        self.assertFalse(reads(b"not json\n{}"))
        self.assertFalse(reads(b" " * 4096 + b"{"))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True, help="the actorgraph binary")
    args, rest = parser.parse_known_args()
    BINARY = os.path.abspath(args.binary)
    unittest.main(argv=[sys.argv[0]] + rest)
