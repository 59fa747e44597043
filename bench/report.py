"""The benchmark's report: one section per size of content, how each cost grows from the
smallest size to the others, and the issue's targets, each with ✓ or ✗.

Costs are ratios to /healthz measured in the same run: for loads, requests per second
divided by /healthz's (1 is as fast as the stack can answer); for single requests, their time
as a multiple of /healthz's. A cost "grows by 3×" when its ratio is three times worse at the
larger size.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

from bench.load import Result
from bench.probes import SearchTimes, SitemapFile

# The targets (#18). The larger sizes may take twice the smallest's search time.
SEARCH_P50_SECONDS, SEARCH_P95_SECONDS = 0.030, 0.100
LARGER_SIZE_ALLOWANCE = 2
SEARCH_UNDER_LOAD_RATIO = 0.1
SITEMAP_FILE_SECONDS = 1.0
TRACKING_RATIO = 0.8
PUBLIC_GROWTH = 2.0
HEALTHZ = "healthz (ceiling)"


@dataclass
class Row:
    """A load's measures, with the /healthz throughput around it and the page's bytes."""

    result: Result
    ceiling: float = 0.0
    bytes: tuple = ()

    @property
    def ratio(self) -> float:
        return self.result.rps / self.ceiling if self.ceiling else 1.0


@dataclass(frozen=True)
class Mode:
    title: str
    page_cache: bool
    pieces: bool
    target: float | None = None
    targeted: tuple[str, ...] | None = None  # None: every page
    public: bool = True  # its rows count for the growth target


@dataclass
class SizeRun:
    news: int
    events: int
    generated_seconds: float
    modes: dict[str, tuple[Mode, dict[str, Row], list[float]]] = field(default_factory=dict)
    loads: dict[str, Row] = field(default_factory=dict)  # what grows, page cache on
    load_ceilings: list[float] = field(default_factory=list)
    searches: SearchTimes | None = None
    sitemaps: list[SitemapFile] = field(default_factory=list)

    @property
    def items(self) -> int:
        return self.news + self.events

    def costs(self) -> dict[str, tuple[float, bool]]:
        """Every measured cost by name (the bigger, the costlier), and whether a visitor
        meets it (the growth target is for public pages)."""
        costs = {}
        for title, (mode, rows, _ceilings) in self.modes.items():
            for name, row in rows.items():
                if name != HEALTHZ and mode.target is not None:
                    costs[f"{title}: {name}"] = (1 / max(row.ratio, 1e-9), mode.public)
        for name, row in self.loads.items():
            if name == HEALTHZ:
                continue
            costs[f"Page cache on: {name}"] = (1 / max(row.ratio, 1e-9), name in PUBLIC_LOADS)
        if self.searches:
            unit = self.searches.healthz
            costs["single search, p50"] = (self.searches.p50 / unit, True)
            costs["single search, p95"] = (self.searches.p95 / unit, True)
        if self.sitemaps:
            unit = self.searches.healthz if self.searches else 1
            costs["sitemap: the slowest file"] = (max(f.seconds for f in self.sitemaps) / unit,
                                                  True)  # fmt: skip
        return costs


# Names of the loads measured beside the page types (bench/run.py makes them).
FBCLID, UTM = "item page ?fbclid=(new each request)", "item page ?utm_source=…"
SEARCH_LOAD = "random searches (a new query each request)"
ADMIN_LIST, ADMIN_CHANGE = "admin: news list (editor)", "admin: news change form (editor)"
PUBLIC_LOADS = (FBCLID, UTM, SEARCH_LOAD)


def mark(passed: bool) -> str:
    return "✓" if passed else "✗"


def milliseconds(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def load_table(rows: dict[str, Row], ceilings: list[float], target=None, targeted=None) -> str:
    """Loads in requests per second and as ratios to /healthz; `targeted`: the rows the
    target is for (None: every row)."""
    for_whom = "" if targeted is None else " for lists and items"
    lines = [
        f"| page | req/s | ratio to /healthz{f' (target ≥ {target}{for_whom})' if target else ''} "
        "| p50 | p99 | errors | HTML bytes | bytes sent | CSS bytes | scripts |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]  # fmt: skip
    for name, row in rows.items():
        html, sent, css, scripts = row.bytes or ("", "", "", "")
        aimed = target and name != HEALTHZ and (targeted is None or name in targeted)
        shown = f"{row.ratio:.2f}" + (f" {mark(row.ratio >= target)}" if aimed else "")
        result = row.result
        lines.append(
            f"| {name} | {result.rps:.0f} | {shown} | {result.p50} | {result.p99} | "
            f"{result.errors} | {html} | {sent} | {css} | {scripts} |"
        )
    runs = ", ".join(f"{ceiling:.0f}" for ceiling in ceilings)
    lines.append(
        f"\n/healthz before each row and after the last: {runs} req/s. Each ratio is to the "
        "mean of the two runs around its row."
    )
    return "\n".join(lines)


def search_table(searches: SearchTimes, limits: tuple[float, float]) -> str:
    unit = searches.healthz
    lines = [
        "| single searches | time | × /healthz's time | target |",
        "|---|---:|---:|---|",
    ]
    for name, seconds, limit in (
        ("p50", searches.p50, limits[0]),
        ("p95", searches.p95, limits[1]),
    ):
        lines.append(
            f"| {name} | {milliseconds(seconds)} | {seconds / unit:.0f} | "
            f"≤ {milliseconds(limit)} {mark(seconds <= limit and not searches.errors)} |"
        )
    stopped = " (stopped at the time budget)" if searches.out_of_time else ""
    lines.append(
        f"\n{searches.asked} different queries asked one at a time{stopped}, "
        f"{searches.answered} answered, {searches.errors} errors (a failed query counts at the "
        f"time it took). /healthz asked the same way: {milliseconds(unit)}."
    )
    return "\n".join(lines)


def sitemap_table(files: list[SitemapFile]) -> str:
    lines = [
        "| sitemap file | status | time | bytes | entries | target < 1 s |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for file in files:
        passed = file.status == 200 and file.seconds < SITEMAP_FILE_SECONDS
        status = file.status or "no answer"
        lines.append(
            f"| `{file.path}` | {status} | {file.seconds:.2f} s | {file.size} | {file.urls} | "
            f"{mark(passed)} |"
        )
    return "\n".join(lines)


def search_limits(size_index: int) -> tuple[float, float]:
    allowance = LARGER_SIZE_ALLOWANCE if size_index else 1
    return SEARCH_P50_SECONDS * allowance, SEARCH_P95_SECONDS * allowance


def size_section(run: SizeRun, size_index: int, heading: str) -> str:
    parts = [
        f"### {heading}, {run.items:,} items ({run.news:,} news, {run.events:,} events)\n",
        f"Generated in {run.generated_seconds:.0f} s.\n",
    ]
    for title, (mode, rows, ceilings) in run.modes.items():
        parts.append(f"#### {title}\n\n{load_table(rows, ceilings, mode.target, mode.targeted)}\n")
    if run.loads:
        parts.append(
            "#### What grows with the content (page cache on)\n\n"
            f"{load_table(run.loads, run.load_ceilings)}\n"
        )
    if run.searches:
        parts.append(f"{search_table(run.searches, search_limits(size_index))}\n")
    if run.sitemaps:
        parts.append(f"{sitemap_table(run.sitemaps)}\n")
    return "\n".join(parts)


def growth_table(runs: list[SizeRun]) -> str:
    first = runs[0]
    lines = [
        f"### How each cost grows from {first.items:,} items\n",
        "Cost: 1 / (ratio to /healthz) for loads, multiples of /healthz's time for single "
        "requests. Growth: the cost at the larger size divided by the cost at "
        f"{first.items:,}. Target for what visitors ask for: ≤ {PUBLIC_GROWTH:g}×.\n",
        "| cost | " + " | ".join(f"at {run.items:,}" for run in runs)
        + " | " + " | ".join(f"growth to {run.items:,}" for run in runs[1:]) + " |",
        "|---|" + "---:|" * (2 * len(runs) - 1),
    ]  # fmt: skip
    base = first.costs()
    others = [run.costs() for run in runs[1:]]
    for name, (cost, public) in base.items():
        cells = [f"{cost:.1f}"] + [
            f"{costs[name][0]:.1f}" if name in costs else "" for costs in others
        ]
        growths = []
        for costs in others:
            if name not in costs:
                growths.append("")
                continue
            growth = costs[name][0] / cost
            growths.append(
                f"{growth:.2f}×" + (f" {mark(growth <= PUBLIC_GROWTH)}" if public else "")
            )
        lines.append(f"| {name} | " + " | ".join(cells + growths) + " |")
    return "\n".join(lines) + "\n"


def targets(runs: list[SizeRun]) -> list[tuple[str, bool]]:
    """The issue's targets, one line each, with whether they hold."""
    lines = []
    for index, run in enumerate(runs):
        at = f"at {run.items:,} items"
        if run.searches:
            p50, p95 = search_limits(index)
            searches = run.searches
            lines.append((
                f"single searches {at}: p50 {milliseconds(searches.p50)} ≤ {milliseconds(p50)}, "
                f"p95 {milliseconds(searches.p95)} ≤ {milliseconds(p95)}, no errors "
                f"({searches.errors})",
                searches.p50 <= p50 and searches.p95 <= p95 and not searches.errors,
            ))  # fmt: skip
        if SEARCH_LOAD in run.loads:
            row = run.loads[SEARCH_LOAD]
            lines.append((
                f"random searches under load {at}: {row.ratio:.3f} × /healthz ≥ "
                f"{SEARCH_UNDER_LOAD_RATIO}, no errors ({row.result.errors})",
                row.ratio >= SEARCH_UNDER_LOAD_RATIO and not row.result.errors,
            ))  # fmt: skip
        if run.sitemaps:
            slowest = max(run.sitemaps, key=lambda file: file.seconds)
            failed = [file.path for file in run.sitemaps if file.status != 200]
            lines.append((
                f"each sitemap file {at} under {SITEMAP_FILE_SECONDS:g} s: {len(run.sitemaps)} "
                f"files, slowest {slowest.seconds:.2f} s (`{slowest.path}`)"
                + (f", failed: {', '.join(failed)}" if failed else ""),
                slowest.seconds < SITEMAP_FILE_SECONDS and not failed,
            ))  # fmt: skip
        for name in (FBCLID, UTM):
            if name in run.loads:
                row = run.loads[name]
                lines.append((
                    f"{name} {at}: {row.ratio:.2f} × /healthz ≥ {TRACKING_RATIO}",
                    row.ratio >= TRACKING_RATIO and not row.result.errors,
                ))  # fmt: skip
    if len(runs) > 1:
        base = runs[0].costs()
        for run in runs[1:]:
            costs = run.costs()
            growths = {
                name: costs[name][0] / cost
                for name, (cost, public) in base.items()
                if public and name in costs
            }
            worst = max(growths, key=growths.get)
            over = [name for name, growth in growths.items() if growth > PUBLIC_GROWTH]
            lines.append((
                f"no public page costs more than {PUBLIC_GROWTH:g}× at {run.items:,} as at "
                f"{runs[0].items:,}: the most, {growths[worst]:.2f}× ({worst})"
                + (f"; over: {len(over)} of {len(growths)}" if over else ""),
                not over,
            ))  # fmt: skip
    return lines


def report(runs: list[SizeRun], heading: str, machine: str) -> str:
    parts = [f"Run on {machine}\n"]
    parts += [size_section(run, index, heading) for index, run in enumerate(runs)]
    if len(runs) > 1:
        parts.append(growth_table(runs))
    parts.append("### Targets (#18)\n")
    parts += [f"- {mark(passed)} {text}" for text, passed in targets(runs)]
    return "\n".join(parts) + "\n"


def record(path: Path, heading: str, text: str, introduction: str) -> None:
    """Write one database's report into the results file, keeping the other database's."""
    begin, end = f"<!-- {heading}: begin -->", f"<!-- {heading}: end -->"
    block = f"{begin}\n## {heading}\n\n{text}{end}\n"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if begin in old:
        new = re.sub(re.escape(begin) + ".*?" + re.escape(end) + "\n?", lambda _: block, old,
                     flags=re.DOTALL)  # fmt: skip
    elif "<!-- " in old:
        new = old.rstrip("\n") + "\n\n" + block
    else:  # a file of before the per-database sections, or none: start afresh
        new = introduction + "\n" + block
    path.write_text(new, encoding="utf-8")
