"""OpenDocument and Office Open XML files published without who made them, as PDFs are.

An office file carries its makers in its package: the author and the last person to save
it, their company and manager, the template's path on their computer (a home folder, an
organisation's file server), titles and keywords a draft once had, and any custom field a
tool added. A waste pickers' organisation publishing a statement should not publish the
names of the staff who drafted it. Visitors get the file with those parts emptied; the
editor's file is kept whole, privately (services.py), as for a PDF.

Written here: the libraries that write these formats (odfpy, python-docx, openpyxl) each
handle one of them and rewrite the whole document, where emptying three small XML parts
of the package leaves every other byte as the editor saved it.
"""

import io
import zipfile

from lxml import etree

from documents.file_text import SAFE_XML

# Which part of a package holds metadata, and which of its elements go. ODF 1.2 part 1,
# section 3.1 (meta.xml: `office:meta`, whose statistics, counts of pages and words, stay);
# ECMA-376 part 2, section 11 (core properties) and part 1, sections 15.2.12.3 and 22.2
# (extended and custom properties: only the extended ones naming people or places go).
ODF_META = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}meta"
ODF_KEPT = {"{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}document-statistic"}
EXTENDED_NAMED = {"Company", "Manager", "Template", "HyperlinkBase"}


def without_office_metadata(package: zipfile.ZipFile, read) -> tuple[bytes | None, list[str]]:
    """The package with its metadata emptied, and the names of what was removed; None and
    an empty list when it holds none. `read(name)` reads a member, bounded."""
    removed: list[str] = []
    emptied: dict[str, bytes] = {}
    for name in package.namelist():
        root_and_gone = metadata_elements(name, read)
        if root_and_gone is None:
            continue
        root, gone = root_and_gone
        for element in gone:
            removed.append(etree.QName(element).localname)
            element.getparent().remove(element)
        if gone:
            emptied[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    if not emptied:
        return None, []
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as published:
        # Member by member, in the same order, each compressed as it was: an OpenDocument
        # file's `mimetype` stays first and stored.
        for info in package.infolist():
            published.writestr(info, emptied.get(info.filename) or read(info.filename))
    return buffer.getvalue(), sorted(set(removed))


def metadata_elements(name: str, read):
    """The parsed part `name` and its elements that say who made the file, or None when
    the part holds no metadata."""
    choose = METADATA_PARTS.get(name)
    if choose is None:
        return None
    root = etree.fromstring(read(name), SAFE_XML)
    # Comments and processing instructions name no one; elements only.
    return root, [element for element in choose(root) if isinstance(element.tag, str)]


def odf_metadata(root) -> list:
    meta = root.find(ODF_META)
    return [] if meta is None else [e for e in meta if e.tag not in ODF_KEPT]


def named_extended_properties(root) -> list:
    return [e for e in root if etree.QName(e).localname in EXTENDED_NAMED]


# Each metadata part, and which of its root's elements go.
METADATA_PARTS = {
    "meta.xml": odf_metadata,
    "docProps/core.xml": list,
    "docProps/custom.xml": list,
    "docProps/app.xml": named_extended_properties,
}
