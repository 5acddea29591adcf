#!/usr/bin/env python3
"""Code a corpus of JSON Lines articles with khayt on a Spark cluster.

Each partition of the input is streamed through one `khayt extract --threads 1
--errors-json` process on an executor (one process per task, so a Spark core is a khayt
core). The binary is shipped with SparkContext.addFile (or spark-submit --files) and found
with SparkFiles.get. Output, under OUTPUT:

  events/   the events, JSON Lines, the same records `khayt extract` writes
  errors/   one JSON object per record khayt could not code (reason, article id,
            partition, line within the partition, the start of the raw record)
  summary/  one JSON object: counts over the whole run

Records khayt rejects (malformed JSON, missing id or text, empty or oversized article)
never fail the job; they are written to errors/ and counted, and the driver exits 1 at
the end like `khayt extract` does (0 with --allow-bad-records). A khayt process that
crashes or exits for any other reason fails its task, so Spark retries it; a job that
fails makes the driver exit 2.

    spark-submit --master local[2] contrib/spark/khayt_spark.py \
        --khayt target/release/khayt articles.jsonl out/

See README.md beside this file.
"""

import argparse
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time
import traceback

# How much of a rejected record to keep in errors/: enough to find it, bounded so that a
# garbage input cannot blow up executor memory.
RECORD_HEAD = 300

SUMMARY_RE = re.compile(
    r"^khayt: (\d+) article\(s\) coded, (\d+) event\(s\), (\d+) failed$"
)


def executable(path):
    """Returns a runnable path for a file fetched by addFile.

    Spark does not always keep the executable bit of a shipped file (it depends on the
    file system it came from and the cluster manager), so set it; when the fetched copy
    cannot be changed (read-only directory, another owner), run a private copy.
    """
    if os.access(path, os.X_OK):
        return path
    try:
        os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        if os.access(path, os.X_OK):
            return path
    except OSError:
        pass
    copy = os.path.join(tempfile.mkdtemp(prefix="khayt-bin-"), os.path.basename(path))
    shutil.copyfile(path, copy)
    os.chmod(copy, 0o755)
    return copy


def code_partition(index, lines, binary_name, lexicon_names, bundle=False):
    """Runs khayt over one partition; yields (kind, text) with kind "e" (an event line),
    "x" (an error record as JSON) or "s" (this partition's counts as JSON)."""
    from pyspark import SparkFiles  # on the executor

    started = time.monotonic()
    binary = executable(SparkFiles.get(binary_name))
    cmd = [binary]
    for name in lexicon_names:
        cmd += ["--lexicon", SparkFiles.get(name)]
    cmd += ["extract", "--threads", "1", "--errors-json"]
    if bundle:
        # one line per article with its events: what `khayt ingest --coded` stores
        cmd.append("--bundle")
    proc = subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )

    # The heads of the records fed, so that a record khayt rejects by line number can be
    # shown in errors/ (khayt only sees "<stdin>" and a line within this partition).
    # Bounded: RECORD_HEAD characters a line, tens of MB for a 128 MB partition.
    heads = []
    counts = {"records": 0, "blank": 0, "replacement_char": 0}
    fed = {"error": None}

    def feed():
        try:
            for line in lines:
                heads.append(line[:RECORD_HEAD])
                # Blank as khayt sees it (it skips these): a BOM, then whitespace.
                if not line.lstrip("\ufeff").strip():
                    counts["blank"] += 1
                else:
                    counts["records"] += 1
                    # Spark's text reader turns invalid UTF-8 into U+FFFD where khayt
                    # would reject the record; count them so that this is visible.
                    if "\ufffd" in line:
                        counts["replacement_char"] += 1
                # surrogatepass: a lone surrogate reaches khayt as invalid UTF-8 and is
                # reported there rather than failing the task here.
                proc.stdin.write(line.encode("utf-8", "surrogatepass"))
                proc.stdin.write(b"\n")
            proc.stdin.close()
        except BaseException as e:  # noqa: BLE001 - reported after the process ends
            fed["error"] = e
            try:
                proc.stdin.close()
            except OSError:
                pass

    stderr_lines = []

    def drain():
        for raw in proc.stderr:
            stderr_lines.append(raw.decode("utf-8", "replace").rstrip("\n"))

    writer = threading.Thread(target=feed, daemon=True)
    reader = threading.Thread(target=drain, daemon=True)
    writer.start()
    reader.start()

    events = 0
    for raw in proc.stdout:
        events += 1
        yield ("e", raw.decode("utf-8").rstrip("\n"))
    code = proc.wait()
    writer.join()
    reader.join()

    errors, summary, other = [], None, []
    for line in stderr_lines:
        if line.startswith("{"):
            try:
                errors.append(json.loads(line))
                continue
            except ValueError:
                pass
        m = SUMMARY_RE.match(line)
        if m:
            summary = tuple(int(g) for g in m.groups())
        else:
            other.append(line)

    def fail(why):
        tail = "\n".join(stderr_lines[-20:])
        raise RuntimeError(
            f"khayt on partition {index}: {why} (command: {' '.join(cmd)})\n{tail}"
        )

    if fed["error"] is not None:
        fail(f"feeding the input failed: {fed['error']!r}")
    if code not in (0, 1):
        fail(f"exit code {code}")
    if code == 1 and not errors:
        fail("exit code 1 without a bad record")
    if summary is not None and (summary[1], summary[2]) != (events, len(errors)):
        fail(f"summary {summary} disagrees with {events} events, {len(errors)} errors")

    for line in other:
        # Not expected from `khayt extract`; keep it in the executor's log.
        print(f"khayt (partition {index}): {line}", file=sys.stderr)
    for e in errors:
        line_no = e.get("line") or 0
        # khayt gives the line within the partition's stdin, for records rejected while
        # reading as for those rejected while coding (empty or oversized text)
        head = heads[line_no - 1] if 0 < line_no <= len(heads) else None
        yield (
            "x",
            json.dumps(
                {
                    "error": e.get("error"),
                    "id": e.get("id"),
                    "partition": index,
                    "line": line_no or None,
                    "record": head,
                },
                ensure_ascii=False,
            ),
        )
    stats = dict(counts)
    stats.update(
        partition=index,
        events=events,
        failed=len(errors),
        seconds=round(time.monotonic() - started, 3),
    )
    yield ("s", json.dumps(stats))


def run(sc, input_path, output, partitions=None, khayt=None, khayt_name="khayt",
        lexicons=(), bundle=False):
    """Codes input_path into output (see the module doc); returns the summary dict.

    khayt: a path or URL of the binary to ship with addFile; None when it was shipped
    already (spark-submit --files) under khayt_name. lexicons: overlay directories.
    bundle: write articles with their events (for `khayt ingest --coded`) instead of events.
    """
    from pyspark import StorageLevel

    started = time.monotonic()
    if __name__ != "__main__":
        # Imported (not spark-submitted): the task functions are pickled by reference to
        # this module, so the executors need it too.
        sc.addPyFile(os.path.abspath(__file__))
    if khayt is not None:
        sc.addFile(khayt)
        khayt_name = os.path.basename(khayt.rstrip("/"))
    lexicon_names = []
    for d in lexicons:
        sc.addFile(d, recursive=True)
        lexicon_names.append(os.path.basename(d.rstrip("/")))

    partitions = partitions or sc.defaultParallelism
    rdd = sc.textFile(input_path, minPartitions=partitions)
    # A split file keeps input order across part files; an unsplittable one (gzip)
    # can only be spread by a shuffle, which loses it.
    order_kept = rdd.getNumPartitions() >= partitions
    if not order_kept:
        rdd = rdd.repartition(partitions)

    def task(index, lines):
        return code_partition(index, lines, khayt_name, lexicon_names, bundle)

    coded = rdd.mapPartitionsWithIndex(task, preservesPartitioning=True)
    # Events, errors and counts come from one pass of khayt; keep it so that the three
    # outputs below do not run it three times. khayt is deterministic, so a partition
    # recomputed after a lost block gives the same records.
    coded.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        coded.filter(lambda kv: kv[0] == "e").values().saveAsTextFile(
            output.rstrip("/") + "/events"
        )
        coded.filter(lambda kv: kv[0] == "x").values().coalesce(1).saveAsTextFile(
            output.rstrip("/") + "/errors"
        )
        stats = [json.loads(s) for s in coded.filter(lambda kv: kv[0] == "s").values().collect()]
    finally:
        coded.unpersist()

    summary = {
        "input": input_path,
        "output": output,
        "partitions": len(stats),
        "order_kept": order_kept,
    }
    for k in ("records", "blank", "events", "failed", "replacement_char"):
        summary[k] = sum(s[k] for s in stats)
    summary["articles_coded"] = summary["records"] - summary["failed"]
    summary["task_seconds_max"] = max((s["seconds"] for s in stats), default=0)
    summary["seconds"] = round(time.monotonic() - started, 3)
    sc.parallelize([json.dumps(summary)], 1).saveAsTextFile(output.rstrip("/") + "/summary")
    return summary


def main(argv=None):
    p = argparse.ArgumentParser(
        description="Code JSON Lines articles with khayt on Spark (events, errors, summary under OUTPUT)."
    )
    p.add_argument("input", help="articles, JSON Lines: a file, directory or glob (local, hdfs://, s3a://)")
    p.add_argument("output", help="output directory (must not exist): events/, errors/, summary/")
    p.add_argument("--khayt", help="khayt binary to ship with addFile (path or URL); omit when "
                   "it is shipped with spark-submit --files")
    p.add_argument("--khayt-name", default="khayt",
                   help="file name of the binary shipped with --files (default: khayt)")
    p.add_argument("--lexicon", action="append", default=[], metavar="DIR",
                   help="overlay lexicon directory to ship (as khayt --lexicon); may be repeated")
    p.add_argument("--partitions", type=int,
                   help="minimum number of input partitions, i.e. khayt tasks "
                   "(default: the cluster's default parallelism)")
    p.add_argument("--bundle", action="store_true",
                   help="write one line per article with its events in an `events` field "
                   "(khayt extract --bundle), ready for `khayt ingest --coded` into the store")
    p.add_argument("--allow-bad-records", action="store_true",
                   help="exit 0 even when some records were rejected (they are still in errors/)")
    p.add_argument("--log-level", default="WARN", help="Spark log level (default: WARN)")
    args = p.parse_args(argv)

    from pyspark import SparkConf, SparkContext

    sc = SparkContext.getOrCreate(SparkConf().setAppName("khayt-extract"))
    sc.setLogLevel(args.log_level)
    try:
        summary = run(sc, args.input, args.output, args.partitions, args.khayt,
                      args.khayt_name, args.lexicon, args.bundle)
    except Exception:  # noqa: BLE001
        # 2 as khayt exits on a fatal error, so that 1 keeps meaning "bad records".
        traceback.print_exc()
        return 2
    finally:
        sc.stop()
    print(json.dumps(summary))
    print(
        f"khayt-spark: {summary['articles_coded']} article(s) coded, {summary['events']} "
        f"event(s), {summary['failed']} failed, in {summary['partitions']} partition(s), "
        f"{summary['seconds']} s",
        file=sys.stderr,
    )
    if summary["replacement_char"]:
        print(f"khayt-spark: {summary['replacement_char']} record(s) hold U+FFFD "
              "(invalid UTF-8 in the input is replaced by Spark's text reader)", file=sys.stderr)
    if summary["failed"]:
        print(f"khayt-spark: rejected records are listed in {args.output.rstrip('/')}/errors",
              file=sys.stderr)
        return 0 if args.allow_bad_records else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
