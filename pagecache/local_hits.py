"""Pages this process keeps in its own memory (local_copy.py), answered before Django's
request handling begins.

A page from the local copy needs the request's key and nothing else, yet through Django it
also paid for the request_started and request_finished signals (each closing old database
connections and caches), the middleware chain around the page cache and a response object:
measured, a hit cost twice what /healthz does, and a shared link with `fbclid` the same. Here
such a hit costs about half of /healthz. It is what a caching proxy in front of the
application would do, without one more service to run.

Nothing is decided differently than in PageCacheMiddleware, whose own functions are used:
which requests may have a cached page (a visitor's GET, no session, the host checked against
ALLOWED_HOSTS), which query parameters count, the key, the copy's validity (its subscription
to changes, the next scheduled change), the encoding chosen and the headers stored with the
page. Every other request goes on to Django untouched, as does a conditional request (the
middleware answers those), a page this process does not hold, and any request the site says
must reach its views (`passes_by`: an old WordPress address, which is redirected before the
page cache drops its `?p=`).
"""

from collections.abc import Callable
from http.client import responses

from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIRequest

from pagecache.local_copy import local_pages
from pagecache.middleware import (
    CONDITIONAL_HEADERS,
    PageCacheMiddleware,
    chosen_variant,
    hit_headers,
    page_key,
)
from pagecache.query import keep_parameters_read


class LocalHits:
    """WSGI application answering the local copy's hits, and passing the rest to
    `application` (Django's)."""

    def __init__(self, application, *, passes_by: Callable = lambda request: False):
        self.application = application
        self.passes_by = passes_by

    def __call__(self, environ, start_response):
        answer = self.local_hit(environ)
        if answer is None:
            return self.application(environ, start_response)
        status, headers, body = answer
        start_response(f"{status} {responses[status]}", headers)
        return [body]

    def local_hit(self, environ) -> tuple[int, list, bytes] | None:
        if environ.get("REQUEST_METHOD") != "GET" or not CONDITIONAL_HEADERS.isdisjoint(environ):
            return None
        local = local_pages()
        if local is None:
            return None
        # A copy of the environ: dropping tracking parameters changes the query string,
        # and a request passed on must reach Django as it came.
        request = WSGIRequest(dict(environ))
        if not PageCacheMiddleware.cacheable_request(request) or self.passes_by(request):
            return None
        keep_parameters_read(request)
        try:
            key = page_key(request)
        except DisallowedHost:
            return None  # Django answers it with its 400
        stored = local.lookup(key)
        if stored is None:
            return None
        encoding, body = chosen_variant(stored, environ.get("HTTP_ACCEPT_ENCODING", ""))
        # Made once per page and encoding, as the middleware keeps its own.
        ready = stored.setdefault("wsgi_headers", {})
        if encoding not in ready:
            ready[encoding] = list(hit_headers(stored, encoding, len(body)).items())
        return stored["status"], ready[encoding], body
