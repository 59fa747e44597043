"""PostgreSQL and Redis shared by the tests that run the site as production does (CI's
second pass starts them with scripts/start-services.sh)."""

import os
import subprocess
import uuid

import pytest

DATABASE_URL = os.environ.get("DATABASE_URL", "")
CACHE_URL = os.environ.get("CACHE_URL", "")
needs_postgresql_and_redis = pytest.mark.skipif(
    not (DATABASE_URL.startswith("postgres") and CACHE_URL.startswith("redis")),
    reason="needs PostgreSQL and Redis (scripts/start-services.sh; CI's second pass)",
)


def restart_postgresql() -> None:
    """Restarts the local PostgreSQL cluster (as root, or through password-less sudo)."""
    cluster = subprocess.run(
        ["pg_lsclusters", "--no-header"], capture_output=True, text=True, check=True
    ).stdout.split()[:2]
    as_root = [] if os.geteuid() == 0 else ["sudo", "-n"]
    subprocess.run(
        [*as_root, "pg_ctlcluster", *cluster, "restart"],
        # No pipes: the restarted server would inherit and hold them open.
        check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


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
