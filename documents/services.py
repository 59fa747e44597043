"""What uploading, replacing or removing a document's file does besides storing a row:
the published copy and the private original, the cover, the words for search, the date of
the change, translation status and the search index. Called by the admin and the demo
content alike."""

from functools import partial

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from content.languages import stored_language_codes
from content.search_index import index_item
from content.translation_status import language_state
from documents.covers import pdf_cover
from documents.file_checks import CheckedFile
from documents.file_storage import move_to_private, store_cover, store_privately
from documents.models import Document, DocumentFile
from documents.presenting import in_site_order


def store_file(document_file: DocumentFile, checked: CheckedFile, *, now=None) -> None:
    """Give a file row (new, or one being replaced) a checked upload, without saving the
    row. The file it replaces leaves public view once the change commits; its row keeps
    its number, so the file's address stays."""
    now = now or timezone.now()
    replaced = stored_names(document_file)
    document_file.file.save(checked.name, ContentFile(checked.published), save=False)
    name = document_file.file.name
    document_file.original_name = (
        store_privately(name, checked.original) if checked.original is not None else ""
    )
    document_file.file_format = checked.format.code
    document_file.size = len(checked.published)
    document_file.page_count = checked.page_count
    document_file.checksum = sha256(checked.published)
    document_file.text = checked.text
    cover = pdf_cover(checked.published) if checked.format.code == "pdf" else None
    if cover is not None:
        data, width, height = cover
        document_file.cover = store_cover(name, data)
        document_file.cover_width, document_file.cover_height = width, height
    else:
        document_file.cover, document_file.cover_width, document_file.cover_height = "", None, None
    if document_file.pk is None:
        document_file.uploaded_at = now
    else:
        document_file.replaced_at = now
    document_file.file_changed_at = now
    for old in replaced:
        retire_unless_shown(old)


def stored_names(document_file: DocumentFile) -> list[str]:
    if document_file.pk is None:
        return []
    row = DocumentFile.objects.filter(pk=document_file.pk).values("file", "cover").first()
    return [name for name in (row or {}).values() if name]


def retire_unless_shown(name: str) -> None:
    transaction.on_commit(partial(retire_if_unused, name), robust=True)


def retire_if_unused(name: str) -> None:
    # Still shown: a restore brought it back meanwhile.
    if DocumentFile.objects.filter(file=name).exists():
        return
    if DocumentFile.objects.filter(cover=name).exists():
        return
    move_to_private(name)


def sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def attach_file(document: Document, language: str, checked: CheckedFile) -> DocumentFile:
    """The document's file in `language`: added, or replaced when it has one."""
    document_file = document.files.filter(language=language).first() or DocumentFile(
        document=document, language=language
    )
    store_file(document_file, checked)
    document_file.save()
    files_changed(document)
    return document_file


def files_changed(document: Document) -> None:
    """After a document's files changed (added, replaced, removed): its translation status
    (a file may now be outdated) and its search entries (the words inside the files)."""
    state = {code: language_state(document, code) for code in stored_language_codes()}
    summary = [
        {"language": f.language, "format": f.format_label, "size": f.size}
        for f in in_site_order(document.files.all())
    ]
    if state != document.translation_state or summary != document.files_summary:
        document.translation_state, document.files_summary = state, summary
        Document.objects.filter(pk=document.pk).update(
            translation_state=state, files_summary=summary
        )
    index_item(document)
