"""Editors' pages sent compressed: the event form is about 107 KB of HTML and about 15 KB
gzipped, sent again on every visit and every failed save, often over a phone's connection.

Only what the page cache does not serve: the admin, previews and pages fetched with a
session. Anonymous pages are compressed by the page cache, once, when they are stored;
compressing them here would redo that work on every request.

BREACH: these pages carry the CSRF token, which Django masks differently in every
response, and Django's GZipMiddleware pads each response with random bytes; the session
cookie never appears in a body.
"""

from django.conf import settings
from django.middleware.gzip import GZipMiddleware


def is_editors_page(request) -> bool:
    if request.path.startswith((f"/{settings.STATIC_URL}", f"/{settings.MEDIA_URL}")):
        return False  # whitenoise serves static files compressed already; images are
    return (
        request.path.startswith(f"/{settings.ADMIN_URL}")
        or "/preview/" in request.path
        or settings.SESSION_COOKIE_NAME in request.COOKIES
    )


class EditorPagesGZipMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if not is_editors_page(request):
            return response
        return super().process_response(request, response)
