"""What is measured one request at a time: single searches, each never asked before (none
can come from the page cache), and every file of the sitemap.

Their times are also given as multiples of /healthz's, asked the same way in the same run,
so that they compare across machines as the wrk ratios do.
"""

import itertools
import random
import urllib.parse
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from statistics import median, quantiles

from bench.load import fetch
from bench.vocabulary import LANGUAGES, vocabulary, without_accents

# Ranks of the words queries are made of: frequent words match many items, rare ones a few.
# The first twenty are mostly words a search engine ignores ("the", "de").
BANDS = {"frequent": (20, 200), "medium": (500, 3_000), "rare": (5_000, 20_000)}
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def search_queries(count: int, *, seed: int) -> list[tuple[str, str]]:
    """(language, query) pairs, all different: one word of each band, two words, and some
    typed without their accents, as on a keyboard without them."""
    rng = random.Random(seed)
    kinds = (*BANDS, "two words")
    queries: dict[tuple[str, str], None] = {}
    for attempt in itertools.count():
        if len(queries) == count:
            break
        language = rng.choice(LANGUAGES)
        words = vocabulary(language).words
        # By attempt, not by queries made: the frequent band runs out of new words.
        kind = kinds[attempt % len(kinds)]
        if kind == "two words":
            first, second = rng.randrange(*BANDS["frequent"]), rng.randrange(*BANDS["medium"])
            query = f"{words[first]} {words[second]}"
        else:
            query = words[rng.randrange(*BANDS[kind])]
        if rng.random() < 0.2:
            query = without_accents(query)
        queries.setdefault((language, query))
    return list(queries)


def search_path(language: str, query: str) -> str:
    return f"/{language}/search/?" + urllib.parse.urlencode({"q": query})


@dataclass(frozen=True)
class SearchTimes:
    asked: int
    answered: int  # with a page (2xx)
    errors: int
    p50: float
    p95: float
    healthz: float
    out_of_time: bool  # stopped at the time budget before every query was asked


def time_searches(base: str, queries, *, budget: float, timeout: float) -> SearchTimes:
    """Ask each query once, one at a time, until all are asked or `budget` seconds are spent
    (on the slow search of before the index, a single query takes seconds). /healthz is
    asked right before each query, and its median time is the unit: fifty requests asked
    apart from the searches gave a unit that halved between two sizes of one run, and
    growths twice as large as the searches' own."""
    fetch(base + "/healthz")
    timings, healthz, errors = [], [], 0
    spent = 0.0
    for language, query in queries:
        if spent >= budget:
            break
        healthz.append(fetch(base + "/healthz").seconds)
        answer = fetch(base + search_path(language, query), timeout=timeout)
        # A query that failed took at least as long as it ran: counted at its time.
        timings.append(answer.seconds)
        errors += not 200 <= answer.status < 300
        spent += answer.seconds
    cuts = quantiles(timings, n=100) if len(timings) > 1 else timings * 99
    return SearchTimes(
        asked=len(timings),
        answered=len(timings) - errors,
        errors=errors,
        p50=cuts[49],
        p95=cuts[94],
        healthz=median(healthz),
        out_of_time=len(timings) < len(queries),
    )


@dataclass(frozen=True)
class SitemapFile:
    path: str
    status: int
    seconds: float
    size: int
    urls: int  # <url> entries, or <sitemap> entries for an index


def sitemap_files(base: str, *, timeout: float) -> list[SitemapFile]:
    """/sitemap.xml, then, when it is an index, every file it lists: each its first request
    (rendered, not from the page cache)."""
    index, root = read_sitemap(base, "/sitemap.xml", timeout)
    files = [index]
    if root is not None and root.tag == f"{SITEMAP}sitemapindex":
        for loc in root.iter(f"{SITEMAP}loc"):
            address = urllib.parse.urlsplit(loc.text.strip())
            path = address.path + (f"?{address.query}" if address.query else "")
            files.append(read_sitemap(base, path, timeout)[0])
    return files


def read_sitemap(base: str, path: str, timeout: float):
    """The file's measures, and its parsed XML (None when it did not come)."""
    answer = fetch(base + path, timeout=timeout)
    root = ElementTree.fromstring(answer.body) if answer.status == 200 else None
    entries = 0
    if root is not None:
        entries = sum(child.tag in (f"{SITEMAP}url", f"{SITEMAP}sitemap") for child in root)
    return SitemapFile(path, answer.status, answer.seconds, len(answer.body), entries), root
