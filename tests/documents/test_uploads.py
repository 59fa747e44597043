"""What an editor may upload as a document's file, and what becomes of it: refusals with a
clear message and nothing stored, PDFs published without their metadata, words read."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from pypdf import PdfReader, PdfWriter

from content.image_files import private_storage
from documents.file_checks import MAX_BYTES, check_upload
from documents.file_text import MAX_WORDS
from pages.demo.document_files import ODT_MEDIA_TYPE, zipped
from tests.factories import DocumentFactory

from .files import add_file, docx_file, odt_file, pdf_file, upload

PDF = pdf_file([["Resolution on social protection", "for every waste picker"]])


def refusal(name: str, data: bytes) -> ValidationError:
    with pytest.raises(ValidationError) as raised:
        check_upload(upload(name, data))
    return raised.value


def encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(PDF)))
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_odt_and_docx_are_read_by_their_content_whatever_their_name():
    assert check_upload(upload("minutes", PDF)).format.code == "pdf"
    assert check_upload(upload("minutes.bin", odt_file(["Minutes"]))).format.code == "odt"
    checked = check_upload(upload("Report.DOCX", docx_file(["Un informe."])))
    assert (checked.format.code, checked.text, checked.name) == (
        "docx",
        "Un informe.",
        "Report.docx",
    )


@pytest.mark.parametrize(
    ("name", "data", "code", "words"),
    [
        ("report.pdf", docx_file(["x"]), "not_what_it_says", "named as a PDF document"),
        ("photo.pdf", b"\xff\xd8\xff\xe0 a JPEG", "format", "not a document"),
        ("report.pdf", encrypted_pdf(), "encrypted", "password-protected or encrypted"),
        ("report.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "encrypted", "password"),
        ("cut.pdf", PDF[:60], "damaged", "damaged or incomplete"),
        (
            "holiday.odt",
            zipped([("photo.jpg", b"\xff\xd8"), ("notes.txt", "hello")]),
            "zip",
            "zip archive",
        ),
        (
            "fake.odt",
            zipped([("mimetype", "image/png"), ("content.xml", "<a/>")]),
            "zip",
            "zip archive",
        ),
        ("empty.pdf", b"", "empty", "empty"),
    ],
)
def test_a_file_that_is_not_what_it_says_is_refused_with_a_reason(name, data, code, words):
    error = refusal(name, data)
    assert error.code == code
    assert words in " ".join(error.messages)


def test_an_encrypted_odt_is_refused():
    manifest = (
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/>'
        "</manifest:file-entry></manifest:manifest>"
    )
    data = zipped(
        [
            ("mimetype", ODT_MEDIA_TYPE),
            ("content.xml", b"\x00\x01"),
            ("META-INF/manifest.xml", manifest),
        ]
    )
    assert refusal("secret.odt", data).code == "encrypted"


def test_a_file_over_50_mb_is_refused_before_it_is_read():
    big = upload("big.pdf", b"")
    big.size = MAX_BYTES + 1
    error = refusal_of(big)
    assert error.code == "too_large" and "at most 50 MB" in error.messages[0]


def refusal_of(file) -> ValidationError:
    with pytest.raises(ValidationError) as raised:
        check_upload(file)
    return raised.value


def test_a_zip_member_that_inflates_past_the_limit_is_refused(monkeypatch):
    monkeypatch.setattr("documents.file_checks.MAX_MEMBER_BYTES", 1000)
    data = odt_file(["word " * 500])
    assert refusal("bomb.odt", data).code == "damaged"


def test_pdf_metadata_is_stripped_from_the_published_copy_and_the_original_kept_privately(db):
    leaky = pdf_file(
        [["A position paper"]],
        info={"Author": "A. Person", "Creator": "C:/Users/aperson/Documents/draft.docx"},
    )
    checked = check_upload(upload("paper.pdf", leaky))
    assert set(checked.metadata_removed) == {"Author", "Creator"}
    assert not PdfReader(io.BytesIO(checked.published)).metadata
    assert b"aperson" not in checked.published

    document_file = add_file(DocumentFactory(), "en", leaky, "paper.pdf")
    with default_storage.open(document_file.file.name) as public:
        assert b"aperson" not in public.read()
    with private_storage().open(document_file.original_name) as original:
        assert original.read() == leaky


def with_members(package: bytes, extra: list[tuple[str, str]]) -> bytes:
    """An office file with more parts after its own."""
    with zipfile.ZipFile(io.BytesIO(package)) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    return zipped([*members, *extra])


ODT_META = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
    ' xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.2"><office:meta>'
    "<meta:initial-creator>A. Person</meta:initial-creator><dc:creator>B. Colleague</dc:creator>"
    '<meta:template xlink:href="file:///home/aperson/Templates/letterhead.ott"/>'
    '<meta:user-defined meta:name="Reviewer">C. Chair</meta:user-defined>'
    '<meta:document-statistic meta:page-count="1" meta:word-count="3"/>'
    "</office:meta></office:document-meta>"
)
DOCX_CORE = (
    '<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
    'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
    "<dc:creator>A. Person</dc:creator><cp:lastModifiedBy>B. Colleague</cp:lastModifiedBy>"
    "</cp:coreProperties>"
)
DOCX_APP = (
    '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/'
    '2006/extended-properties"><Application>A word processor</Application><Pages>1</Pages>'
    "<Company>C. Chair and Partners</Company>"
    "<Template>C:\\Users\\aperson\\AppData\\Normal.dotm</Template></Properties>"
)
NAMES = (b"Person", b"Colleague", b"Chair", b"aperson")


def test_office_files_are_published_without_who_made_them_and_kept_whole_privately(db):
    odt = with_members(odt_file(["A statement on plastics"]), [("meta.xml", ODT_META)])
    checked = check_upload(upload("statement.odt", odt))
    assert checked.metadata_removed == ["creator", "initial-creator", "template", "user-defined"]
    assert not any(name in checked.published for name in NAMES)
    # Still the same document, its statistics kept, its `mimetype` first and stored.
    again = check_upload(upload("statement.odt", checked.published))
    assert (again.format.code, again.text, again.metadata_removed) == (
        "odt",
        "A statement on plastics",
        [],
    )
    with zipfile.ZipFile(io.BytesIO(checked.published)) as package:
        first = package.infolist()[0]
        assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
        assert b"word-count" in package.read("meta.xml")

    docx = with_members(
        docx_file(["Una declaración."]),
        [("docProps/core.xml", DOCX_CORE), ("docProps/app.xml", DOCX_APP)],
    )
    checked = check_upload(upload("declaracion.docx", docx))
    assert checked.metadata_removed == ["Company", "Template", "creator", "lastModifiedBy"]
    assert not any(name in checked.published for name in NAMES)
    with zipfile.ZipFile(io.BytesIO(checked.published)) as package:
        assert b"A word processor" in package.read("docProps/app.xml")

    document_file = add_file(DocumentFactory(), "es", docx, "declaracion.docx")
    with default_storage.open(document_file.file.name) as public:
        assert b"Colleague" not in public.read()
    with private_storage().open(document_file.original_name) as original:
        assert original.read() == docx


def test_an_office_file_without_metadata_is_published_as_it_came():
    odt = odt_file(["Minutes"])
    checked = check_upload(upload("minutes.odt", odt))
    assert (checked.published, checked.original, checked.metadata_removed) == (odt, None, [])


def test_words_inside_files_are_bounded():
    many = [[f"word{n}" for n in range(40)] for _page in range(MAX_WORDS // 40 + 5)]
    checked = check_upload(upload("long.pdf", pdf_file(many)))
    assert len(checked.text.split()) == MAX_WORDS
    assert checked.page_count == len(many)


def test_a_spreadsheet_is_read_too():
    ods = odt_file(["Members by city"], media_type="application/vnd.oasis.opendocument.spreadsheet")
    checked = check_upload(upload("members.ods", ods))
    assert (checked.format.code, checked.text) == ("ods", "Members by city")


def test_nothing_is_stored_when_a_file_is_refused(db, settings):
    refusal("report.pdf", docx_file(["x"]))
    assert not (settings.MEDIA_ROOT / "documents").exists()


def test_a_zip_that_is_no_zip_is_damaged():
    assert refusal("broken.docx", b"PK\x03\x04" + b"\0" * 40).code == "damaged"


def test_an_odt_whose_content_is_not_xml_is_damaged():
    data = zipped([("mimetype", ODT_MEDIA_TYPE), ("content.xml", "<not xml")])
    assert refusal("broken.odt", data).code == "damaged"


def test_the_stdlib_zip_reader_agrees_with_our_test_files():
    with zipfile.ZipFile(io.BytesIO(odt_file(["x"]))) as archive:
        assert archive.namelist()[0] == "mimetype"
        assert archive.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
