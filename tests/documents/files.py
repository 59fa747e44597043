"""Tiny document files for the tests, made in code (pages/demo/document_files.py)."""

from django.core.files.uploadedfile import SimpleUploadedFile

from documents.file_checks import check_upload
from documents.services import attach_file
from pages.demo.document_files import docx_file, odt_file, pdf_file

__all__ = ["add_file", "docx_file", "odt_file", "pdf_file", "upload"]


def upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data)


def add_file(document, language: str, data: bytes | None = None, name: str = "file.pdf"):
    """Give `document` a file in `language`, as an editor's upload would."""
    data = data if data is not None else pdf_file([[f"Text of the {language} file."]])
    return attach_file(document, language, check_upload(upload(name, data)))
