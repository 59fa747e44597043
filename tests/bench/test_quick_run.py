"""The benchmark itself works end to end: a quick run at two tiny sizes fills its databases,
serves them, measures every row and writes a report with each of them, the growth from one
size to the other and the targets. Speed is not asserted here (it belongs in bench/)."""

import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path

from bench import report
from bench.run import MODES, growing_loads, page_loads

ROOT = Path(__file__).resolve().parent.parent.parent
SIZES = (24, 48)
RUN_MODES = ("on", "off")


def free_port_of_our_own() -> int:
    """A port outside the range the other tests' servers are given by the system."""
    for port in range(8600, 8700):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in 8600-8699")


def quick_run(tmp_path: Path) -> str:
    on_postgres = os.environ.get("DATABASE_URL", "").startswith("postgres")
    results = tmp_path / "RESULTS.md"
    command = [
        sys.executable, "bench/run.py", "--loader", "python",
        "--database", "postgres" if on_postgres else "sqlite",
        "--cache", "redis" if os.environ.get("CACHE_URL", "").startswith("redis") else "memory",
        "--postgres-name", f"iawp_bench_test_{uuid.uuid4().hex[:8]}",
        "--sizes", ",".join(map(str, SIZES)), "--modes", ",".join(RUN_MODES),
        "--seconds", "0.05", "--ceiling-seconds", "0.05", "--searches", "8",
        "--port", str(free_port_of_our_own()), "--record", str(results),
    ]  # fmt: skip
    # A guard against a hang, not a speed check: a loaded machine may take minutes.
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, timeout=480)
    return results.read_text(encoding="utf-8")


def test_a_quick_run_reports_every_row_at_both_sizes_with_growth_and_targets(tmp_path):
    text = quick_run(tmp_path)

    for size in SIZES:
        assert f", {size} items (" in text
    for name in page_loads():
        assert text.count(f"| {name} |") == len(SIZES) * len(RUN_MODES), name
    for name in growing_loads("sessionid=x", 1):
        assert text.count(f"| {name} |") == len(SIZES), name
    for name in [*page_loads(), *growing_loads("sessionid=x", 1)]:
        assert f"| Page cache on: {name} |" in text, name  # how its cost grows
    for mode in RUN_MODES:
        assert text.count(f"#### {MODES[mode].title}") == len(SIZES)
    assert text.count("| single searches | time |") == text.count("| p95 |") == len(SIZES)
    assert text.count("| `/sitemap.xml` | 200 |") == len(SIZES)
    assert f"### How each cost grows from {SIZES[0]} items" in text

    targets = text.split("### Targets (#18)")[1].split("<!--")[0]
    for target in ("single searches at", "random searches under load at", "each sitemap file at",
                   report.FBCLID, report.UTM, "no public page costs more than 2×"):  # fmt: skip
        assert target in targets, target
    assert all(line[2] in "✓✗" for line in targets.strip().splitlines())
