"""Loading one address, or many drawn at random, for a while: with wrk, or, for the quick run
the test suite makes, with a small loader in Python that reads the same plan.

A `Load` is what to ask for: one path, or many of which each request draws one (searches
with different queries), optionally with a random value appended (a tracking parameter that
is new on every request, as Facebook's fbclid is), and the headers to send (an editor's
session cookie). wrk gets the many paths through bench/random_paths.lua.
"""

import os
import random
import re
import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from statistics import quantiles

RANDOM_PATHS_SCRIPT = Path(__file__).with_name("random_paths.lua")
CONNECTIONS, THREADS = 16, 2
# What every browser and calendar app sends; cached pages are stored compressed for them.
ACCEPT_ENCODING = "gzip, deflate, br"


@dataclass(frozen=True)
class Load:
    paths: tuple[str, ...]
    random_suffix: bool = False
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, path: str, **options) -> "Load":
        return cls(paths=(path,), **options)

    @property
    def first_path(self) -> str:
        return self.paths[0] + ("0" if self.random_suffix else "")


@dataclass(frozen=True)
class Result:
    rps: float
    p50: str
    p99: str
    errors: int


def ensure_wrk() -> str:
    """wrk from Debian's package, installed when missing (as root or with sudo)."""
    if not shutil.which("wrk"):
        as_root = [] if os.geteuid() == 0 else ["sudo", "-n"]
        subprocess.run([*as_root, "apt-get", "install", "-y", "-qq", "wrk"], check=True)
    return shutil.which("wrk")


class Wrk:
    def __init__(self):
        self.executable = ensure_wrk()

    def run(self, base: str, load: Load, seconds: float) -> Result:
        headers = {"Accept-Encoding": ACCEPT_ENCODING, **load.headers}
        command = [self.executable, "-t", str(THREADS), "-c", str(CONNECTIONS),
                   "-d", f"{max(1, round(seconds))}s", "--latency"]  # fmt: skip
        for name, value in headers.items():
            command += ["-H", f"{name}: {value}"]
        with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as paths:
            if len(load.paths) == 1 and not load.random_suffix:
                command.append(base + load.paths[0])
            else:
                paths.write("\n".join(load.paths) + "\n")
                paths.flush()
                command += ["-s", str(RANDOM_PATHS_SCRIPT), base, "--", paths.name]
                command += ["random-suffix"] if load.random_suffix else []
            output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        return parse_wrk(output)


def parse_wrk(output: str) -> Result:
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", output, re.MULTILINE))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return Result(
        rps=rps,
        p50=latency.get("50", "?"),
        p99=latency.get("99", "?"),
        errors=errors + (int(non_2xx.group(1)) if non_2xx else 0),
    )


class PythonLoader:
    """One connection at a time, for the quick run: it checks that every measurement runs
    and lands in the report, not how fast anything is."""

    def __init__(self):
        self.rng = random.Random(1)

    def run(self, base: str, load: Load, seconds: float) -> Result:
        headers = {"Accept-Encoding": ACCEPT_ENCODING, **load.headers}
        timings, errors = [], 0
        started = time.monotonic()
        while time.monotonic() - started < seconds or not timings:
            path = self.rng.choice(load.paths)
            if load.random_suffix:
                path += f"{self.rng.getrandbits(56):014x}"
            begun = time.monotonic()
            errors += not fetch(base + path, headers=headers, timeout=30).ok
            timings.append(time.monotonic() - begun)
        elapsed = time.monotonic() - started
        cuts = quantiles(timings, n=100) if len(timings) > 1 else timings * 99
        return Result(
            rps=len(timings) / elapsed,
            p50=f"{cuts[49] * 1000:.2f}ms",
            p99=f"{cuts[98] * 1000:.2f}ms",
            errors=errors,
        )


@dataclass(frozen=True)
class Fetched:
    status: int  # 0: no answer (a refused or reset connection, a timeout)
    body: bytes
    seconds: float

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 400


class NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is an answer, as wrk counts it: not followed."""

    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirects)


def fetch(url: str, *, headers: dict | None = None, timeout: float = 60) -> Fetched:
    """One request, timed, whatever its answer."""
    request = urllib.request.Request(url, headers=headers or {})
    started = time.monotonic()
    try:
        with OPENER.open(request, timeout=timeout) as response:
            body = response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        body, status = error.read(), error.code
    except OSError:
        body, status = b"", 0
    return Fetched(status=status, body=body, seconds=time.monotonic() - started)


def wait_until_idle(base: str, *, quick: float = 0.05, in_a_row: int = 5, limit: float = 60):
    """Returns once /healthz answers `in_a_row` times running within `quick` seconds (or
    after `limit` seconds). wrk stops at its time, but requests it left queued (the admin's
    news list at 150,000 items takes seconds) keep the workers busy: measured then, the next
    /healthz ran at half its speed, and flattered the ratio of the row after it."""
    deadline = time.monotonic() + limit
    answered_quickly = 0
    while answered_quickly < in_a_row and time.monotonic() < deadline:
        answer = fetch(base + "/healthz", timeout=limit)
        answered_quickly = answered_quickly + 1 if answer.ok and answer.seconds < quick else 0
