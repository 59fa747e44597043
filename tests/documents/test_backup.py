"""A backup holds documents whole: their rows, their published files and the originals kept
privately; after a restore each file answers at the same address with the same bytes."""

import io

import pytest

from content.image_files import private_storage
from iawp_site.backup import restore_backup, write_backup
from tests.factories import DocumentFactory
from tests.hardening.test_backup import wipe

from .files import add_file, pdf_file

pytestmark = pytest.mark.django_db(transaction=True)
# Its author's name is removed from the published copy: the original is kept privately.
AUTHORED_PDF = pdf_file([["Les contrats de collecte"]], info={"Author": "A. Person"})


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def read_private(name: str) -> bytes:
    with private_storage().open(name, "rb") as file:
        return file.read()


def test_a_restored_site_serves_every_documents_file_at_its_address(client, settings):
    document = DocumentFactory(languages=("fr", "en"), title_fr="Résolution sur les contrats")
    files = [
        add_file(document, "fr", AUTHORED_PDF, "resolution.pdf"),
        add_file(document, "en", pdf_file([["Collection contracts"]]), "resolution-en.pdf"),
    ]
    served = {file.get_absolute_url(): body(client.get(file.get_absolute_url())) for file in files}
    # The editor's own PDFs, metadata and all, kept privately beside the published copies.
    originals = {name: read_private(name) for file in files if (name := file.original_name)}
    assert len(originals) == 1

    archive = io.BytesIO()
    write_backup(archive)
    wipe(settings)
    assert client.get(files[0].get_absolute_url()).status_code == 404
    archive.seek(0)
    restore_backup(archive)

    for address, data in served.items():
        response = client.get(address)
        assert response.status_code == 200
        assert body(response) == data
    for name, data in originals.items():
        assert read_private(name) == data
    page = client.get(document.get_absolute_url("fr")).content.decode()
    assert "PDF" in page and "Résolution sur les contrats" in page
