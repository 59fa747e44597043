"""Search finds documents by the words inside their files, shows the passage that matched,
and forgets a file's words when it is replaced: on SQLite and on PostgreSQL alike."""

import pytest

from content.models import SearchEntry
from content.search_index import rebuild_index
from tests.factories import DocumentFactory

from .files import add_file, docx_file, odt_file, pdf_file

pytestmark = pytest.mark.django_db


def results(client, language: str, words: str) -> str:
    response = client.get(f"/{language}/search/", {"q": words})
    assert response.status_code == 200
    return response.content.decode()


def test_words_inside_a_pdf_find_the_document_with_the_passage(client):
    document = DocumentFactory(label="pdf")
    add_file(
        document,
        "en",
        pdf_file([["Opening words."], ["Dumpsite closures need a just transition plan."]]),
    )
    html = results(client, "en", "dumpsite")
    assert document.text_in("title", "en") in html
    assert "<mark>Dumpsite</mark> closures need a just transition plan." in html


def test_odt_and_docx_words_are_found_in_their_languages(client):
    document = DocumentFactory(languages=("es", "fr"), label="office")
    add_file(document, "es", odt_file(["La responsabilidad extendida del productor."]), "a.odt")
    add_file(document, "fr", docx_file(["La protection sociale des récupérateurs."]), "b.docx")
    assert "<mark>responsabilidad</mark>" in results(client, "es", "responsabilidad")
    assert "<mark>protection</mark>" in results(client, "fr", "protection")
    # A language with no file of its own searches the original's words, quoted in Spanish.
    html = results(client, "pt-br", "productor")
    assert document.text_in("title", "es") in html
    assert 'lang="es"' in html


def test_a_replaced_files_words_leave_the_index(client):
    document = DocumentFactory(label="replaced")
    add_file(document, "en", pdf_file([["Incineration is no answer."]]))
    add_file(document, "en", pdf_file([["Recycling cooperatives are the answer."]]))
    assert document.text_in("title", "en") not in results(client, "en", "incineration")
    assert document.text_in("title", "en") in results(client, "en", "cooperatives")


def test_a_rebuilt_index_keeps_the_words_of_files(client):
    document = DocumentFactory(label="rebuilt")
    add_file(document, "en", pdf_file([["Extended producer responsibility."]]))
    SearchEntry.objects.all().delete()
    rebuild_index()
    assert document.text_in("title", "en") in results(client, "en", "producer")
