"""/healthz for load balancers (the process answers; nothing else is touched) and /readyz
for deployments (the database and the shared cache answer too)."""

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
    problems = []
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # any failure means "not ready"; the log says which
        logger.exception("Readiness: the database does not answer")
        problems.append("database")
    try:
        cache.set("readyz", "1", 10)
        if cache.get("readyz") != "1":
            problems.append("cache")
    except Exception:
        logger.exception("Readiness: the cache does not answer")
        problems.append("cache")
    if problems:
        return HttpResponse(
            f"not ready: {', '.join(problems)}\n", status=503, content_type="text/plain"
        )
    return HttpResponse("ready\n", content_type="text/plain")
