"""A real copy of the site for browser checks: gunicorn, production settings, demo content.

Used by the browser tests and by scripts/lighthouse.mjs's runner, so both look at the site as
it is deployed (DEBUG off, hashed and compressed static files), not the development server.
"""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EDITOR = {"username": "editor", "password": "a-long-test-password-42"}

# Addresses of sample pages, read from the demo database once it is loaded.
SAMPLE_PAGES_SCRIPT = """
import json
from django.utils import timezone
from bulletins.models import Bulletin
from directory.models import Organisation, Topic
from documents.models import Document
from events.models import Event
from news.models import Post
posts = Post.objects.published()
events = Event.objects.published()
def full(item):
    return len(item.available_languages) == 4
translated = next(p for p in posts if full(p) and p.image)
upcoming = Event.objects.upcoming()
timed = next(e for e in upcoming if e.is_timed)
def slugs(item):
    return {code: item.slug_for(code) for code in ("en", "es", "fr", "pt-br")}
print(json.dumps({
    "post": {"id": translated.pk, "slug": slugs(translated)},
    "spanish_only_post": posts.get(original_language="es").slug_es,
    "vacancy": posts.get(category="vacancy").slug_en,
    "timed_event": {"id": timed.pk, "slug": slugs(timed),
                    "month": [timed.start_date.year, timed.start_date.month],
                    "day": timed.start_date.day},
    "approximate_event": events.filter(date_precision="late").first().slug_en,
    "bulletin": Bulletin.objects.filter(sent_at__isnull=False).first().pk,
    "organisation": Organisation.objects.published().order_by("pk").first().slug_en,
    "topic": Topic.objects.published().order_by("pk").first().slug_en,
    # The congress's resolutions: files in three languages, one missing (the offer of others).
    "document": Document.objects.published().order_by("pk").first().slug_en,
}))
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def site_environment(workdir: Path) -> dict[str, str]:
    # Its own SQLite database and in-memory cache, whatever the test run uses: the browser
    # checks look at pages; tests/production/test_scale_out.py covers PostgreSQL and Redis.
    inherited = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "CACHE_URL")}
    return {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "iawp_site.settings",
        "DEBUG": "false",
        "HTTPS_ONLY": "false",  # plain HTTP on loopback
        "SECRET_KEY": "browser-tests-only-not-a-real-secret",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SQLITE_PATH": str(workdir / "db.sqlite3"),
        "MEDIA_ROOT": str(workdir / "media"),
        "STATIC_ROOT": str(workdir / "static"),
        "SERVE_MEDIA": "true",
        "DJANGO_SUPERUSER_USERNAME": EDITOR["username"],
        "DJANGO_SUPERUSER_PASSWORD": EDITOR["password"],
        "DJANGO_SUPERUSER_EMAIL": "editor@example.org",
    }


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True,
        capture_output=True, text=True,
    )  # fmt: skip
    return result.stdout


def wait_until_up(base_url: str, server: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(f"{base_url}/healthz", timeout=2)
            return
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("gunicorn did not start") from None
            time.sleep(0.2)


@contextmanager
def gunicorn(env: dict[str, str], workers: int = 2):
    """Yield the base URL of a gunicorn serving the site with `env`, stopped afterwards."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "iawp_site.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), "--log-level", "warning"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base_url, server)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=10)


@contextmanager
def running_site(workdir: Path):
    """Yield (base_url, sample_pages) for a gunicorn serving a fresh demo database."""
    env = site_environment(workdir)
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "collectstatic", "--no-input", "-v0")
    manage(env, "load_demo_content")
    manage(env, "createsuperuser", "--no-input")
    samples = json.loads(manage(env, "shell", "-c", SAMPLE_PAGES_SCRIPT).strip().splitlines()[-1])
    with gunicorn(env) as base_url:
        yield base_url, samples
