"""Uploaded document files: what a file really is, read from its bytes, and whether we take it.

The type comes from the content, never from the name: a PDF starts with `%PDF-`; an
OpenDocument file is a zip whose first entry, `mimetype`, names its type (ODF 1.2, part 3,
section 3.3); an Office Open XML file is a zip whose `[Content_Types].xml` names its main
part. A file whose name promises another type than its bytes hold, an encrypted one, a
damaged one or one over MAX_BYTES is refused with a message saying which, before anything
is stored.

A PDF is published without its document information and XMP metadata: authors' names and
the paths of the software that made it (a reporter's home folder, an organisation's file
server) travel in them; an office file without its package's metadata parts
(office_metadata.py). The editor's file is kept whole, privately (services.py).
"""

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from lxml import etree
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError

from documents.file_text import SAFE_XML, office_text, pdf_text
from documents.office_metadata import without_office_metadata

MAX_BYTES = 50 * 1024 * 1024
# A zip member we read is at most this once decompressed: a tiny "document" made of a few
# kilobytes that inflate to gigabytes (a zip bomb) is refused, not read.
MAX_MEMBER_BYTES = 100 * 1024 * 1024


@dataclass(frozen=True)
class FileFormat:
    code: str  # what is stored: "pdf"
    label: str  # what visitors read, the same in every language: "PDF"
    media_type: str
    extension: str
    description: str  # in an editor's message: "a PDF document"


FORMATS = {
    fmt.code: fmt
    for fmt in (
        FileFormat("pdf", "PDF", "application/pdf", ".pdf", _("a PDF document")),
        FileFormat(
            "odt",
            "ODT",
            "application/vnd.oasis.opendocument.text",
            ".odt",
            _("an OpenDocument text"),
        ),
        FileFormat(
            "ods",
            "ODS",
            "application/vnd.oasis.opendocument.spreadsheet",
            ".ods",
            _("an OpenDocument spreadsheet"),
        ),
        FileFormat(
            "docx",
            "DOCX",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".docx",
            _("a Word document"),
        ),
        FileFormat(
            "xlsx",
            "XLSX",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ".xlsx",
            _("an Excel spreadsheet"),
        ),
    )
}
BY_EXTENSION = {fmt.extension: fmt for fmt in FORMATS.values()}
BY_MEDIA_TYPE = {fmt.media_type: fmt for fmt in FORMATS.values()}
# The main part an Office Open XML package declares, for the two kinds we take.
OOXML_MAIN_PARTS = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
}
# An encrypted Word or Excel file is not a zip at all but an OLE compound file holding the
# encrypted package; so is a .doc or .xls of before 2007.
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ACCEPTED = _("Upload a PDF, ODT, DOCX, ODS or XLSX file.")


@dataclass
class CheckedFile:
    """An upload that passed every check, with what was learnt reading it."""

    name: str  # the editor's name for it, with the extension of what it really is
    format: FileFormat
    published: bytes  # what visitors get: the file without its metadata
    original: bytes | None  # the editor's file, when the published copy differs from it
    page_count: int | None
    text: str
    metadata_removed: list[str] = field(default_factory=list)


def refuse(message, code: str, **params) -> ValidationError:
    return ValidationError(message, code=code, params=params or None)


def check_upload(upload) -> CheckedFile:
    """The upload as a CheckedFile, or a ValidationError saying what is wrong with it."""
    if upload.size > MAX_BYTES:
        raise refuse(
            _("This file is %(size)s MB; documents may be at most 50 MB."),
            "too_large",
            size=round(upload.size / 1024 / 1024, 1),
        )
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    if not data:
        raise refuse(_("This file is empty."), "empty")
    fmt = detected_format(data)
    suffix = PurePosixPath(upload.name or "").suffix.lower()
    named = BY_EXTENSION.get(suffix)
    if named is not None and named is not fmt:
        raise refuse(
            _("This file is named as %(named)s but its content is %(real)s."),
            "not_what_it_says",
            named=named.description,
            real=fmt.description,
        )
    stem = PurePosixPath(upload.name or "document").stem or "document"
    if fmt.code == "pdf":
        return checked_pdf(data, f"{stem}.pdf")
    return checked_office_file(data, fmt, f"{stem}{fmt.extension}")


def detected_format(data: bytes) -> FileFormat:
    if data[:1024].lstrip(b"\x00\t\n\r ").startswith(b"%PDF-"):
        return FORMATS["pdf"]
    if data.startswith(OLE_SIGNATURE):
        raise refuse(
            _(
                "This file is password-protected, or in an old Word or Excel format. Remove "
                "the password, or save it as DOCX, XLSX, ODT or PDF, and upload it again."
            ),
            "encrypted",
        )
    if data.startswith(b"PK\x03\x04"):
        return zipped_format(data)
    raise refuse(_("This file is not a document we can publish. %(accepted)s"), "format",
                 accepted=ACCEPTED)  # fmt: skip


def zipped_format(data: bytes) -> FileFormat:
    """An OpenDocument or Office Open XML file, told by what the package says it is."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = package.namelist()
            if names and names[0] == "mimetype":
                declared = read_member(package, "mimetype").decode("ascii", "replace").strip()
                fmt = BY_MEDIA_TYPE.get(declared)
                if fmt is not None and fmt.code in ("odt", "ods") and "content.xml" in names:
                    return fmt
            elif "[Content_Types].xml" in names:
                types = etree.fromstring(read_member(package, "[Content_Types].xml"), SAFE_XML)
                for override in types.iter("{*}Override"):
                    code = OOXML_MAIN_PARTS.get(override.get("ContentType", ""))
                    part = (override.get("PartName") or "").lstrip("/")
                    if code and part in names:
                        return FORMATS[code]
    except (zipfile.BadZipFile, etree.XMLSyntaxError, ValueError, OSError, EOFError):
        raise refuse(_("This file is damaged or incomplete."), "damaged") from None
    # A zip of something else (photos, a folder of files), even one named .odt or .docx.
    raise refuse(
        _("This file is a zip archive, not a document. %(accepted)s"),
        "zip",
        accepted=ACCEPTED,
    )


def read_member(package: zipfile.ZipFile, name: str) -> bytes:
    info = package.getinfo(name)
    if info.file_size > MAX_MEMBER_BYTES:
        raise refuse(_("This file is damaged or incomplete."), "damaged")
    with package.open(info) as member:
        data = member.read(MAX_MEMBER_BYTES + 1)
    if len(data) > MAX_MEMBER_BYTES:  # the size it declared was a lie
        raise refuse(_("This file is damaged or incomplete."), "damaged")
    return data


def checked_pdf(data: bytes, name: str) -> CheckedFile:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise refuse(
                _(
                    "This PDF is password-protected or encrypted. Save a copy without "
                    "protection and upload that one."
                ),
                "encrypted",
            )
        page_count = len(reader.pages)
        text = pdf_text(reader)
        published, removed = without_pdf_metadata(reader)
    except ValidationError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError):
        raise refuse(_("This file is damaged or incomplete."), "damaged") from None
    if page_count == 0:
        raise refuse(_("This PDF has no pages."), "empty")
    return CheckedFile(
        name=name,
        format=FORMATS["pdf"],
        published=published,
        original=data if removed else None,
        page_count=page_count,
        text=text,
        metadata_removed=removed,
    )


def without_pdf_metadata(reader: PdfReader) -> tuple[bytes, list[str]]:
    """The same pages, without the document information dictionary (/Author, /Creator,
    /Producer, /Title...) and the XMP packet; and which of them there were."""
    removed = []
    info = reader.metadata or {}
    removed += [str(key).lstrip("/") for key, value in info.items() if value]
    writer = PdfWriter(clone_from=reader)
    writer.metadata = None
    if "/Metadata" in writer.root_object:
        del writer.root_object["/Metadata"]
        removed.append("XMP")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue(), removed


def checked_office_file(data: bytes, fmt: FileFormat, name: str) -> CheckedFile:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            if fmt.code in ("odt", "ods") and odf_is_encrypted(package):
                raise refuse(
                    _(
                        "This file is password-protected. Save a copy without a password "
                        "and upload that one."
                    ),
                    "encrypted",
                )
            text = office_text(fmt.code, lambda member: read_member(package, member))
            published, removed = without_office_metadata(
                package, lambda member: read_member(package, member)
            )
    except ValidationError:
        raise
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, ValueError, OSError, EOFError):
        raise refuse(_("This file is damaged or incomplete."), "damaged") from None
    return CheckedFile(
        name=name,
        format=fmt,
        published=published or data,
        original=data if removed else None,
        page_count=None,
        text=text,
        metadata_removed=removed,
    )


def odf_is_encrypted(package: zipfile.ZipFile) -> bool:
    """An OpenDocument file saved with a password lists how each member is encrypted in its
    manifest (ODF 1.2, part 3, section 4.8)."""
    if "META-INF/manifest.xml" not in package.namelist():
        return False
    manifest = etree.fromstring(read_member(package, "META-INF/manifest.xml"), SAFE_XML)
    return any(True for _element in manifest.iter("{*}encryption-data"))
