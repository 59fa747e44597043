"""Each pytest-xdist worker gets a Redis database of its own.

Loaded with `-p` (pyproject.toml's addopts) so that it runs before pytest-django reads the
settings: every test empties the cache it starts with, and two workers sharing one Redis
database would empty each other's in the middle of a test. PostgreSQL needs nothing here:
pytest-django already gives each worker its own test database (test_iawp_gw0, ...).
"""

import os
from urllib.parse import urlsplit, urlunsplit


def worker_number() -> int | None:
    """0 for gw0, 1 for gw1, ...; None outside xdist (or in its controlling process)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    return int(worker.removeprefix("gw")) if worker.startswith("gw") else None


def redis_url_for_worker(url: str, number: int) -> str:
    """redis://host:6379/1 -> redis://host:6379/<1 + number>."""
    parts = urlsplit(url)
    database = int(parts.path.strip("/") or 0) + number
    return urlunsplit(parts._replace(path=f"/{database}"))


number = worker_number()
cache_url = os.environ.get("CACHE_URL", "")
if number and cache_url.startswith("redis"):
    os.environ["CACHE_URL"] = redis_url_for_worker(cache_url, number)
