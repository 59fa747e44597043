"""Whole anonymous pages from the shared cache, fresh after every edit and on time for
everything scheduled.

Every cached page's key carries a version number kept in the cache itself. Any change to
content bumps it (signals, below; each app says which of its models count, in
cache_registry), so every application server sharing the cache stops serving the old pages
at once. Pages also change without an edit, when a scheduled item's
time comes, an event starts or ends, or a vacancy's countdown moves: the moment of the next
such change is asked of the apps (cache_registry) and stored too, and reaching it bumps the
version. Editors who are logged in always get fresh pages.

Written here rather than with Django's cache middleware, which caches per URL for a fixed
time and cannot be emptied at once across servers, nor knows when scheduled content goes live.

The middleware sits straight after the health check: a hit is answered with the headers the
page was stored with (the security middleware's among them) and answers a conditional GET
itself, so it costs one round trip to the cache and next to no Python. It validates the Host
header before anything else (a host not in ALLOWED_HOSTS gets Django's 400, never a cached
page), and keys pages by it.

While Redis is out (pagecache/redis_backend.py) no version can be read: pages are made and
served as for an editor, and neither stored nor kept. When it answers again, the version is
bumped before anything else is read from it (`on_recovery`, at the end).
"""

import secrets
import time
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.http.response import ResponseHeaders
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_vary_headers, set_response_etag

from adapters.django_private import header_store, set_header_store
from pagecache import keys
from pagecache.compression import compressed_variants, preferred_encoding, variant_etag
from pagecache.keys import NEXT_CHANGE_KEY, VERSION_KEY, asked_key
from pagecache.local_copy import announce_change, local_pages
from pagecache.query import keep_parameters_read
from pagecache.redis_backend import on_recovery
from pagecache.registry import invalidating_models, next_changes

CONDITIONAL_HEADERS = frozenset(
    ("HTTP_IF_MATCH", "HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_UNMODIFIED_SINCE")
)
UNCACHED_PREFIXES = (f"/{settings.ADMIN_URL}", "/i18n/", "/healthz", "/readyz")


def bump_version() -> None:
    """Every page and piece made so far goes out of date. With the shared cache out, only
    this process's own copies do: the bump is made again when the cache answers."""
    try:
        version = cache.incr(VERSION_KEY)
    except ValueError:
        # A number never used before, even with the clock frozen (tests) or turned back:
        # processes keep pages and pieces by version, and must never take old ones for new.
        cache.add(VERSION_KEY, secrets.randbits(48), None)
        version = cache.get(VERSION_KEY)
    cache.delete(NEXT_CHANGE_KEY)
    announce_change(version)


def next_change_timestamp() -> float:
    """When the next page will change by itself, as the apps tell it (cache_registry): a
    scheduled item goes live, an event starts or ends, a vacancy's countdown moves on. Never
    later than the longest a page is kept."""
    now = timezone.now()
    latest = now + timedelta(seconds=settings.PAGE_CACHE_MAX_SECONDS)
    return min([latest, *next_changes(now)]).timestamp()


def fresh_version(state: dict) -> tuple[int | None, float]:
    """The version to serve and when it will next change by itself, bumped first when a
    scheduled moment has come; no version (None) while the shared cache does not answer."""
    version, next_change = state.get(VERSION_KEY), state.get(NEXT_CHANGE_KEY)
    if version is None or (next_change is not None and time.time() >= next_change):
        bump_version()
        version, next_change = cache.get(VERSION_KEY), None
    if version is None:
        return None, 0.0
    if next_change is None:
        next_change = next_change_timestamp()
        cache.set(NEXT_CHANGE_KEY, next_change, settings.PAGE_CACHE_MAX_SECONDS)
    return version, next_change


def page_key(request) -> str:
    # get_host() raises DisallowedHost (a 400) for a host not in ALLOWED_HOSTS, before any
    # page is looked up. Pages hold absolute links built from the host (canonical and
    # hreflang links, feeds, the sitemap, calendars, robots.txt), and ALLOWED_HOSTS
    # accepts any port: keyed by scheme and host, port included, a request naming another
    # one only ever makes and sees pages of its own.
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return keys.page_key(address)


def page_version(request) -> int | None:
    """The version pages and pieces are made under for this request: read once (by the
    middleware when the page cache is on), then kept on the request. None while the shared
    cache does not answer: nothing is then stored or reused."""
    if not hasattr(request, "page_version"):
        local = local_pages()
        version = local.current_version() if local is not None else None
        if version is None:
            version, next_change = fresh_version(cache.get_many([VERSION_KEY, NEXT_CHANGE_KEY]))
            if local is not None and version is not None:
                local.adopt(version, next_change)
        request.page_version = version
    return request.page_version


def hit_headers(stored: dict, encoding: str | None, length: int) -> ResponseHeaders:
    headers = ResponseHeaders(stored["headers"])
    if encoding:
        headers["Content-Encoding"] = encoding
        headers["ETag"] = variant_etag(headers["ETag"], encoding)
    headers["Content-Length"] = str(length)
    headers["X-Page-Cache"] = "hit"
    return headers


def chosen_variant(stored: dict, accept_encoding: str) -> tuple[str | None, bytes]:
    """The coding a stored page is sent in for this Accept-Encoding (None: as it is), and
    its bytes in that coding."""
    encoded = stored.get("encoded", {})
    encoding = preferred_encoding(accept_encoding, encoded)
    return encoding, encoded[encoding] if encoding else stored["content"]


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.public_request(request):
            # Before the key is made, and whether or not the page is cached: an editor's
            # page, and one while the cache is out, read the same address as a visitor's.
            keep_parameters_read(request)
        if not self.cacheable_request(request):
            return self.get_response(request)
        key = page_key(request)
        local = local_pages()
        stored = local.lookup(key) if local is not None else None
        if stored is not None:
            return self.stored_response(request, stored)
        # One round trip to the cache: the version, the next scheduled change and the page
        # (stored with the version it was made under, so an older one is simply ignored),
        # and whether a page kept only when asked again was asked before.
        state = cache.get_many([VERSION_KEY, NEXT_CHANGE_KEY, key, asked_key(key)])
        version, next_change = fresh_version(state)
        request.page_version = version
        if version is None:  # the shared cache does not answer: made now, kept nowhere
            response = self.get_response(request)
            if self.cacheable_response(response):
                response["X-Page-Cache"] = "unavailable"
            return response
        if local is not None:
            local.adopt(version, next_change)
        stored = state.get(key)
        if stored is not None and stored["version"] == version:
            if local is not None:
                local.keep(key, stored)
            return self.stored_response(request, stored)
        response = self.get_response(request)
        if not self.cacheable_response(response):
            return response
        # A view that says how long a copy may be kept (the calendar feed) keeps its word.
        if "max-age" not in response.get("Cache-Control", ""):
            response["Cache-Control"] = "no-cache"  # browsers revalidate: ETag makes it cheap
        if not response.has_header("ETag"):
            set_response_etag(response)  # stored, so a hit never hashes the page again
        patch_vary_headers(response, ["Accept-Encoding"])
        seconds = min(max(1, int(next_change - time.time())), settings.PAGE_CACHE_MAX_SECONDS)
        if getattr(response, "kept_when_asked_again", False):
            if state.get(asked_key(key)) != version:
                cache.set(asked_key(key), version, seconds)  # kept the next time
                response["X-Page-Cache"] = "miss"
                return response
        stored = {
            "version": version,
            "content": response.content,
            "encoded": compressed_variants(response.content, response["Content-Type"]),
            "status": response.status_code,
            "headers": dict(response.headers),  # no cookies: see cacheable_response
        }
        cache.set(key, stored, seconds)
        if local is not None:
            local.keep(key, stored)
        response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def stored_response(request, stored: dict) -> HttpResponse:
        encoding, content = chosen_variant(stored, request.META.get("HTTP_ACCEPT_ENCODING", ""))
        response = HttpResponse(content, status=stored["status"])
        # Checking and encoding a dozen headers was a third of a hit's time; a page kept in
        # this process's memory keeps them ready, in the form Django holds them in.
        ready = stored.setdefault("ready_headers", {})
        if encoding not in ready:
            ready[encoding] = header_store(hit_headers(stored, encoding, len(content)))
        set_header_store(response, ready[encoding])
        # What ConditionalGetMiddleware would do, which a hit never reaches: only for a
        # request that asks (reading the four headers for none was a tenth of a hit).
        if not CONDITIONAL_HEADERS.isdisjoint(request.META):
            return get_conditional_response(request, etag=response["ETag"], response=response)
        return response

    @staticmethod
    def public_request(request) -> bool:
        """A read of a public page: not the admin's, an editor's preview, or a file."""
        if request.method not in ("GET", "HEAD"):
            return False
        path = request.path
        if path.startswith(UNCACHED_PREFIXES) or "/preview/" in path:
            return False
        # Files: whitenoise or the media server answer those.
        return not path.startswith((settings.STATIC_URL, settings.MEDIA_URL))

    @classmethod
    def cacheable_request(cls, request) -> bool:
        if not settings.PAGE_CACHE_ENABLED or not cls.public_request(request):
            return False
        if settings.SECURE_SSL_REDIRECT and not request.is_secure():
            return False  # the security middleware redirects it to HTTPS
        # Visitors have no session (public pages never start one); editors do, and always
        # get fresh pages. Checked by cookie, before sessions are even loaded.
        return settings.SESSION_COOKIE_NAME not in request.COOKIES

    @staticmethod
    def cacheable_response(response) -> bool:
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in response.get("Cache-Control", "")
            and "no-store" not in response.get("Cache-Control", "")
        )


def keep_when_asked_again(response) -> None:
    """The page is stored only when asked a second time under the same page version, as
    caching proxies do for pages most of which are asked once (nginx's proxy_cache_min_uses):
    a search page. Compressing and storing it was an eighth of a new search's time, for a
    page nobody asked again; a marker of a few bytes is stored instead. A search shared in a
    bulletin or a post is then served from the cache from its second visitor on."""
    response.kept_when_asked_again = True


# Set while many rows are written in one go (changes_in_bulk).
_writing_in_bulk = ContextVar("page_cache_writing_in_bulk", default=False)


def content_changed(sender, instance, **kwargs) -> None:
    if isinstance(instance, invalidating_models()) and not _writing_in_bulk.get():
        bump_version()
        # Again once the change is committed: a page rendered in between, from what the
        # database still showed, would otherwise be kept under the new version.
        transaction.on_commit(bump_version, using=kwargs.get("using"))


@contextmanager
def changes_in_bulk():
    """Many rows written in one go (a restore of a whole site): pages go out of date once, at
    the end and again once committed, not for every row. Each row's bump would cost a few
    cache round trips, and its callback would be kept until the commit: at 150,000 items,
    tens of megabytes."""
    token = _writing_in_bulk.set(True)
    try:
        yield
    finally:
        _writing_in_bulk.reset(token)
        bump_version()
        transaction.on_commit(bump_version)


# Redis keeps the version and the pages of before an outage; content may have changed
# meanwhile, here or on another server, without a bump reaching it. Any process that saw
# the outage bumps once as it ends, before reading anything (pagecache/redis_backend.py).
on_recovery(bump_version)
