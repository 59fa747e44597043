"""A document's file at its stable address, /documents/file/<number>/<language>/.

Visitors and other sites link to this address, never to where the file is stored: a
corrected file is stored under a new random name (file_storage.py) and this address
follows it. How the bytes then reach the visitor depends on the storage, and is decided
here in one place:

- S3-compatible storage (or DOCUMENT_FILES_FROM_STORAGE=true): a redirect to the
  storage's own address, which answers ranges, conditional requests and caching itself
  (the object's name changes with each version, so it can be cached for good);
- nginx in front of a local MEDIA_ROOT (DOCUMENT_FILES_ACCEL_REDIRECT=/internal-media/):
  this view sets the headers and nginx sends the bytes, ranges included, without holding
  a gunicorn worker for the length of a slow download;
- otherwise (development, tests, one small server without nginx) this view sends the bytes
  itself. Django's FileResponse and static `serve` answer no `Range` header, and whitenoise
  serves only static files collected at deployment, not uploads; so this view answers
  one range (`bytes=0-99`, `bytes=100-`, `bytes=-100`), which is what a phone resuming a
  broken download sends, and If-None-Match / If-Modified-Since / If-Range with the file's
  checksum and date. Several ranges at once get the whole file, as RFC 9110 allows.

Every answer names the file readably, in the document's language ("Resolución sobre la
protección social.pdf"), and lets browsers and proxies keep it a day before asking again
(a corrected file reaches everyone within a day; asking again costs a 304).
"""

import re
from urllib.parse import quote

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseNotModified,
    HttpResponseRedirect,
    StreamingHttpResponse,
)
from django.utils.http import content_disposition_header, http_date, parse_http_date_safe
from django.views.decorators.http import require_safe

from documents.models import Document, DocumentFile
from editorial.roles import may_edit
from pagecache.query import uses_query

CACHE_CONTROL = "public, max-age=86400, must-revalidate"
CHUNK = 64 * 1024
SINGLE_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
# What a file name may not hold on any system people download to.
UNSAFE_IN_NAME = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


@require_safe
@uses_query()
def document_file(request, pk: int, language: str):
    document_file = find_file(request, pk, language)
    etag = f'"{document_file.checksum[:32]}"'
    modified = int(document_file.file_changed_at.timestamp())
    if not_modified(request, etag, modified):
        response = HttpResponseNotModified()
        add_headers(response, document_file, etag, modified)
        return response
    if settings.DOCUMENT_FILES_FROM_STORAGE:
        response = HttpResponseRedirect(default_storage.url(document_file.file.name))
        response["Cache-Control"] = "public, max-age=300"
        return response
    if settings.DOCUMENT_FILES_ACCEL_REDIRECT:
        response = HttpResponse(content_type=document_file.media_type)
        location = settings.DOCUMENT_FILES_ACCEL_REDIRECT + quote(document_file.file.name)
        response["X-Accel-Redirect"] = location
        add_headers(response, document_file, etag, modified)
        return response
    return file_response(request, document_file, etag, modified)


def find_file(request, pk: int, language: str) -> DocumentFile:
    """The file of a public document; an editor may also fetch a draft's (its preview
    links to it). Anything else is a 404, never a hint that a draft exists."""
    found = (
        DocumentFile.objects.filter(document_id=pk, language=language)
        .select_related("document")
        .first()
    )
    if found is None:
        raise Http404
    document = found.document
    if Document.objects.published().filter(pk=document.pk).exists():
        return found
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.is_staff and may_edit(user, document):
        return found
    raise Http404


def not_modified(request, etag: str, modified: int) -> bool:
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match is not None:
        return etag in [tag.strip() for tag in if_none_match.split(",")] or if_none_match == "*"
    since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
    return since is not None and modified <= since


def download_name(document_file: DocumentFile) -> str:
    """The document's title in the file's language (its original's when that language has
    no title), made safe as a file name, with the format's extension."""
    title = document_file.document.localized(document_file.language).title
    stem = " ".join(UNSAFE_IN_NAME.sub(" ", title).split()).strip(" .")[:120] or "document"
    return f"{stem}{document_file.extension}"


def add_headers(response, document_file: DocumentFile, etag: str, modified: int) -> None:
    response["ETag"] = etag
    response["Last-Modified"] = http_date(modified)
    response["Cache-Control"] = CACHE_CONTROL
    response["Accept-Ranges"] = "bytes"
    # Inline: a browser shows a PDF itself and offers to save the rest; either way the
    # name given is the readable one.
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=document_file.file_format != "pdf", filename=download_name(document_file)
    )
    response["X-Content-Type-Options"] = "nosniff"


def requested_range(request, size: int, etag: str, modified: int) -> tuple[int, int] | None:
    """(first, last) byte of the one range asked for, None for the whole file; raises
    RangeNotSatisfiable for a range outside it."""
    header = request.headers.get("Range", "")
    match = SINGLE_RANGE.match(header.replace(" ", ""))
    if not match or not any(match.groups()):
        return None
    if_range = request.headers.get("If-Range")
    if if_range is not None and if_range != etag and parse_http_date_safe(if_range) != modified:
        return None  # the file changed since the client's part: it gets the whole new one
    first, last = match.groups()
    if first == "":  # the last N bytes
        length = int(last)
        if length == 0:
            raise RangeNotSatisfiable
        return max(0, size - length), size - 1
    first = int(first)
    last = min(int(last), size - 1) if last else size - 1
    if first >= size or first > last:
        raise RangeNotSatisfiable
    return first, last


class RangeNotSatisfiable(Exception):
    pass


def file_response(request, document_file: DocumentFile, etag: str, modified: int):
    size = document_file.file.size
    try:
        wanted = requested_range(request, size, etag, modified)
    except RangeNotSatisfiable:
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        add_headers(response, document_file, etag, modified)
        return response
    first, last = wanted or (0, size - 1)
    response = StreamingHttpResponse(
        read_bytes(document_file.file.name, first, last - first + 1),
        status=206 if wanted else 200,
        content_type=document_file.media_type,
    )
    response["Content-Length"] = str(last - first + 1)
    if wanted:
        response["Content-Range"] = f"bytes {first}-{last}/{size}"
    add_headers(response, document_file, etag, modified)
    return response


def read_bytes(name: str, start: int, length: int):
    with default_storage.open(name, "rb") as stored:
        stored.seek(start)
        while length > 0:
            chunk = stored.read(min(CHUNK, length))
            if not chunk:
                break
            length -= len(chunk)
            yield chunk
