"""What pages say of a document's files: read once per page version (an item's facts) or
once per list page, never one query per file."""

from django.core.files.storage import default_storage
from django.db.models import Prefetch

from content.languages import language_codes, native_name
from documents.models import Document, DocumentFile


def file_facts(document_file: DocumentFile) -> dict:
    """One file as pages show it: its language, format, size, pages and cover; plain values
    (kept in the page cache's pieces), the words formatted by the template in the visitor's
    language (document_tags.file_line)."""
    return {
        "language": document_file.language,
        "language_name": native_name(document_file.language),
        "url": document_file.get_absolute_url(),
        "format": document_file.format_label,
        "media_type": document_file.media_type,
        "size": document_file.size,
        "page_count": document_file.page_count,
        "cover_url": default_storage.url(document_file.cover) if document_file.cover else "",
        "cover_width": document_file.cover_width,
        "cover_height": document_file.cover_height,
        "updated_on": document_file.replaced_at,
    }


def in_site_order(files) -> list:
    order = {code: place for place, code in enumerate(language_codes())}
    return sorted(files, key=lambda f: order.get(f.language, len(order)))


def files_of(document: Document) -> list[dict]:
    """The document's files, in the order of the site's languages."""
    if document.pk is None:
        return []
    return [file_facts(f) for f in in_site_order(document.files.all())]


def shown_files(files: list[dict], language: str) -> dict:
    """The visitor's language's file first; when there is none, `missing` says so and the
    page offers the others (with the notice)."""
    own = [f for f in files if f["language"] == language]
    ordered = own + [f for f in files if f["language"] != language]
    return {
        "all": ordered,
        # The first PDF's first page, in the order files are offered.
        "cover": next((f for f in ordered if f["cover_url"]), None),
        "missing": bool(files) and not own,
        "requested": language,
    }


def attached_documents(item) -> list[dict]:
    """The public documents attached to an item (its `documents` field), each with its
    files: two queries, whatever their number."""
    # The preview of an item not saved yet has no links: even reaching its field would fail.
    if item.pk is None:
        return []
    field = getattr(item, "documents", None)
    if field is None:
        return []
    documents = (
        field.all()
        .published()
        .newest_first()
        .prefetch_related(Prefetch("files", queryset=DocumentFile.objects.order_by("pk")))
    )
    return [
        {
            "document": document,
            "title": document.localized().title,
            "title_language": document.localized().language,
            "url": document.get_absolute_url(),
            "files": [file_facts(f) for f in in_site_order(document.files.all())],
        }
        for document in documents
    ]
