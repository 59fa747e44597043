"""Old addresses answered with a permanent redirect before the page cache is asked.

Placed straight after the health check, before the page cache, for two reasons. WordPress's
addresses by number (`/?p=12`, `/es/?page_id=7`) carry their meaning in a query parameter
that no view of this site reads, which the page cache drops (pagecache/query.py) before any
view could see it. And a redirect should cost what a cached page costs: each answer (where an
old address leads, or that it leads nowhere) is kept as a piece under the page version
(pagecache/pieces.py), in this process's memory and the shared cache, so after the first
visitor it is answered without the database; any edit of an item, page or redirect bumps
the version, so an answer never outlives what it was made from.

Only addresses that could be old ones are looked up: those with `p` or `page_id`, and paths
no view of this site answers (`/2011/11/13/slug/`, `/tag/x/`, `/feed/`). An editor's redirect
from an address that does lead to a view (an item's address that no longer exists, say) is
used when that view answers 404.
"""

import logging

from django.db import DatabaseError
from django.http import HttpResponsePermanentRedirect

from pagecache.middleware import PageCacheMiddleware
from pagecache.pieces import reuse_piece
from pagecache.query import parameter_name, parameters_read_at

from .models import QUERY_PARAMETERS, Redirect, normal_path, without_language

logger = logging.getLogger(__name__)


def destination_of(old_path: str) -> str:
    """Where a stored old address leads now ("" for nowhere), looked up with and without a
    language prefix."""
    candidates = list(dict.fromkeys((old_path, without_language(old_path))))
    rows = {
        row.old_path: row
        for row in Redirect.objects.filter(old_path__in=candidates).select_related(
            "content", "page"
        )
    }
    for candidate in candidates:
        if candidate in rows:
            return rows[candidate].destination() or ""
    return ""


def redirect_for(request, old_path: str):
    try:
        destination = reuse_piece(
            request, f"old-address:{old_path}", lambda: destination_of(old_path)
        )
    except DatabaseError:
        # The database out of reach: the page answers as it would (a 404 needs none).
        logger.warning("Old address %s not looked up: the database does not answer", old_path)
        return None
    if not destination or destination == request.get_full_path():
        return None  # nowhere to go, or a loop: the page answers as it would
    return HttpResponsePermanentRedirect(destination)


def address_by_number(request) -> str | None:
    """`?p=12` or `?page_id=7`, on the site's root or a language's home, as stored."""
    # Read from the query string's text first: parsing it for every shared link (fbclid)
    # cost as much as the rest of a cached answer.
    names = {parameter_name(pair) for pair in request.META.get("QUERY_STRING", "").split("&")}
    if names.isdisjoint(QUERY_PARAMETERS):
        return None
    if without_language(normal_path(request.path)) != "/":
        return None
    key = normal_path(request.get_full_path())
    return key if key.startswith("?") else None


class OldAddressMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not PageCacheMiddleware.public_request(request):
            return self.get_response(request)
        old_path = address_by_number(request)
        if old_path is None and request.path != "/" and parameters_read_at(request.path) is None:
            old_path = normal_path(request.path)
        if old_path is not None and (response := redirect_for(request, old_path)):
            return response
        response = self.get_response(request)
        if response.status_code == 404 and old_path is None:
            return redirect_for(request, normal_path(request.path)) or response
        return response
