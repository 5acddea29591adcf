#!/usr/bin/env python3
"""Spark and a single `khayt extract` must code a corpus to the same events.

1. The dev split (../shared/bench/gsr/dev.jsonl) through khayt_spark.run in local[2] with
   4 partitions, the binary shipped with addFile as a non-executable copy (so the job's
   chmod is exercised): the events as a set (and a multiset, and in order) of canonical
   JSON strings equal a one-process `khayt extract --threads 1` run; no errors.
2. A small input with bad records (malformed JSON, an empty text, a missing text, a blank
   line) among good ones, through `spark-submit --files` (the command-line path) with an
   overlay lexicon (--lexicon): the exit code is 1, every bad record is in errors/ with
   khayt's own reason and id, and the good records code to the same events as khayt
   alone with the same overlay.

Plain script, no test framework: exits non-zero when a check fails, 0 with a SKIPPED line
when ../shared is absent. Run it with a Python that has pyspark (see .ci/spark.sh):
    KHAYT_BIN=target/debug/khayt target/spark-venv/bin/python contrib/spark/test_spark_equivalence.py
"""

import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEV = REPO.parent / "shared" / "bench" / "gsr" / "dev.jsonl"

# Spark logs at INFO by default; keep only errors so a CI log stays readable.
LOG4J2 = """\
rootLogger.level = error
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n
"""

BAD_LINES = [
    '{"id": "broken-1", "text": "قصف',  # cut off: malformed JSON
    "",  # blank: skipped by khayt, not an error
    '{"id": "empty-1", "date": "2017-05-01", "text": ""}',
    '{"id": "notext-1", "date": "2017-05-01"}',
]


OVERLAY_ACTOR = (
    "id\ttype\tcountry\tsector\tname_en\tname_ar\taliases_ar\tadjectives_ar\taffiliations\torigin\n"
    "zz-test-brigade\tarmed_group\tSYR\tREB\tTest Brigade\tكتائب النسر الوهمي\t\t\t\tcurated\n"
)
OVERLAY_ARTICLE = json.dumps(
    {"id": "overlay-1", "date": "2017-05-01",
     "text": "قصفت كتائب النسر الوهمي مدينة تدمر يوم الاثنين، وقتل ثلاثة مدنيين."},
    ensure_ascii=False,
)


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"  ok   {name}")
        else:
            self.failed += 1
            print(f"  FAIL {name}" + (f"\n       {detail}" if detail else ""))


def canon(line):
    return json.dumps(json.loads(line), sort_keys=True, ensure_ascii=False)


def read_parts(directory):
    """The lines of a Spark text output, part files in order."""
    lines = []
    for part in sorted(Path(directory).glob("part-*")):
        lines += part.read_text(encoding="utf-8").splitlines()
    return lines


def khayt_alone(binary, path, lexicon_args=()):
    """Events and error records of one `khayt extract --threads 1` process."""
    r = subprocess.run(
        [str(binary), *lexicon_args, "extract", "--threads", "1", "--errors-json", str(path)],
        capture_output=True,
        check=False,
    )
    if r.returncode not in (0, 1):
        raise SystemExit(f"khayt extract failed ({r.returncode}): {r.stderr.decode()[-2000:]}")
    errors = [json.loads(l) for l in r.stderr.decode().splitlines() if l.startswith("{")]
    return r.stdout.decode().splitlines(), errors, r.returncode


def diff_detail(got, want):
    missing = sorted(set(want) - set(got))
    extra = sorted(set(got) - set(want))
    return (
        f"{len(missing)} missing, {len(extra)} extra; "
        f"first missing: {missing[:1]}; first extra: {extra[:1]}"
    )


def dev_split(checks, binary, work):
    from pyspark import SparkConf, SparkContext

    sys.path.insert(0, str(HERE))
    import khayt_spark

    want, want_errors, code = khayt_alone(binary, DEV)
    checks.check("khayt alone codes the dev split without errors", code == 0 and not want_errors)
    records = sum(1 for l in DEV.read_text(encoding="utf-8").splitlines() if l.strip())

    # Shipped without its executable bit, as some file systems and cluster managers do.
    shipped = work / "bin" / "khayt"
    shipped.parent.mkdir()
    shutil.copyfile(binary, shipped)
    shipped.chmod(0o644)

    conf = (
        SparkConf()
        .setMaster("local[2]")
        .setAppName("khayt-spark-equivalence")
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false")
    )
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        t = time.monotonic()
        summary = khayt_spark.run(sc, str(DEV), str(work / "dev-out"), partitions=4,
                                  khayt=str(shipped))
        seconds = time.monotonic() - t
        # the hand-over to the store: articles with their events (khayt ingest --coded)
        khayt_spark.run(sc, str(DEV), str(work / "dev-bundle"), partitions=4,
                        khayt=str(shipped), bundle=True)
    finally:
        sc.stop()
    print(f"  spark local[2] over the dev split: {seconds:.1f} s wall "
          f"({summary['partitions']} partitions, {summary['events']} events, "
          f"slowest khayt task {summary['task_seconds_max']} s)")

    got = read_parts(work / "dev-out" / "events")
    got_c, want_c = [canon(l) for l in got], [canon(l) for l in want]
    checks.check(f"same set of events ({len(set(want_c))})", set(got_c) == set(want_c),
                 diff_detail(got_c, want_c))
    checks.check("same multiset of events (no duplicates or losses)",
                 collections.Counter(got_c) == collections.Counter(want_c),
                 f"{len(got_c)} events from Spark, {len(want_c)} from khayt")
    checks.check("same order (a split text file keeps input order)",
                 summary["order_kept"] and got_c == want_c)
    checks.check("no error records", read_parts(work / "dev-out" / "errors") == [])
    r = subprocess.run([str(binary), "extract", "--threads", "1", "--bundle", str(DEV)],
                       capture_output=True, check=False)
    want_b = [canon(l) for l in r.stdout.decode().splitlines()]
    got_b = [canon(l) for l in read_parts(work / "dev-bundle" / "events")]
    checks.check(f"--bundle: the same articles with the same events ({len(want_b)})",
                 r.returncode == 0 and got_b == want_b and len(want_b) == records,
                 diff_detail(got_b, want_b))
    checks.check(
        "summary counts",
        (summary["records"], summary["failed"], summary["events"]) == (records, 0, len(want)),
        json.dumps(summary),
    )
    return seconds


def bad_records(checks, binary, work):
    # An overlay lexicon shipped with --lexicon must reach the executors' khayt.
    lexicon = work / "overlay"
    (lexicon / "actors").mkdir(parents=True)
    (lexicon / "actors" / "test.tsv").write_text(OVERLAY_ACTOR, encoding="utf-8")
    good = DEV.read_text(encoding="utf-8").splitlines()[:11] + [OVERLAY_ARTICLE]
    lines = good[:5] + BAD_LINES[:2] + good[5:9] + BAD_LINES[2:] + good[9:]
    path = work / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    want, want_errors, code = khayt_alone(binary, path, ["--lexicon", str(lexicon)])
    checks.check("khayt alone rejects the 3 bad records", code == 1 and len(want_errors) == 3,
                 json.dumps(want_errors, ensure_ascii=False))

    shipped = work / "files" / "khayt"
    shipped.parent.mkdir()
    shutil.copyfile(binary, shipped)
    shipped.chmod(0o644)
    submit = Path(sys.executable).parent / "spark-submit"
    if not submit.exists():
        submit = Path(shutil.which("spark-submit") or "spark-submit")
    out = work / "bad-out"
    cmd = [
        str(submit), "--master", "local[2]", "--conf", "spark.ui.enabled=false",
        "--conf", "spark.ui.showConsoleProgress=false",
        "--files", str(shipped), str(HERE / "khayt_spark.py"),
        "--lexicon", str(lexicon), "--partitions", "3", "--log-level", "ERROR",
        str(path), str(out),
    ]
    r = subprocess.run(cmd, capture_output=True, text=True, check=False)
    checks.check("spark-submit exits 1 (records rejected, job done)", r.returncode == 1,
                 f"exit {r.returncode}: {r.stderr[-3000:]}")
    if not (out / "events").is_dir():
        checks.check("spark-submit wrote its outputs", False, r.stderr[-3000:])
        return

    got = [canon(l) for l in read_parts(out / "events")]
    checks.check("the good records still code to the same events",
                 collections.Counter(got) == collections.Counter(canon(l) for l in want),
                 diff_detail(got, [canon(l) for l in want]))
    checks.check("the overlay lexicon was used",
                 any('"id": "zz-test-brigade"' in e for e in got))
    errors = [json.loads(l) for l in read_parts(out / "errors")]
    key = lambda e: (e["error"], e["id"])  # noqa: E731
    checks.check("every bad record is in errors/ with khayt's reason and id",
                 sorted(map(key, errors), key=str) == sorted(map(key, want_errors), key=str),
                 json.dumps(errors, ensure_ascii=False))
    malformed = [e for e in errors if e["error"].startswith("malformed JSON")]
    checks.check("a malformed record is shown as it was read",
                 len(malformed) == 1 and malformed[0]["record"] == BAD_LINES[0],
                 json.dumps(malformed, ensure_ascii=False))
    summary = json.loads(read_parts(out / "summary")[0])
    checks.check("summary counts the bad records",
                 (summary["records"], summary["blank"], summary["failed"],
                  summary["articles_coded"]) == (len(lines) - 1, 1, 3, len(good)),
                 json.dumps(summary))


def main():
    started = time.monotonic()
    if not DEV.is_file():
        print(f"spark test SKIPPED: {DEV} is absent (../shared is not beside the repo)")
        return 0
    binary = Path(os.environ.get("KHAYT_BIN") or REPO / "target" / "debug" / "khayt").resolve()
    if not binary.is_file():
        print(f"spark test: no khayt binary at {binary} (build it, or set KHAYT_BIN)")
        return 2
    try:
        import pyspark
    except ImportError:
        print("spark test: pyspark is not importable by this Python (see .ci/spark.sh)")
        return 2

    work = Path(tempfile.mkdtemp(prefix="khayt-spark-test-"))
    conf_dir = work / "conf"
    conf_dir.mkdir()
    (conf_dir / "log4j2.properties").write_text(LOG4J2)
    # The executors' Python must be this one (it has pyspark); bind to loopback so a host
    # name that does not resolve cannot stop local mode.
    os.environ.update(
        SPARK_CONF_DIR=str(conf_dir),
        PYSPARK_PYTHON=sys.executable,
        PYSPARK_DRIVER_PYTHON=sys.executable,
        SPARK_LOCAL_IP="127.0.0.1",
    )
    print(f"spark equivalence test: pyspark {pyspark.__version__}, khayt {binary}")
    checks = Checks()
    try:
        for name, part in (("dev split", dev_split), ("bad records", bad_records)):
            print(f"{name}:")
            try:
                part(checks, binary, work)
            except Exception:  # noqa: BLE001 - a crash is one more failed check
                checks.check(f"{name} ran", False, traceback.format_exc()[-3000:])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"  whole test: {time.monotonic() - started:.1f} s wall")
    print(f"spark: {checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
