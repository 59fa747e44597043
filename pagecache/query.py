"""Only the query parameters a page reads reach it, its cache key or its links.

Facebook adds `fbclid` to every shared link, Google `gclid`, newsletters `utm_*` and
`mc_cid`: each value would be a page made and stored again, and its canonical and language
links would repeat it. So each view says which parameters it reads, as `query_parameters`
(a class attribute of a class-based view or a feed, or `@uses_query(...)` on a function), and
before the page cache looks anything up every other parameter is dropped from the request:
the page, its key and every link made from the address (get_full_path) only see the rest,
sorted by name, so the canonical page is what is served and stored.

An address that leads to no view (a 404, or one Django redirects to add a slash or a
language) keeps its query string: the redirect carries it to the page, which cleans it.
"""

import functools
from collections.abc import Callable
from urllib.parse import unquote_plus

from django.conf import settings
from django.urls import Resolver404, resolve
from django.utils import translation

from adapters.django_private import replace_query_string


def uses_query(*names: str) -> Callable:
    """For a function view: the query parameters it reads."""

    def declare(view):
        view.query_parameters = frozenset(names)
        return view

    return declare


def parameters_read_by(view) -> frozenset[str]:
    # as_view() puts the class on the function; a feed is an instance, asked directly.
    holder = getattr(view, "view_class", view)
    return frozenset(getattr(holder, "query_parameters", ()))


# Resolving was most of what cleaning a query string cost, on every hit of a shared link; the
# answer depends only on the path and the URL patterns. Bounded: robots invent paths.
@functools.lru_cache(maxsize=4096)
def parameters_read_at(path: str) -> frozenset[str] | None:
    """What the view at `path` reads; None when no view answers there."""
    # The language prefix matches only with its language active, as LocaleMiddleware
    # (which runs after the page cache) would make it.
    language = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
    with translation.override(language):
        try:
            match = resolve(path)
        except Resolver404:
            return None
    return parameters_read_by(match.func)


def parameter_name(pair: str) -> str:
    return unquote_plus(pair.partition("=")[0])


def keep_parameters_read(request) -> None:
    """Drops from `request` every query parameter its view does not read."""
    query = request.META.get("QUERY_STRING", "")
    if not query:
        return
    read = parameters_read_at(request.path_info)
    if read is None:
        return
    kept = sorted(
        (pair for pair in query.split("&") if pair and parameter_name(pair) in read),
        key=parameter_name,  # stable: a parameter given twice keeps its order
    )
    cleaned = "&".join(kept)
    if cleaned == query:
        return
    replace_query_string(request, cleaned)
