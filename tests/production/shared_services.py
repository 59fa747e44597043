"""PostgreSQL and Redis shared by the tests that run the site as production does (CI's
second pass starts them with scripts/start-services.sh)."""

import os
import time
import uuid

import pytest

DATABASE_URL = os.environ.get("DATABASE_URL", "")
CACHE_URL = os.environ.get("CACHE_URL", "")
needs_postgresql_and_redis = pytest.mark.skipif(
    not (DATABASE_URL.startswith("postgres") and CACHE_URL.startswith("redis")),
    reason="needs PostgreSQL and Redis (scripts/start-services.sh; CI's second pass)",
)


def database_outage(database_url: str, seconds: float = 2.0) -> None:
    """What a restart of PostgreSQL does to a site, done to its database alone: every
    connection ended, new ones refused for `seconds`, then accepted again. Not a restart of
    the server itself: the tests running beside this one (pytest-xdist's other process) use
    the same server, and a restart would cut them off too."""
    import psycopg

    server, name = database_url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        try:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                (name,),
            )
            time.sleep(seconds)
        finally:
            admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')


def production_environment(database_url: str, workdir, name: str) -> dict[str, str]:
    """The site's settings as in production, on plain HTTP on loopback, with its own cache
    keys and a media folder every server of the test shares."""
    return {
        **os.environ,
        "DEBUG": "false",
        "HTTPS_ONLY": "false",  # plain HTTP on loopback
        "SECRET_KEY": f"{name}-test-only-not-a-secret",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url,
        "CACHE_URL": CACHE_URL,
        "CACHE_KEY_PREFIX": f"{name}-{uuid.uuid4().hex[:6]}",
        "MEDIA_ROOT": str(workdir / "media"),
        "STATIC_ROOT": str(workdir / "static"),
        "SERVE_MEDIA": "true",
    }


def prepare_site(env: dict[str, str], content_script: str, *, password: str) -> dict[str, str]:
    """A production site made ready for gunicorn: migrated, its static files collected, the
    committee member "chair" (with `password`), and the content `content_script` creates.
    Returns the environment, with chair's account in it, for gunicorn and later commands."""
    from tests.site_server import manage

    env = env | {
        "DJANGO_SUPERUSER_USERNAME": "chair",
        "DJANGO_SUPERUSER_PASSWORD": password,
        "DJANGO_SUPERUSER_EMAIL": "chair@example.org",
    }
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "collectstatic", "--no-input", "-v0")
    manage(env, "createsuperuser", "--no-input")
    manage(env, "shell", "-c", content_script)
    return env
