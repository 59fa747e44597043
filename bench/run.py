"""The site's speed, as ratios to the stack's own ceiling, measured in one run.

    .venv/bin/python bench/run.py            # prints the tables
    .venv/bin/python bench/run.py --record   # and writes bench/RESULTS.md

Generates 10,000 news items and 5,000 events in four languages and every region into a
fresh SQLite database (or the PostgreSQL database DATABASE_URL names), serves the site with
gunicorn on loopback with production settings, and loads each page type with wrk, with the
page cache on and then off. /healthz, answered before any Django work, is the ceiling:
every page's requests per second are given as a ratio to it, measured in the same run, so
the numbers compare across machines. Also prints the HTML and CSS bytes of each page, and
the bytes a browser receives of it. wrk sends Accept-Encoding as browsers do, so pages from
the page cache go compressed (HTML from Django itself goes as it is, left to the reverse proxy).
"""

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.site_server import free_port, manage, wait_until_up  # noqa: E402

NEWS, EVENTS = 10_000, 5_000
DURATION, CONNECTIONS, THREADS = 8, 16, 2
CEILING_SECONDS = 4
# What every browser and calendar app sends; cached pages are stored compressed for them.
ACCEPT_ENCODING = "gzip, deflate, br"
# (title, page cache, page pieces, target ratio, pages the target is for): the page cache
# serves whole pages; with it off, pages are rendered for each request from live queries and
# reused pieces (cards, counts, page items, menus, ...), as editors and first visits get
# them. The last mode turns both off, for reference: what rendering everything from scratch
# costs. Every cached page has a target; uncached, the list and item pages.
LISTS_AND_ITEMS = ("news list", "news list, page 500", "news detail", "event list", "event detail")
MODES = (
    ("Page cache on", True, True, 0.8, None),
    ("Page cache off", False, True, 0.2, LISTS_AND_ITEMS),
    ("Page and page piecess off (for reference, no target)", False, False, None, ()),
)

GENERATE = """
import random
from datetime import date, timedelta
from django.db import transaction
from django.utils import timezone
from events.models import Event
from news.models import Post

random.seed(7)
REGIONS = ["africa", "asia-pacific", "europe", "latin-america", "north-america", "global"]
LANGUAGES = ["en", "es", "fr", "pt_br"]
WORDS = "waste pickers cooperative recycling union congress workers city council sorting".split()
now = timezone.now()

def texts(number, kind):
    fields = {}
    # The first few are in all four languages: the detail pages measured are among them.
    languages = LANGUAGES if number < 10 else random.sample(LANGUAGES, random.randint(1, 4))
    for code in languages:
        title = f"{kind} {number} " + " ".join(random.sample(WORDS, 4))
        fields[f"title_{code}"] = title
        fields[f"slug_{code}"] = f"{kind}-{number}-{code}"
        fields[f"summary_{code}"] = " ".join(random.choices(WORDS, k=25))
        fields[f"body_{code}"] = "".join(
            "<p>" + " ".join(random.choices(WORDS, k=60)) + "</p>" for _ in range(4)
        )
    fields["original_language"] = languages[0].replace("_", "-")
    return fields

with transaction.atomic():
    for number in range(NEWS):
        Post.objects.create(
            region=random.choice(REGIONS), status="published",
            published_at=now - timedelta(minutes=number),
            category=random.choice(["news", "statement", "report"]), **texts(number, "news"),
        )
    for number in range(EVENTS):
        Event.objects.create(
            region=random.choice(REGIONS), status="published", published_at=now - timedelta(days=1),
            start_date=date.today() + timedelta(days=number % 400 - 100),
            country=random.choice(["BR", "IN", "ZA", "AR", "FR", "US"]), **texts(number, "event"),
        )
# As a database in service would have: planner statistics (autovacuum on PostgreSQL).
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("ANALYZE")
print("generated")
"""


def page_paths() -> dict[str, str]:
    month = time.strftime("%Y/%-m")
    return {
        "healthz (ceiling)": "/healthz",
        "home": "/en/",
        "news list": "/es/news/",
        "news list, page 500": "/es/news/?page=500",
        "news detail": "/es/news/news-1-es/",
        "event list": "/fr/events/",
        "month view": f"/fr/events/{month}/",
        "event detail": "/en/events/event-1-en/",
        "search": "/en/search/?q=cooperative+union",
        "news feed": "/en/news/feed/rss/",
        "calendar feed": "/en/events/calendar.ics",
    }


def ensure_wrk() -> str:
    if not shutil.which("wrk"):
        as_root = [] if os.geteuid() == 0 else ["sudo", "-n"]
        subprocess.run([*as_root, "apt-get", "install", "-y", "-qq", "wrk"], check=True)
    return shutil.which("wrk")


def run_wrk(wrk: str, url: str, seconds: int = DURATION) -> dict:
    output = subprocess.run(
        [wrk, "-t", str(THREADS), "-c", str(CONNECTIONS), "-d", f"{seconds}s", "--latency",
         "-H", f"Accept-Encoding: {ACCEPT_ENCODING}", url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", output, re.MULTILINE))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": rps,
        "p50": latency.get("50", "?"),
        "p99": latency.get("99", "?"),
        "errors": errors + (int(non_2xx.group(1)) if non_2xx else 0),
    }


def page_bytes(base: str, path: str) -> tuple[int, int, int, int]:
    """The page's HTML, then what a browser receives of it (compressed when the page comes
    from the page cache), the bytes of its style sheets, and its scripts (there should be none)."""
    with urllib.request.urlopen(base + path, timeout=30) as response:
        html = response.read()
    request = urllib.request.Request(base + path, headers={"Accept-Encoding": ACCEPT_ENCODING})
    with urllib.request.urlopen(request, timeout=30) as response:
        sent = len(response.read())
    css = 0
    for href in re.findall(rb'<link rel="stylesheet" href="([^"]+)"', html):
        with urllib.request.urlopen(base + href.decode(), timeout=30) as response:
            css += len(response.read())
    scripts = len(re.findall(rb"<script(?![^>]*application/ld\+json)", html))
    return len(html), sent, css, scripts


def serve_and_measure(env: dict, wrk: str, page_cache: bool, pieces: bool) -> dict:
    port = free_port()
    env = {
        **env,
        "PAGE_CACHE": "true" if page_cache else "false",
        "PAGE_PIECES": "true" if pieces else "false",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "iawp_site.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", "3", "--log-level", "warning", "--access-logfile", "/dev/null"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, server)
        # Workers that have just started are still warming up: a short run first, not kept.
        run_wrk(wrk, base + "/healthz", seconds=2)
        # The ceiling is measured right before each page and once more at the end, and each
        # page is compared to the mean of the two runs around it: a virtual machine's speed
        # drifts by several per cent within a minute, which one ceiling for all would hide.
        ceilings = []
        results = {}
        for name, path in page_paths().items():
            if path == "/healthz":
                continue
            ceilings.append(run_wrk(wrk, base + "/healthz", seconds=CEILING_SECONDS)["rps"])
            urllib.request.urlopen(base + path, timeout=60).read()  # warm the page (and cache)
            results[name] = run_wrk(wrk, base + path)
            results[name]["bytes"] = page_bytes(base, path)
        ceilings.append(run_wrk(wrk, base + "/healthz", seconds=CEILING_SECONDS)["rps"])
        for row, before, after in zip(results.values(), ceilings, ceilings[1:], strict=False):
            row["ceiling"] = (before + after) / 2
        healthz = run_wrk(wrk, base + "/healthz")
        healthz["ceilings"] = ceilings
        return {"healthz (ceiling)": healthz, **results}
    finally:
        server.terminate()
        server.wait(timeout=20)


def table(results: dict, target: float | None, targeted=None) -> str:
    """`targeted`: the pages the target is for (None: every page)."""
    ceilings = results["healthz (ceiling)"]["ceilings"]
    for_whom = "" if targeted is None else " for lists and items"
    lines = [
        f"| page | req/s | ratio to /healthz{f' (target ≥ {target}{for_whom})' if target else ''} "
        "| p50 | p99 | errors "
        "| HTML bytes | bytes sent | CSS bytes | scripts |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]  # fmt: skip
    for name, row in results.items():
        html, sent, css, scripts = row.get("bytes", ("", "", "", ""))
        ratio = row["rps"] / row.get("ceiling", row["rps"])
        aimed = target and not name.startswith("healthz") and (targeted is None or name in targeted)
        mark = (" (below target)" if ratio < target else " ✓") if aimed else ""
        lines.append(
            f"| {name} | {row['rps']:.0f} | {ratio:.2f}{mark} | {row['p50']} | {row['p99']} | "
            f"{row['errors']} | {html} | {sent} | {css} | {scripts} |"
        )
    runs = ", ".join(f"{ceiling:.0f}" for ceiling in ceilings)
    lines.append(
        f"\n/healthz before each page and after the last: {runs} req/s. Each page's ratio is "
        "to the mean of the two runs around it."
    )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", action="store_true", help="write bench/RESULTS.md")
    args = parser.parse_args()
    wrk = ensure_wrk()
    workdir = Path(tempfile.mkdtemp(prefix="iawp-bench-"))
    env = {
        **os.environ,
        "DEBUG": "false",
        "HTTPS_ONLY": "false",  # plain HTTP on loopback
        "SECRET_KEY": "benchmark-only",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SQLITE_PATH": str(workdir / "bench.sqlite3"),
        # Keys of their own: pages a previous run left in the same Redis are never served.
        "CACHE_KEY_PREFIX": f"bench-{workdir.name}",
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
    }
    database = "PostgreSQL" if env.get("DATABASE_URL", "").startswith("postgres") else "SQLite"
    # Production shares Redis between workers; without CACHE_URL each worker keeps its own
    # memory, which serves a read-only benchmark the same way but is not what production runs.
    cache_name = "Redis" if env.get("CACHE_URL", "").startswith("redis") else "local memory"
    started = time.monotonic()
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "collectstatic", "--no-input", "-v0")
    manage(env, "shell", "-c", f"NEWS, EVENTS = {NEWS}, {EVENTS}\n" + GENERATE)
    print(f"Generated {NEWS} news items and {EVENTS} events in {time.monotonic() - started:.0f} s")
    sections = []
    for title, page_cache, pieces, target, targeted in MODES:
        results = serve_and_measure(env, wrk, page_cache, pieces)
        sections.append(f"### {title}\n\n{table(results, target, targeted)}\n")
        print(sections[-1], flush=True)
    machine = (
        f"{platform.node()}: {os.cpu_count()} cores, {platform.machine()}, Python "
        f"{platform.python_version()}, {database}, {cache_name}; gunicorn 3 workers; "
        f"wrk {THREADS} threads, "
        f"{CONNECTIONS} connections, {DURATION} s per page, on loopback."
    )
    if args.record:
        (ROOT / "bench" / "RESULTS.md").write_text(
            "# Benchmark results\n\n"
            f"Recorded {time.strftime('%Y-%m-%d')} with `bench/run.py` on {machine}\n\n"
            "Each ratio is to `/healthz` measured in the same run, just before and after the page. "
            "wrk sends `Accept-Encoding` as browsers do: *bytes sent* is what a browser "
            "receives (pages from the page cache go compressed).\n\n" + "\n".join(sections),
            encoding="utf-8",
        )
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
