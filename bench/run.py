"""The site's speed, as ratios to the stack's own ceiling, measured in one run, at two sizes of
content, on SQLite or PostgreSQL.

    .venv/bin/python bench/run.py              # SQLite, at 15,000 and at 150,000 items
    .venv/bin/python bench/run.py --database postgres --sizes 15000 --record
    make bench BENCH_ARGS="--database postgres --sizes 15000,150000"

For each size, generates news items and events (two thirds news) in four languages and every
region, with texts drawn from a vocabulary of 20,000 words per language (bench/vocabulary.py),
into a fresh database (bench/generate.py), serves the site with gunicorn on loopback with
production settings (bench/measured_site.py), and measures:

- each page type, loaded with wrk, with the page cache on, then off, then with its reused
  pieces off too (reference, no target);
- what grows with the content, page cache on: an item page with a tracking parameter (a new
  fbclid on every request, and utm_*), the admin's news list and change form (an editor
  logged in), random searches under load (a new query every request), 200 single searches
  asked one at a time (bench/probes.py), and every file of the sitemap.

/healthz, answered before any Django work, is the ceiling: every load's requests per second
are a ratio to it, measured in the same run, so the numbers compare across machines. Then
prints how each cost grows from the first size to the others and the issue's targets (#18),
each with ✓ or ✗ (bench/report.py). PostgreSQL and Redis are started when needed
(scripts/start-services.sh), wrk installed from Debian's package when missing.
"""

import argparse
import os
import platform
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import report  # noqa: E402
from bench.load import (  # noqa: E402
    ACCEPT_ENCODING,
    CONNECTIONS,
    THREADS,
    Load,
    PythonLoader,
    Wrk,
    fetch,
    wait_until_idle,
)
from bench.measured_site import Site, editor_cookie  # noqa: E402
from bench.probes import search_path, search_queries, sitemap_files, time_searches  # noqa: E402
from bench.report import HEALTHZ, Mode, Row, SizeRun  # noqa: E402

RESULTS = ROOT / "bench" / "RESULTS.md"
LISTS_AND_ITEMS = ("news list", "news list, page 500", "news detail", "event list", "event detail")
# The page cache serves whole pages; with it off, pages are rendered for each request from
# live queries and reused pieces (cards, counts, page items, menus, ...), as editors and
# first visits get them. The last mode turns both off: what rendering from scratch costs.
MODES = {
    "on": Mode("Page cache on", page_cache=True, pieces=True, target=0.8),
    "off": Mode(
        "Page cache off", page_cache=False, pieces=True, target=0.2, targeted=LISTS_AND_ITEMS
    ),  # fmt: skip
    "reference": Mode(
        "Page cache and pieces off (for reference, no target)",
        page_cache=False,
        pieces=False,
        public=False,
    ),  # fmt: skip
}
ITEM = "/es/news/news-1-es/"
SEARCH_QUERIES = 200
SEARCH_LOAD_QUERIES = 20_000


def page_loads() -> dict[str, Load]:
    month = time.strftime("%Y/%-m")
    pages = {
        "home": "/en/",
        "news list": "/es/news/",
        "news list, page 500": "/es/news/?page=500",
        "news detail": ITEM,
        "event list": "/fr/events/",
        "month view": f"/fr/events/{month}/",
        "event detail": "/en/events/event-1-en/",
        "news feed": "/en/news/feed/rss/",
        "calendar feed": "/en/events/calendar.ics",
        # Last: before the search index, a search holds workers long after wrk stops.
        "search": "/en/search/?q=cooperative+union",
    }
    return {name: Load.of(path) for name, path in pages.items()}


def growing_loads(cookie: str, change_id: int) -> dict[str, Load]:
    editor = {"Cookie": cookie}
    queries = search_queries(SEARCH_LOAD_QUERIES, seed=2)
    return {
        report.FBCLID: Load.of(f"{ITEM}?fbclid=", random_suffix=True),
        report.UTM: Load.of(f"{ITEM}?utm_source=newsletter&utm_medium=email&utm_campaign=may"),
        report.ADMIN_LIST: Load.of("/admin/news/post/", headers=editor),
        report.ADMIN_CHANGE: Load.of(f"/admin/news/post/{change_id}/change/", headers=editor),
        # Last, for the same reason as the search page.
        report.SEARCH_LOAD: Load(paths=tuple(search_path(*query) for query in queries)),
    }


def page_bytes(base: str, path: str) -> tuple:
    """The page's HTML, then what a browser receives of it (compressed when the page comes
    from the page cache), the bytes of its style sheets, and its scripts (there should be none)."""
    page = fetch(base + path)
    if not page.ok:
        return (f"status {page.status}", "", "", "")
    sent = len(fetch(base + path, headers={"Accept-Encoding": ACCEPT_ENCODING}).body)
    css = sum(
        len(fetch(base + href.decode()).body)
        for href in re.findall(rb'<link rel="stylesheet" href="([^"]+)"', page.body)
    )
    scripts = len(re.findall(rb"<script(?![^>]*application/ld\+json)", page.body))
    return len(page.body), sent, css, scripts


def measure(loader, base: str, loads: dict[str, Load], args, *, with_bytes: bool):
    """Each load, with /healthz measured right before it and once more at the end: a virtual
    machine's speed drifts by several per cent within a minute, which one ceiling for all
    would hide. Returns the rows (/healthz's first) and the ceilings."""
    healthz = Load.of("/healthz")
    loader.run(base, healthz, min(2, args.seconds))  # workers just started are still warming up
    ceilings, rows = [], {}
    for name, load in loads.items():
        ceilings.append(loader.run(base, healthz, args.ceiling_seconds).rps)
        fetch(base + load.first_path, headers=load.headers)  # warm the page (and the cache)
        rows[name] = Row(loader.run(base, load, args.seconds))
        wait_until_idle(base)
        if with_bytes:
            rows[name].bytes = page_bytes(base, load.paths[0])
    ceilings.append(loader.run(base, healthz, args.ceiling_seconds).rps)
    for row, before, after in zip(rows.values(), ceilings, ceilings[1:], strict=False):
        row.ceiling = (before + after) / 2
    return {HEALTHZ: Row(loader.run(base, healthz, args.seconds)), **rows}, ceilings


def measure_size(site: Site, loader, items: int, index: int, args) -> SizeRun:
    news = items * 2 // 3
    started = time.monotonic()
    samples = site.fill(news=news, events=items - news)
    run = SizeRun(news=news, events=items - news, generated_seconds=time.monotonic() - started)
    print(f"Generated {news:,} news items and {items - news:,} events "
          f"in {run.generated_seconds:.0f} s", flush=True)  # fmt: skip
    for key in args.modes:
        mode = MODES[key]
        with site.served(port=args.port, page_cache=mode.page_cache, pieces=mode.pieces) as base:
            rows, ceilings = measure(loader, base, page_loads(), args, with_bytes=True)
        run.modes[mode.title] = (mode, rows, ceilings)
        print(f"#### {mode.title}\n\n{report.load_table(rows, ceilings)}\n", flush=True)
    with site.served(port=args.port) as base:
        # First, so that each file is rendered for its request, not read from the cache.
        run.sitemaps = sitemap_files(base, timeout=args.request_timeout)
        print(report.sitemap_table(run.sitemaps), flush=True)
        run.searches = time_searches(
            base, search_queries(args.searches, seed=1),
            budget=args.search_budget, timeout=args.request_timeout,
        )  # fmt: skip
        site.cancel_long_queries()  # searches whose worker gunicorn killed go on otherwise
        print(report.search_table(run.searches, report.search_limits(index)), flush=True)
        loads = growing_loads(editor_cookie(base), samples["news_change"])
        run.loads, run.load_ceilings = measure(loader, base, loads, args, with_bytes=False)
        print(report.load_table(run.loads, run.load_ceilings), flush=True)
    return run


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument(
        "--cache",
        choices=("redis", "memory"),
        default="redis",
        help="Redis as production (default), or each worker's own memory",
    )
    parser.add_argument(
        "--sizes",
        default="15000,150000",
        help="numbers of items, comma-separated; two thirds are news (default: %(default)s)",
    )
    parser.add_argument(
        "--modes",
        default="on,off,reference",
        help="page cache modes to measure pages in (default: %(default)s)",
    )
    parser.add_argument("--seconds", type=float, default=8, help="of load per row")
    parser.add_argument("--ceiling-seconds", type=float, default=4, help="of /healthz per row")
    parser.add_argument(
        "--searches",
        type=int,
        default=SEARCH_QUERIES,
        help="single searches to time (default: %(default)s)",
    )
    parser.add_argument(
        "--search-budget",
        type=float,
        default=120,
        help="seconds the single searches may take in all, per size",
    )
    parser.add_argument("--request-timeout", type=float, default=60)
    parser.add_argument(
        "--loader",
        choices=("wrk", "python"),
        default="wrk",
        help="python: one request at a time, for the test suite's quick run",
    )
    parser.add_argument("--port", type=int, help="for gunicorn (default: any free port)")
    parser.add_argument(
        "--postgres-name",
        default="iawp_bench",
        help="the database made (and dropped) on the PostgreSQL server",
    )
    parser.add_argument(
        "--record",
        nargs="?",
        const=RESULTS,
        type=Path,
        metavar="FILE",
        help=f"write the report into FILE (default {RESULTS.relative_to(ROOT)})",
    )
    args = parser.parse_args()
    args.sizes = [int(size) for size in args.sizes.split(",")]
    args.modes = [mode for mode in args.modes.split(",") if mode]
    if unknown := set(args.modes) - set(MODES):
        parser.error(f"unknown modes: {', '.join(sorted(unknown))}")
    return args


def main() -> int:
    args = arguments()
    loader = Wrk() if args.loader == "wrk" else PythonLoader()
    heading = "PostgreSQL" if args.database == "postgres" else "SQLite"
    runs, description = [], ""
    for index, items in enumerate(args.sizes):
        workdir = Path(tempfile.mkdtemp(prefix="iawp-bench-"))
        site = Site(workdir, database=args.database, cache=args.cache,
                    postgres_name=args.postgres_name)  # fmt: skip
        description = site.description
        try:
            runs.append(measure_size(site, loader, items, index, args))
        finally:
            site.close()
            shutil.rmtree(workdir, ignore_errors=True)
    how = (
        f"wrk {THREADS} threads, {CONNECTIONS} connections, {args.seconds:g} s per row"
        if args.loader == "wrk"
        else "one request at a time in Python"
    )
    machine = (
        f"{platform.node()}: {os.cpu_count()} cores, {platform.machine()}, Python "
        f"{platform.python_version()}, {description}; gunicorn 3 workers; {how}, on loopback; "
        f"{time.strftime('%Y-%m-%d')}."
    )
    text = report.report(runs, heading, machine)
    print(text)
    if args.record:
        report.record(args.record, heading, text, INTRODUCTION)
    return 0


INTRODUCTION = """# Benchmark results

Recorded with `bench/run.py` (see its docstring, or `make bench`), one section per database.
Each ratio is to `/healthz` measured in the same run, just before and after its row. wrk
sends `Accept-Encoding` as browsers do: *bytes sent* is what a browser receives (pages from
the page cache go compressed).
"""


if __name__ == "__main__":
    sys.exit(main())
