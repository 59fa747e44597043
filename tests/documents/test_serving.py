"""A file at its stable address: the right type, a readable name in the document's
language, caching with revalidation, and ranges, so a phone can resume a broken download."""

import pytest

from tests.factories import DocumentFactory

from .files import add_file, pdf_file

pytestmark = pytest.mark.django_db
PDF = pdf_file([["Resolución sobre la protección social"]] * 3)


@pytest.fixture
def spanish_file():
    document = DocumentFactory(languages=("es", "en"), title_es="Resolución: protección/social")
    return add_file(document, "es", PDF, "res.pdf")


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def test_the_whole_file_with_its_type_name_and_caching(client, spanish_file):
    response = client.get(spanish_file.get_absolute_url())
    assert response.status_code == 200
    data = body(response)
    assert data.startswith(b"%PDF") and len(data) == spanish_file.size
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Length"] == str(spanish_file.size)
    assert response["Accept-Ranges"] == "bytes"
    # The title in the file's language, made safe as a name, UTF-8 spelled out for browsers.
    assert (
        "filename*=utf-8''Resoluci%C3%B3n%20protecci%C3%B3n%20social.pdf"
        in (response["Content-Disposition"])
    )
    assert "max-age=86400" in response["Cache-Control"]
    assert response["ETag"] and response["Last-Modified"]


def test_a_broken_download_resumes_with_a_range(client, spanish_file):
    url = spanish_file.get_absolute_url()
    whole = body(client.get(url))
    first = client.get(url, HTTP_RANGE="bytes=0-99")
    assert first.status_code == 206
    assert first["Content-Range"] == f"bytes 0-99/{len(whole)}"
    rest = client.get(url, HTTP_RANGE="bytes=100-")
    assert rest.status_code == 206 and rest["Content-Length"] == str(len(whole) - 100)
    assert body(first) + body(rest) == whole
    assert body(client.get(url, HTTP_RANGE="bytes=-10")) == whole[-10:]


def test_a_range_beyond_the_file_is_416_and_a_changed_file_is_sent_whole(client, spanish_file):
    url = spanish_file.get_absolute_url()
    response = client.get(url, HTTP_RANGE=f"bytes={spanish_file.size + 5}-")
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{spanish_file.size}"
    stale = client.get(url, HTTP_RANGE="bytes=100-", HTTP_IF_RANGE='"an-older-version"')
    assert stale.status_code == 200 and len(body(stale)) == spanish_file.size


def test_revalidation_costs_a_304(client, spanish_file):
    url = spanish_file.get_absolute_url()
    first = client.get(url)
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    since = client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304


def test_an_office_file_is_an_attachment_with_its_own_type(client):
    from .files import odt_file

    document = DocumentFactory(languages=("fr",), title_fr="Dossier de presse")
    odt = add_file(document, "fr", odt_file(["Texte"]), "kit.odt")
    response = client.get(odt.get_absolute_url())
    assert response["Content-Type"] == "application/vnd.oasis.opendocument.text"
    assert response["Content-Disposition"].startswith("attachment;")
    assert 'filename="Dossier de presse.odt"' in response["Content-Disposition"]


def test_unknown_files_and_bad_addresses_are_404(client, spanish_file):
    pk = spanish_file.document_id
    for url in (
        f"/documents/file/{pk}/fr/",
        f"/documents/file/{pk + 99}/es/",
        "/documents/file/x/es/",
    ):
        assert client.get(url).status_code == 404
    assert client.post(spanish_file.get_absolute_url()).status_code == 405


def test_with_object_storage_the_address_redirects_to_the_storage(client, spanish_file, settings):
    settings.DOCUMENT_FILES_FROM_STORAGE = True
    response = client.get(spanish_file.get_absolute_url())
    assert response.status_code == 302
    assert response["Location"].endswith(spanish_file.file.name)


def test_behind_nginx_the_headers_are_set_and_nginx_sends_the_bytes(client, spanish_file, settings):
    settings.DOCUMENT_FILES_ACCEL_REDIRECT = "/internal-media/"
    response = client.get(spanish_file.get_absolute_url())
    assert response["X-Accel-Redirect"] == f"/internal-media/{spanish_file.file.name}"
    assert response["Content-Disposition"] and response.content == b""
