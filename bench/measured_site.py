"""The site the benchmark measures: its database (SQLite or PostgreSQL) and cache (Redis or
each worker's memory), filled with generated content, served by gunicorn with production
settings on loopback, and an editor's session for the admin's pages.

PostgreSQL and Redis come from DATABASE_URL and CACHE_URL when they are set, otherwise from
scripts/start-services.sh, which starts them (installing Debian's packages when missing).
On PostgreSQL the benchmark uses a database of its own, made afresh and dropped at the end.
"""

import json
import os
import re
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from contextlib import contextmanager
from http.cookiejar import CookieJar
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.site_server import free_port, manage, wait_until_up  # noqa: E402

WORKERS = 3
EDITOR = {"username": "bench-editor", "password": "bench-only-password-42"}


def services() -> dict[str, str]:
    """DATABASE_URL and CACHE_URL of the PostgreSQL and Redis scripts/start-services.sh
    starts (or finds running)."""
    output = subprocess.run(
        [str(ROOT / "scripts" / "start-services.sh")], capture_output=True, text=True, check=True
    ).stdout
    return dict(re.findall(r"^export (\w+)=(\S+)$", output, re.MULTILINE))


def postgres_database(server_url: str, name: str) -> str:
    """A new, empty database `name` on the server of `server_url` (dropped first if a run
    left it), as a URL."""
    import psycopg

    admin_url = server_url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return server_url.rsplit("/", 1)[0] + f"/{name}"


def drop_postgres_database(url: str) -> None:
    """Drops the run's database; a failure is reported, never raised: it comes after the
    measuring, and a run of an hour must still write its report."""
    import psycopg

    server, name = url.rsplit("/", 1)
    try:
        with psycopg.connect(server + "/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    except psycopg.Error as error:
        # FORCE cannot end a server process of another role (autovacuum's, after a
        # generation of 150,000 items) without the pg_signal_backend role.
        print(f"The database {name} was left on the server: {error}", file=sys.stderr)


def stop_queries(url: str, *, older_than_seconds: float = 0) -> None:
    """Stop the queries gunicorn's killed or stopped workers left running on PostgreSQL (a
    search that takes minutes goes on after its worker is gone), so they slow nothing
    measured next. With `older_than_seconds`, only queries running longer are cancelled, and
    their connections kept; without, every connection to the database is ended."""
    import psycopg

    server, name = url.rsplit("/", 1)
    stop = "pg_cancel_backend" if older_than_seconds else "pg_terminate_backend"
    with psycopg.connect(server + "/postgres", autocommit=True) as connection:
        connection.execute(
            f"SELECT {stop}(pid) FROM pg_stat_activity WHERE datname = %s AND state = 'active'"
            " AND now() - query_start >= make_interval(secs => %s)",
            (name, older_than_seconds),
        )


class Site:
    """One database of generated content and the settings gunicorn serves it with."""

    def __init__(self, workdir: Path, *, database: str, cache: str, postgres_name: str):
        self.workdir = workdir
        self.database = database
        wanted = {"postgres": "DATABASE_URL", "redis": "CACHE_URL"}
        needed = [wanted[name] for name in (database, cache) if name in wanted]
        found = {name: os.environ.get(name, "") for name in needed}
        if not all(found.values()):
            found = {**found, **{k: v for k, v in services().items() if not found.get(k)}}
        inherited = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "CACHE_URL")}
        self.env = {
            **inherited,
            "DJANGO_SETTINGS_MODULE": "iawp_site.settings",
            "DEBUG": "false",
            "HTTPS_ONLY": "false",  # plain HTTP on loopback
            "SECRET_KEY": "benchmark-only",
            "ALLOWED_HOSTS": "127.0.0.1",
            "SQLITE_PATH": str(workdir / "bench.sqlite3"),
            # Keys of their own: pages a previous run left in the same Redis are never served.
            "CACHE_KEY_PREFIX": f"bench-{workdir.name}",
            "STATIC_ROOT": str(workdir / "static"),
            "MEDIA_ROOT": str(workdir / "media"),
            "DJANGO_SUPERUSER_USERNAME": EDITOR["username"],
            "DJANGO_SUPERUSER_PASSWORD": EDITOR["password"],
            "DJANGO_SUPERUSER_EMAIL": "bench@example.org",
        }
        if cache == "redis":
            self.env["CACHE_URL"] = found["CACHE_URL"]
        self.database_url = ""
        if database == "postgres":
            self.database_url = postgres_database(found["DATABASE_URL"], postgres_name)
            self.env["DATABASE_URL"] = self.database_url

    @property
    def description(self) -> str:
        database = "PostgreSQL" if self.database == "postgres" else "SQLite"
        cache = "Redis" if "CACHE_URL" in self.env else "each worker's memory"
        return f"{database}, {cache}"

    def fill(self, *, news: int, events: int) -> dict:
        """Migrate, collect static files, generate the content, create the editor; return
        the ids of the sample pages."""
        manage(self.env, "migrate", "--no-input", "-v0")
        manage(self.env, "collectstatic", "--no-input", "-v0")
        # The items and their search entries, written together as an editor's save writes
        # them (rebuilding the index afterwards took half of the generation at 150,000
        # items on PostgreSQL, for the same entries).
        self.python(f"from bench.generate import generate; generate(news={news}, events={events})")
        manage(self.env, "createsuperuser", "--no-input")
        samples = self.python("from bench.generate import sample_pages; print(sample_pages())")
        return json.loads(samples.strip().splitlines()[-1])

    def python(self, code: str) -> str:
        """Run Python code inside Django with the site's settings; its standard output."""
        return manage(self.env, "shell", "-c", code)

    @contextmanager
    def served(self, *, port: int | None, page_cache: bool = True, pieces: bool = True):
        """Yield the base URL of a gunicorn serving the site, stopped afterwards."""
        port = port or free_port()
        env = {
            **self.env,
            "PAGE_CACHE": "true" if page_cache else "false",
            "PAGE_PIECES": "true" if pieces else "false",
        }
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "iawp_site.wsgi", "--bind", f"127.0.0.1:{port}",
             "--workers", str(WORKERS), "--log-level", "warning",
             "--access-logfile", "/dev/null"],
            cwd=ROOT, env=env,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(base, server)
            yield base
        finally:
            server.terminate()
            try:
                server.wait(timeout=25)
            except subprocess.TimeoutExpired:  # workers stuck in a long query
                server.kill()
                server.wait()
            if self.database_url:
                stop_queries(self.database_url)
            # The port is free again only once the old socket is gone.
            time.sleep(0.5)

    def cancel_long_queries(self) -> None:
        if self.database_url:
            stop_queries(self.database_url, older_than_seconds=2)

    def close(self) -> None:
        if self.database_url:
            drop_postgres_database(self.database_url)


def editor_cookie(base: str, admin: str = "/admin/") -> str:
    """Log the benchmark's editor in, as a browser does; the Cookie header of the session."""
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    login = f"{base}{admin}login/"
    page = opener.open(login, timeout=30).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({**EDITOR, "csrfmiddlewaretoken": token, "next": admin})
    opener.open(urllib.request.Request(login, data=form.encode(), headers={"Referer": login}),
                timeout=30).read()  # fmt: skip
    cookies = {cookie.name: cookie.value for cookie in jar}
    if "sessionid" not in cookies:
        raise RuntimeError("the benchmark's editor could not log in")
    return "; ".join(f"{name}={value}" for name, value in cookies.items())
