#!/usr/bin/python3
"""Extracts a corpus on Dask workers and loads the facts into one store.

    /usr/bin/python3 cluster/actorgraph_dask.py --db news.db corpus/
    /usr/bin/python3 cluster/actorgraph_dask.py --scheduler tcp://HOST:8786 --db news.db corpus/

Run it with Debian's interpreter (python3-distributed, python3-dask); it uses
nothing else but the standard library. The store it builds holds what
`actorgraph ingest --db DIR INPUT...` stores from the same inputs, and a bad
document is reported with ingest's message, naming the original file and line
(tests/cluster/test_dask.py checks both). docs/scale.md says how to run it on
a cluster of machines.

Steps:
 1. Partition, here. Inputs are listed as ingest lists them: a directory gives
    every .jsonl and .txt file below it, sorted by path; a file not ending in
    .jsonl is one text document. A JSONL file is cut into segments of whole
    lines, and consecutive segments (of one file or several) are packed into
    partitions of about the target size, in input order, so the same inputs
    always give the same partitions. A cut falls only before a line whose
    first non-blank byte is '{', so a partition that does not open a file
    reads as JSONL on stdin and never starts with a byte order mark. A file is
    not read past the line holding a NUL byte (ingest stops there too), and
    segments of blank lines only are left out.
 2. Extract, on the workers: `actorgraph extract --threads 1 --with-document -`
    with the partition's JSONL on stdin. A partition that stdin would not read
    as JSONL (its first non-blank byte is not '{'), that holds a text document,
    or whose stream would carry a second file's byte order mark is written to
    temporary files on the worker and their paths are given instead. The task
    returns the binary's stdout (facts JSONL, each line with its "document"),
    its stderr and exit code.
 3. Gather, here: results are taken in partition order and written to one
    facts file (a temporary directory, or --keep-facts DIR); in flight are at
    most twice as many partitions as the cluster has threads. Messages naming
    "<stdin>" or a temporary file are given the original path and line.
 4. Load, here: `actorgraph ingest --bulk --db DIR --facts FILE` (sorted SST
    files that the store takes whole).

What a task is sent: without --scheduler (a LocalCluster on this machine) the
workers share this file system, so a task gets (path, offset, length) ranges
and reads them itself; with --scheduler the driver reads each partition and
scatters its bytes to the cluster, so workers need no shared file system.
--ship overrides either choice.

Exit status: 0 when every document was stored; 1 when a document was bad, a
partition failed or the load failed (what could be stored is stored, as
ingest does); 2 on a usage error.
"""
import argparse
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid

PROG = "actorgraph_dask"
BOM = b"\xef\xbb\xbf"
BLANK = b" \t\r"  # what ingest ignores on a JSONL line ('\n' ends it)
STDIN_SNIFF_LIMIT = 4096  # bytes `actorgraph extract -` reads to tell JSONL from text
READ_PIECE = 1 << 20  # partitioning reads lines in pieces of at most this many bytes
MIB = 1 << 20
DEFAULT_MIN_PARTITION = 1 * MIB
DEFAULT_MAX_PARTITION = 64 * MIB


# --- Partitioning ---------------------------------------------------------


class Segment:
    """Bytes [start, start + length) of one input file, beginning at a line.

    kind is "jsonl" or "text" (a whole file, one document). path is as the
    user gave it (messages show it, as ingest does); first_line is the file's
    line number of the segment's first line (1-based).
    """

    __slots__ = ("kind", "path", "start", "length", "first_line")

    def __init__(self, kind, path, start, length, first_line):
        self.kind = kind
        self.path = path
        self.start = start
        self.length = length
        self.first_line = first_line

    def spec(self):
        """What a worker needs: plain values, the path made absolute."""
        return (self.kind, os.path.abspath(self.path), self.start, self.length,
                os.path.basename(self.path))

    def __repr__(self):
        return "Segment(%r, %r, %d, %d, %d)" % (self.kind, self.path, self.start, self.length,
                                               self.first_line)


class Partition:
    """Segments extracted by one task, in input order."""

    def __init__(self, index, segments):
        self.index = index
        self.segments = segments

    def size(self):
        return sum(s.length for s in self.segments)

    def read(self):
        """The segments' bytes, concatenated (for shipping to a remote cluster)."""
        chunks = []
        for s in self.segments:
            with open(s.path, "rb") as f:
                f.seek(s.start)
                data = f.read(s.length)
            if len(data) != s.length:
                raise OSError("%s: file changed while it was read" % s.path)
            chunks.append(data)
        return b"".join(chunks)

    def describe(self):
        """Where the partition's segments start, for messages."""
        return ", ".join("%s from line %d" % (safe_for_terminal(s.path), s.first_line)
                         for s in self.segments)


class _Packer:
    """Packs segments into partitions of at least `target` bytes (the last may be smaller)."""

    def __init__(self, target):
        self.target = max(1, target)
        self.partitions = []
        self._current = []
        self._size = 0

    def full(self, pending=0):
        return bool(self._current or pending) and self._size + pending >= self.target

    def add(self, segment):
        self._current.append(segment)
        self._size += segment.length

    def close(self):
        if self._current:
            self.partitions.append(Partition(len(self.partitions), self._current))
        self._current = []
        self._size = 0


def _pack_jsonl(path, packer):
    """Cuts one JSONL file into segments (see the module comment) and packs them."""
    offset = 0  # file offset of the next byte to read
    line_no = 0  # lines begun so far
    seg_start, seg_line, seg_content = 0, 1, False
    line_blank = True  # the line being read has only BLANK bytes so far
    at_line_start = True

    def flush(end):
        if seg_content and end > seg_start:
            packer.add(Segment("jsonl", path, seg_start, end - seg_start, seg_line))

    with open(path, "rb") as f:
        while True:
            piece = f.readline(READ_PIECE)
            if not piece:
                break
            if at_line_start:
                line_no += 1
                opens_object = piece.lstrip(BLANK).startswith(b"{")
                if opens_object and packer.full(offset - seg_start) and offset > seg_start:
                    flush(offset)
                    packer.close()
                    seg_start, seg_line, seg_content = offset, line_no, False
                line_blank = True
            body = piece[:-1] if piece.endswith(b"\n") else piece
            if at_line_start and line_no == 1 and body.startswith(BOM):
                body = body[len(BOM):]
            if body.strip(BLANK):
                line_blank = False
            if not line_blank:
                seg_content = True
            offset += len(piece)
            at_line_start = piece.endswith(b"\n")
            if b"\0" in piece:
                # ingest reports the NUL and reads no further in this file; the
                # segment ends here and nothing may follow it in its stream.
                seg_content = True
                flush(offset)
                packer.close()
                return
    flush(offset)


def partition_inputs(files, target):
    """Partitions [(kind, path)] into Partitions of about `target` bytes."""
    packer = _Packer(target)
    for kind, path in files:
        if packer.full():
            packer.close()
        if kind == "jsonl":
            _pack_jsonl(path, packer)
        else:
            packer.add(Segment("text", path, 0, os.path.getsize(path), 1))
    packer.close()
    return packer.partitions


def _path_key(path):
    # std::filesystem::path compares element by element, bytes unsigned.
    return tuple(os.fsencode(part) for part in path.replace(os.sep, "/").split("/"))


def _extension(path):
    # As std::filesystem::path::extension: ".jsonl" alone is a name, not an extension.
    return os.path.splitext(os.path.basename(path))[1]


def list_inputs(inputs, report):
    """[(kind, path)] in the order ingest reads them; problems go to `report`."""
    files = []
    for p in inputs:
        if os.path.isdir(p):
            found = []
            for root, _, names in os.walk(p):
                for name in names:
                    full = os.path.join(root, name)
                    if _extension(name) in (".jsonl", ".txt") and os.path.isfile(full):
                        found.append(full)
            if not found:
                report("%s: no .txt or .jsonl files in this directory" % safe_for_terminal(p))
            files.extend(sorted(found, key=_path_key))
        elif os.path.exists(p):
            files.append(p)
        else:
            report("%s: no such file or directory" % safe_for_terminal(p))
    return [("jsonl" if _extension(f) == ".jsonl" else "text", f) for f in files]


def target_bytes(total, workers, partitions=None, partition_mb=None):
    """Bytes per partition: --partitions, --partition-mb, or four per worker
    thread bounded to [1, 64] MiB (big enough that the binary's start, about
    0.15 s, is small beside the work; small enough to balance the workers)."""
    if partitions:
        return max(1, -(-total // partitions))
    if partition_mb:
        return max(1, int(partition_mb * MIB))
    share = total // max(1, 4 * workers)
    return min(DEFAULT_MAX_PARTITION, max(DEFAULT_MIN_PARTITION, share))


# --- On a worker ------------------------------------------------------------
#
# These functions are sent to the workers by value (cloudpickle pickles what
# __main__ defines), so workers need this file only when it is imported as a
# module. They use plain tuples, not the classes above.


def stdin_reads_as_jsonl(data):
    """True when `actorgraph extract -` reads `data` as JSONL (cli/input.cc
    ReadStdin): the first byte that is neither blank nor part of a byte order
    mark at the very start is '{', within the first STDIN_SNIFF_LIMIT bytes."""
    for i in range(min(len(data), STDIN_SNIFF_LIMIT)):
        c = data[i:i + 1]
        if c in (b" ", b"\n", b"\r", b"\t"):
            continue
        if i < len(BOM) and BOM.startswith(data[:i + 1]):
            continue
        return c == b"{"
    return False


def run_partition(binary, specs, blob=None):
    """Runs `binary extract` on one partition; returns a dict (see below).

    specs: [(kind, abs_path, start, length, basename)]. blob: the segments'
    bytes, concatenated, or None to read the ranges from the paths.
    Returns {"stdout": bytes, "stderr": str, "returncode": int or None,
    "error": str or None, "names": [(name, first_line, first_offset)] per
    segment (the name the binary's messages use for it, and where the segment
    starts in that input), "host": str, "seconds": float}.
    """
    import socket
    import subprocess
    import tempfile
    import time

    started = time.time()
    result = {"stdout": b"", "stderr": "", "returncode": None, "error": None, "names": [],
              "host": socket.gethostname(), "seconds": 0.0}
    try:
        pieces = []
        pos = 0
        for kind, path, start, length, basename in specs:
            if blob is None:
                with open(path, "rb") as f:
                    f.seek(start)
                    data = f.read(length)
                if len(data) != length:
                    raise OSError("%s: file changed while it was read" % path)
            else:
                data = blob[pos:pos + length]
                pos += length
            pieces.append((kind, basename, data))
        command = [binary, "extract", "--threads", "1", "--with-document"]
        use_stdin = (all(kind == "jsonl" for kind, _, _ in pieces)
                     and stdin_reads_as_jsonl(pieces[0][2])
                     and not any(data.startswith(BOM) for _, _, data in pieces[1:]))
        if use_stdin:
            stream = []
            line, offset = 1, 0
            for _, _, data in pieces:
                if not data.endswith(b"\n"):
                    data += b"\n"  # the last line of a file may lack one
                result["names"].append(("<stdin>", line, offset))
                stream.append(data)
                line += data.count(b"\n")
                offset += len(data)
            proc = subprocess.run(command + ["-"], input=b"".join(stream), capture_output=True)
        else:
            with tempfile.TemporaryDirectory(prefix="actorgraph-dask-") as tmp:
                paths = []
                for i, (kind, basename, data) in enumerate(pieces):
                    if kind == "jsonl":
                        path = os.path.join(tmp, "%05d.jsonl" % i)
                    else:  # keeps the name: a text document's id is its file name
                        os.mkdir(os.path.join(tmp, "%05d" % i))
                        path = os.path.join(tmp, "%05d" % i, basename)
                    with open(path, "wb") as f:
                        f.write(data)
                    paths.append(path)
                    result["names"].append((path, 1, 0))
                proc = subprocess.run(command + paths, stdin=subprocess.DEVNULL,
                                      capture_output=True)
        result["stdout"] = proc.stdout
        result["stderr"] = proc.stderr.decode("utf-8", "replace")
        result["returncode"] = proc.returncode
    except OSError as e:
        result["error"] = "cannot run %s on %s: %s" % (binary, result["host"], e)
    result["seconds"] = time.time() - started
    return result


# --- Gathering --------------------------------------------------------------


def safe_for_terminal(text):
    """cli/terminal_text.h SafeForTerminal, for paths this script prints."""
    if isinstance(text, str):
        text = os.fsencode(text)
    out = []
    for ch in text.decode("utf-8", "replace"):
        c = ord(ch)
        if c < 0x20:
            out.append(chr(0x2400 + c))
        elif c == 0x7F:
            out.append("\u2421")
        elif 0x80 <= c <= 0x9F or 0x202A <= c <= 0x202E or 0x2066 <= c <= 0x2069:
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)


_LINE_TAG = re.compile(r"(\d+):")
_NUL_OFFSET = re.compile(r"\(NUL byte at offset (\d+)\)")


def translate_messages(stderr, partition, names):
    """The binary's stderr with each "actorgraph: NAME[:LINE]: ..." about a
    partition input rewritten to name the original file and its line (and
    file offset of a NUL byte). Returns (lines, located): located counts the
    rewritten lines, one per bad document."""
    segments = list(zip(partition.segments, names))
    by_name = {}
    for segment, (name, first_line, first_offset) in segments:
        by_name.setdefault(name, []).append((first_line, first_offset, segment))
    lines, located = [], 0
    prefix = "actorgraph: "
    for line in stderr.splitlines():
        match = None
        if line.startswith(prefix):
            rest = line[len(prefix):]
            for name in by_name:
                if rest.startswith(name + ":"):
                    match = name, rest[len(name) + 1:]
                    break
        if match is None:
            lines.append(line)
            continue
        name, rest = match
        candidates = by_name[name]
        tag = _LINE_TAG.match(rest)
        if tag:
            stream_line = int(tag.group(1))
            first_line, first_offset, segment = candidates[0]
            for candidate in candidates:
                if candidate[0] <= stream_line:
                    first_line, first_offset, segment = candidate
            rest = rest[tag.end():]
            where = "%s:%d" % (safe_for_terminal(segment.path),
                               segment.first_line + stream_line - first_line)
        else:
            first_line, first_offset, segment = candidates[0]
            where = safe_for_terminal(segment.path)
        rest = _NUL_OFFSET.sub(
            lambda m: "(NUL byte at offset %d)" % (int(m.group(1)) - first_offset + segment.start),
            rest)
        lines.append(prefix + where + ":" + rest)
        located += 1
    return lines, located


class Gatherer:
    """Writes results to the facts file in partition order; counts and reports."""

    def __init__(self, facts_file, err=sys.stderr):
        self.facts_file = facts_file
        self.err = err
        self.documents = 0
        self.bad_documents = 0
        self.failed = []  # Partitions whose task failed; their facts are not loaded
        self.hosts = set()
        self._reported = set()

    def take(self, partition, result):
        """Writes the facts of a partition whose extract ran (exit 0, or 1 with
        messages naming its bad documents); reports any other as failed."""
        self.hosts.add(result.get("host"))
        code = result.get("returncode")
        lines, located = [], 0
        if not result.get("error") and code in (0, 1):
            lines, located = translate_messages(result["stderr"], partition, result["names"])
        if result.get("error") or code not in (0, 1) or (code == 1 and located == 0):
            # Exit 1 naming no document: the extractor could not start (its
            # lexicons or model missing on that worker) or could not write.
            self.failed.append(partition)
            why = result.get("error") or "actorgraph extract exited with %s" % code
            self._say("partition %d (%s) failed, its documents are not loaded: %s"
                      % (partition.index, partition.describe(), why))
            detail = result.get("stderr", "").strip()
            if detail and detail not in self._reported:  # the same cause, once
                self._reported.add(detail)
                print(detail, file=self.err)
            return
        for line in lines:
            print(line, file=self.err)
        self.bad_documents += located
        out = result["stdout"]
        if out and not out.endswith(b"\n"):
            out += b"\n"
        self.facts_file.write(out)
        self.documents += out.count(b"\n")

    def _say(self, message):
        print("%s: %s" % (PROG, message), file=self.err)


# --- Dask -------------------------------------------------------------------


def extract_on_dask(client, partitions, binary, ship_bytes, window, gatherer):
    """Runs every partition on the cluster, handing results to `gatherer` in
    partition order. At most `window` partitions are in flight (and held here)."""
    from distributed import as_completed

    run = uuid.uuid4().hex[:8]
    pending = as_completed()
    index_of = {}
    results = {}
    next_submit = next_take = 0
    while next_take < len(partitions):
        while next_submit < len(partitions) and next_submit - next_take < window:
            part = partitions[next_submit]
            data = None
            if ship_bytes:
                try:
                    data = client.scatter(part.read(), hash=False)
                except OSError as e:
                    results[next_submit] = {"error": str(e)}
                    next_submit += 1
                    continue
            future = client.submit(run_partition, binary, [s.spec() for s in part.segments],
                                   data, pure=False,
                                   key="actorgraph-extract-%s-%05d" % (run, next_submit))
            index_of[future.key] = next_submit
            pending.add(future)
            next_submit += 1
        if next_take not in results:  # then it is in flight: wait for any
            future = next(pending)
            index = index_of.pop(future.key)
            try:
                results[index] = future.result()
            except Exception as e:  # a lost worker (KilledWorker), a cancelled task
                results[index] = {"error": "%s: %s" % (type(e).__name__, e)}
            del future
        while next_take in results:
            gatherer.take(partitions[next_take], results.pop(next_take))
            next_take += 1


def resolve_binary(flag):
    """(path to run here, path for the workers): --binary, $ACTORGRAPH_BINARY,
    `actorgraph` on PATH (each worker looks it up on its own PATH), else
    ../build/cli/actorgraph beside this script."""
    spec = flag or os.environ.get("ACTORGRAPH_BINARY")
    if spec:
        if os.sep in spec:
            spec = os.path.abspath(spec)
            return spec, spec
        return shutil.which(spec) or spec, spec
    found = shutil.which("actorgraph")
    if found:
        return found, "actorgraph"
    here = os.path.dirname(os.path.abspath(__file__))
    built = os.path.normpath(os.path.join(here, "..", "build", "cli", "actorgraph"))
    return built, built


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Extract JSONL documents on Dask workers (actorgraph extract) and load "
                    "the facts into one store (actorgraph ingest --bulk --facts). The store holds "
                    "what a plain `actorgraph ingest` of the same inputs holds.",
        epilog="Run with /usr/bin/python3 (Debian's python3-distributed). docs/scale.md.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help=".jsonl files or directories (every .jsonl and .txt below, sorted)")
    parser.add_argument("--db", required=True, metavar="DIR", help="store directory (created when missing)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="a running Dask scheduler, e.g. tcp://HOST:8786 (default: start a "
                             "LocalCluster on this machine)")
    parser.add_argument("--workers", type=int, metavar="N",
                        help="LocalCluster worker processes (default: every core); with "
                             "--scheduler, wait until N workers have joined")
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--partitions", type=int, metavar="N",
                      help="cut the corpus into about N partitions")
    size.add_argument("--partition-mb", type=float, metavar="M",
                      help="about M MiB per partition (default: 4 per worker thread, "
                           "1 to 64 MiB each)")
    parser.add_argument("--binary", metavar="PATH",
                        help="the actorgraph binary (default: $ACTORGRAPH_BINARY, actorgraph "
                             "on PATH, ../build/cli/actorgraph); with --scheduler, the path "
                             "on the workers")
    parser.add_argument("--keep-facts", metavar="DIR",
                        help="write the gathered facts to DIR/facts.jsonl and keep them")
    parser.add_argument("--ship", choices=("auto", "ranges", "bytes"), default="auto",
                        help="send tasks file ranges (workers share this file system) or the "
                             "partition's bytes; auto: ranges without --scheduler, bytes with")
    args = parser.parse_args(argv)
    if "-" in args.inputs:
        parser.error("standard input is not supported; give files or directories")
    if args.workers is not None and args.workers < 1:
        parser.error("--workers must be 1 or more")
    if args.partitions is not None and args.partitions < 1:
        parser.error("--partitions must be 1 or more")
    if args.partition_mb is not None and args.partition_mb <= 0:
        parser.error("--partition-mb must be more than 0")
    return args


class _Cluster:
    """A Client of --scheduler, or of a LocalCluster started (and closed) here."""

    def __init__(self, args, local_directory):
        from distributed import Client, LocalCluster

        self.cluster = None
        if args.scheduler:
            self.client = Client(args.scheduler)
            wanted = args.workers or 1
            if len(self.client.scheduler_info()["workers"]) < wanted:
                print("%s: waiting for %d workers at %s" % (PROG, wanted, args.scheduler),
                      file=sys.stderr)
            self.client.wait_for_workers(wanted)
        else:
            self.cluster = LocalCluster(n_workers=args.workers or os.cpu_count() or 1,
                                        threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=logging.ERROR,
                                        local_directory=local_directory)
            self.client = Client(self.cluster)

    def close(self):
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    started = time.time()
    local_binary, worker_binary = resolve_binary(args.binary)
    problems = []

    def report(message):
        problems.append(message)
        print("%s: %s" % (PROG, message), file=sys.stderr)

    files = list_inputs(args.inputs, report)
    total = sum(os.path.getsize(path) for _, path in files)
    ship_bytes = args.ship == "bytes" or (args.ship == "auto" and args.scheduler is not None)

    with tempfile.TemporaryDirectory(prefix="actorgraph-dask-") as work:
        if args.keep_facts:
            os.makedirs(args.keep_facts, exist_ok=True)
            facts_path = os.path.join(args.keep_facts, "facts.jsonl")
        else:
            facts_path = os.path.join(work, "facts.jsonl")
        partitions, workers = [], {}
        extract_seconds = 0.0
        with open(facts_path, "wb") as facts_file:
            gatherer = Gatherer(facts_file)
            if files:
                try:
                    cluster = _Cluster(args, os.path.join(work, "dask"))
                except (OSError, TimeoutError) as e:
                    print("%s: cannot reach the Dask scheduler: %s" % (PROG, e), file=sys.stderr)
                    return 1
                try:
                    workers = cluster.client.scheduler_info()["workers"]
                    threads = sum(w.get("nthreads", 1) for w in workers.values()) or 1
                    target = target_bytes(total, threads, args.partitions, args.partition_mb)
                    partitions = partition_inputs(files, target)
                    extract_started = time.time()
                    extract_on_dask(cluster.client, partitions, worker_binary, ship_bytes,
                                    max(2, 2 * threads), gatherer)
                    extract_seconds = time.time() - extract_started
                finally:
                    cluster.close()

        load_started = time.time()
        load_code = None
        if partitions and len(gatherer.failed) == len(partitions):
            print("%s: every partition failed; nothing is loaded" % PROG, file=sys.stderr)
        else:
            load_code = subprocess.run(
                [local_binary, "ingest", "--bulk", "--db", args.db, "--facts", facts_path]).returncode
            if load_code != 0:
                print("%s: actorgraph ingest --bulk --facts exited with %d" % (PROG, load_code),
                      file=sys.stderr)
        load_seconds = time.time() - load_started

    print("%s: %d documents (%d bad) from %d partitions (%d failed) on %d workers (%d hosts): "
          "extract %.2f s, load %.2f s, %.2f s in all"
          % (PROG, gatherer.documents, gatherer.bad_documents, len(partitions),
             len(gatherer.failed), len(workers), len(gatherer.hosts - {None}),
             extract_seconds, load_seconds, time.time() - started), file=sys.stderr)
    ok = not problems and not gatherer.failed and gatherer.bad_documents == 0 and load_code == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
