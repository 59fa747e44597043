"""What a visitor finds: the list of documents, a document's page with each file's
language, format, size and pages, the offer of other languages, replacements keeping the
address, documents attached to news and events, feeds, sitemaps and schema.org data."""

import json
import re
from datetime import date, timedelta

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from content.models import Region, Status
from documents.models import Document
from tests.factories import DocumentFactory, EventFactory, PostFactory, TopicFactory

from .files import add_file, odt_file, pdf_file

pytestmark = pytest.mark.django_db
LANGUAGES = ("en", "es", "fr", "pt-br")
THREE_PAGES = pdf_file([["One"], ["Two"], ["Three"]])
# What each language says of a three-page PDF of about 1\sKB, and of a small ODT (sizes by
# their shape, so the tests do not depend on zlib's output to the byte).
FILE_LINES = {
    "en": (r"PDF, \d\.\d\sKB, 3 pages", r"ODT, \d+\sbytes"),
    "es": (r"PDF, \d,\d\sKB, 3 páginas", r"ODT, \d+\sbytes"),
    "fr": (r"PDF, \d,\d\sKio, 3 pages", r"ODT, \d+\soctets"),
    "pt-br": (r"PDF, \d,\d\sKB, 3 páginas", r"ODT, \d+\sbytes"),
}


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.fixture
def resolution():
    document = DocumentFactory(languages=("en", "es", "fr", "pt-br"), label="one")
    add_file(document, "en", THREE_PAGES)
    add_file(document, "es", odt_file(["Resolución " * 200]), "resolucion.odt")
    return document


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_file_says_its_language_format_size_and_pages_in_every_language(
    client, resolution, language
):
    html = page(client, resolution.get_absolute_url(language))
    pdf_line, odt_line = FILE_LINES[language]
    assert re.search(pdf_line, html), html
    assert re.search(odt_line, html)
    assert f'href="/documents/file/{resolution.pk}/en/" hreflang="en"' in html
    assert f'href="/documents/file/{resolution.pk}/es/" hreflang="es"' in html
    # The cover of the first file offered, made once, loaded lazily.
    assert re.search(r'<img class="document-cover" src="/media/documents/\w+/cover.webp"', html)
    assert 'loading="lazy"' in html


def test_the_visitors_language_file_comes_first(client, resolution):
    html = page(client, resolution.get_absolute_url("es"))
    assert html.index(f'href="/documents/file/{resolution.pk}/es/"') < html.index(
        f'href="/documents/file/{resolution.pk}/en/"'
    )


@pytest.mark.parametrize(
    ("language", "notice"),
    [
        ("fr", "Ce document n’a pas encore de fichier en français"),
        ("pt-br", "Este documento ainda não tem arquivo em português"),
    ],
)
def test_a_language_without_a_file_is_offered_the_others(client, resolution, language, notice):
    html = page(client, resolution.get_absolute_url(language))
    assert notice in html
    assert 'hreflang="en"' in html and 'hreflang="es"' in html


def test_a_document_missing_in_a_language_shows_the_usual_notice(client):
    document = DocumentFactory(languages=("es",))
    add_file(document, "es")
    html = page(client, document.get_absolute_url("fr"))
    assert "pas encore disponible en français" in html
    assert 'lang="es" hreflang="es"' in html


def test_replacing_a_file_keeps_its_address_and_says_when(
    client, resolution, django_capture_on_commit_callbacks
):
    old = resolution.files.get(language="en")
    with (
        time_machine.travel(date(2030, 3, 4), tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        new = add_file(resolution, "en", pdf_file([["Corrected"]]), "corrected.pdf")
    assert new.pk == old.pk and new.get_absolute_url() == old.get_absolute_url()
    assert new.file.name != old.file.name
    html = page(client, resolution.get_absolute_url("en"))
    assert "updated on 4 March 2030" in html
    assert "actualizado el 4 de marzo de 2030" in page(client, resolution.get_absolute_url("es"))
    response = client.get(new.get_absolute_url())
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    # The old version left public view for private storage, which history keeps.
    from django.core.files.storage import default_storage

    from content.image_files import private_storage

    assert not default_storage.exists(old.file.name)
    assert private_storage().exists(old.file.name)


def test_the_list_filters_by_kind_region_topic_and_year(client):
    topic = TopicFactory()
    report = DocumentFactory(
        document_type=Document.Type.REPORT, region=Region.AFRICA, issued_on=date(2023, 2, 1)
    )
    report.topics.add(topic)
    statement = DocumentFactory(document_type=Document.Type.STATEMENT, issued_on=date(2024, 6, 1))
    title = report.text_in("title", "en")
    other = statement.text_in("title", "en")
    for query in ("document_type=report", "region=africa", f"topic={topic.pk}", "year=2023"):
        html = page(client, f"/en/documents/?{query}")
        assert title in html and other not in html, query
    html = page(client, "/en/documents/")
    assert html.index(other) < html.index(title)  # newest first
    assert "2023" in html and "2024" in html  # the years offered
    assert page(client, "/en/documents/?year=1066").count("not recognised") == 1


def test_drafts_are_not_listed_and_their_pages_are_404(client):
    draft = DocumentFactory(status=Status.DRAFT)
    add_file(draft, "en")
    assert draft.text_in("title", "en") not in page(client, "/en/documents/")
    assert client.get(draft.get_absolute_url("en")).status_code == 404
    assert client.get(draft.files.get().get_absolute_url()).status_code == 404


def test_news_and_events_list_their_documents_with_the_same_line(client, resolution):
    post, event = PostFactory(), EventFactory()
    post.documents.add(resolution)
    event.documents.add(resolution)
    for item in (post, event):
        html = page(client, item.get_absolute_url("es"))
        assert resolution.text_in("title", "es") in html
        assert re.search(FILE_LINES["es"][0], html)
        assert f"/documents/file/{resolution.pk}/en/" in html


def test_the_document_page_has_report_or_digital_document_data(client, resolution):
    html = page(client, resolution.get_absolute_url("en"))
    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', html).group(1))
    assert data["@type"] == "DigitalDocument"
    assert [entry["inLanguage"] for entry in data["encoding"]] == ["en", "es"]
    assert data["encoding"][0]["encodingFormat"] == "application/pdf"
    resolution.document_type = Document.Type.REPORT
    resolution.save()
    html = page(client, resolution.get_absolute_url("en"))
    assert '"@type": "Report"' in html


def test_feeds_and_sitemaps_include_documents(client, resolution):
    rss = page(client, "/es/documents/feed/rss/")
    assert resolution.text_in("title", "es") in rss
    assert f'url="http://testserver/documents/file/{resolution.pk}/es/"' in rss
    assert "application/vnd.oasis.opendocument.text" in rss
    index = page(client, "/sitemap.xml")
    assert "sitemap-documents-1.xml" in index
    section = page(client, "/sitemap-documents-1.xml")
    assert resolution.get_absolute_url("fr") in section
    assert "/en/documents/" in page(client, "/sitemap-pages.xml")


def test_the_list_costs_the_same_queries_for_a_few_or_many_documents(client, settings):
    settings.PAGE_CACHE_ENABLED = settings.PAGE_PIECES_ENABLED = False

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            page(client, "/en/documents/")
            page(client, "/en/search/?q=waste")
        return len(captured)

    def make(count: int):
        for _ in range(count):
            document = DocumentFactory(published_at=timezone.now() - timedelta(days=1))
            add_file(document, "en")

    make(3)
    few = queries()
    make(20)
    assert queries() == few


def test_a_document_page_costs_the_same_queries_for_one_or_four_files(client, settings):
    settings.PAGE_CACHE_ENABLED = settings.PAGE_PIECES_ENABLED = False
    one, four = DocumentFactory(), DocumentFactory()
    add_file(one, "en")
    for code in LANGUAGES:
        add_file(four, code)
    counts = []
    for document in (one, four):
        with CaptureQueriesContext(connection) as captured:
            page(client, document.get_absolute_url("en"))
        counts.append(len(captured))
    assert counts[0] == counts[1]
