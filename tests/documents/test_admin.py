"""Documents in the admin: a file per language uploaded on the document's form, refusals
as form errors with nothing stored, a replacement keeping the address, history, and the
translation status that marks a file outdated once the original's file is replaced."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from reversion.models import Version

from content.models import Status
from documents.models import Document
from tests.admin_forms import errors, form_data
from tests.factories import DocumentFactory

from .files import add_file, docx_file, pdf_file

pytestmark = pytest.mark.django_db
PREFIX = "files"


def with_file(data: dict, language: str, upload) -> dict:
    data = {**data, f"{PREFIX}-0-language": language}
    return data, {f"{PREFIX}-0-file": upload}


def test_an_editor_uploads_a_file_and_a_refused_one_stores_nothing(africa_editor, settings):
    url = "/admin/documents/document/add/"
    data = form_data(africa_editor.get(url), "document_form")
    data.update(
        original_language="en",
        title_en="Report on waste picker health",
        status=Status.PUBLISHED,
        issued_on="2024-05-05",
    )
    fields, files = with_file(data, "en", SimpleUploadedFile("report.pdf", docx_file(["x"])))
    refused = africa_editor.post(url, {**fields, **files})
    assert refused.status_code == 200
    assert "is named as a PDF document but its content is a Word document" in errors(refused)
    assert not Document.objects.exists()
    assert not (settings.MEDIA_ROOT / "documents").exists()

    pdf = pdf_file([["Health and safety at the sorting line"]], info={"Author": "Someone"})
    fields, files = with_file(data, "en", SimpleUploadedFile("report.pdf", pdf))
    saved = africa_editor.post(url, {**fields, **files})
    assert saved.status_code == 302, errors(saved)
    document = Document.objects.get()
    stored = document.files.get()
    assert (stored.file_format, stored.page_count) == ("pdf", 1)
    assert document.files_summary == [{"language": "en", "format": "PDF", "size": stored.size}]
    assert Version.objects.get_for_object(stored).exists()  # history keeps the file's row


def test_the_translation_is_outdated_when_the_originals_file_is_replaced():
    document = DocumentFactory(languages=("en", "es"))
    add_file(document, "en")
    add_file(document, "es")
    document.refresh_from_db()
    assert document.translation_state["es"] == "translated"
    add_file(document, "en", pdf_file([["A corrected original."]]))
    document.refresh_from_db()
    assert document.translation_state["es"] == "outdated"
    assert document.outdated_languages() == {"es"}
    add_file(document, "es", pdf_file([["La traducción corregida."]]))
    document.refresh_from_db()
    assert document.translation_state["es"] == "translated"


def test_an_editor_previews_a_draft_and_fetches_its_file(africa_editor, client):
    draft = DocumentFactory(status=Status.DRAFT, region="africa")
    stored = add_file(draft, "en")
    preview = africa_editor.get(f"/en/documents/preview/{draft.pk}/")
    assert preview.status_code == 200 and stored.get_absolute_url() in preview.content.decode()
    assert africa_editor.get(stored.get_absolute_url()).status_code == 200
    assert client.get(stored.get_absolute_url()).status_code == 404
