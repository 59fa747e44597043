"""/healthz for load balancers (the process answers; nothing else is touched) and /readyz
for deployments and monitoring (the database and the shared cache answer too).

Without its database the process cannot serve: /readyz answers 503. Without Redis it still
serves every page, uncached (pagecache/redis_backend.py): taking it out of a balancer then
would turn a slower site into no site, so /readyz answers 200 and says "degraded: cache"."""

import logging

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse

logger = logging.getLogger(__name__)


class HealthCheckMiddleware:
    """Answers before host checks, sessions or URL resolution: a balancer probing by IP
    address must get its answer, and the answer must cost next to nothing."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/healthz":
            return HttpResponse("ok\n", content_type="text/plain")
        if request.path == "/readyz":
            return readiness()
        return self.get_response(request)


def readiness() -> HttpResponse:
    database_up = True
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # any failure means "not ready"; the log says which
        logger.exception("Readiness: the database does not answer")
        database_up = False
    try:
        # A Redis that is out just answers nothing (pagecache/redis_backend.py logs it once).
        cache.set("readyz", "1", 10)
        cache_up = cache.get("readyz") == "1"
    except Exception:
        logger.exception("Readiness: the cache does not answer")
        cache_up = False
    lines = [] if database_up else ["not ready: database"]
    if not cache_up:
        lines.append("degraded: cache")
    return HttpResponse(
        "\n".join(lines or ["ready"]) + "\n",
        status=200 if database_up else 503,
        content_type="text/plain",
    )
