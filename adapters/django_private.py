"""The private parts of Django the project relies on, each in one place.

Every use below was checked against Django 5.2; tests/adapters/test_private_attributes.py
fails if an upgrade removes or renames one, so the break shows up in the tests, not on the
site. This package imports no project code: every layer may use it.
"""

from django.core.paginator import Paginator
from django.http import QueryDict
from django.utils.functional import cached_property


def header_store(headers) -> dict:
    """A response's headers as Django keeps them ({lowercased name: (name, value)}):
    `ResponseHeaders._store`. Copying it is how the page cache skips re-checking and
    re-encoding a dozen headers on every hit (a third of a hit's time)."""
    return headers._store


def set_header_store(response, store: dict) -> None:
    response.headers._store = dict(store)


def cache_client(backend):
    """The client object behind Django's Redis cache backend (`RedisCache._cache`, a
    `RedisCacheClient`): where the connection pool and our circuit breaker live."""
    return backend._cache


def redis_connection_pool(backend, *, write: bool = True):
    """The connection pool of Django's Redis cache client
    (`RedisCacheClient._get_connection_pool`), for connections of our own (publish/subscribe)
    that share its servers and options."""
    return cache_client(backend)._get_connection_pool(write=write)


def uncounted_count(paginator: Paginator) -> int:
    """What `Paginator.count` computes, bypassing its cached_property (`.func`), for a
    paginator that keeps the count elsewhere (pagecache.pieces.PiecePaginator)."""
    return Paginator.count.func(paginator)


def is_fresh_upload(file) -> bool:
    """A file just uploaded, not stored yet: `FieldFile._committed` is False until the file
    is saved to storage (UploadedFile has no such attribute, and is fresh too)."""
    return bool(file) and hasattr(file, "size") and not getattr(file, "_committed", False)


def is_stored_file(file) -> bool:
    """A file that is already in storage (`FieldFile._committed`)."""
    return getattr(file, "_committed", False)


def replace_query_string(request, query_string: str) -> None:
    """Give `request` another query string. A WSGI request parses `GET` from its environ the
    first time it is read (`WSGIRequest.GET`, a cached_property over `META`), so forgetting
    a parse already made is enough: a page answered from the cache never parses it at all
    (two parses were a third of what a shared link with `fbclid` cost). Requests that set
    `GET` when made (ASGI) get it parsed now."""
    request.META["QUERY_STRING"] = query_string
    if isinstance(type(request).__dict__.get("GET"), cached_property):
        request.__dict__.pop("GET", None)
    else:
        # The server's query string is bytes read as Latin-1 (PEP 3333), as Django reads it.
        request.GET = QueryDict(query_string.encode("iso-8859-1"), encoding=request.encoding)
