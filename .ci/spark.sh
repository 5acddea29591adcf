#!/usr/bin/env bash
# Spark equivalence test (contrib/spark): Spark local[2] must code the dev split to the same
# events as one `khayt extract`. Run after `cargo test --workspace`, which builds
# target/debug/khayt (or point KHAYT_BIN at a binary).
#
# Java and pyspark are installed when missing (Debian's default-jre-headless as root;
# pyspark from PyPI into target/spark-venv, reused on later runs). When they cannot be
# installed (no network, no root) the test is skipped with a message and exit 0; a test
# that runs and fails exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# 3.5.x: supports Java 8/11/17 and Python 3.8-3.11 (Debian 12 ships Java 17).
pyspark_version=3.5.7
venv=$root/target/spark-venv
bin=${KHAYT_BIN:-$root/target/debug/khayt}
case $bin in /*) ;; *) bin=$root/$bin ;; esac

skip() {
    echo "spark test SKIPPED: $*"
    exit 0
}

if [ ! -x "$bin" ]; then
    echo "spark test: no khayt binary at $bin (run cargo build or cargo test first, or set KHAYT_BIN)"
    exit 1
fi
if [ ! -f ../shared/bench/gsr/dev.jsonl ]; then
    skip "../shared/bench/gsr/dev.jsonl is absent"
fi

if ! command -v java >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "spark test: installing default-jre-headless"
        timeout 600 apt-get update -qq >/dev/null 2>&1 || true
        DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq --no-install-recommends \
            default-jre-headless >/dev/null 2>&1 || true
    fi
    command -v java >/dev/null || skip "java is not installed and could not be installed"
fi
echo "spark test: $(java -version 2>&1 | head -1)"

have_pyspark() {
    [ -x "$venv/bin/python" ] &&
        "$venv/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$pyspark_version')" 2>/dev/null
}
if ! have_pyspark; then
    command -v python3 >/dev/null || skip "python3 is not installed"
    python3 -m venv --clear "$venv" >/dev/null 2>&1 || skip "python3 -m venv failed (python3-venv missing?)"
    start=$(date +%s)
    if ! timeout 900 "$venv/bin/pip" install -q --disable-pip-version-check "pyspark==$pyspark_version"; then
        skip "pip could not install pyspark==$pyspark_version"
    fi
    echo "spark test: pip installed pyspark $pyspark_version in $(($(date +%s) - start)) s"
fi

KHAYT_BIN=$bin timeout 1200 "$venv/bin/python" contrib/spark/test_spark_equivalence.py
