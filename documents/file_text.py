"""The words inside a document's file, for search: read once, when the file is uploaded.

Bounded at MAX_WORDS: search needs a document's words, not all of a 400-page annex, and one
huge file must not swell the index (each language's entry holds them) nor the upload's time
(pages stop being read once the words are enough).
"""

from collections.abc import Callable

from lxml import etree

MAX_WORDS = 10_000
# No network, no entities: the XML is the uploader's.
SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
# Where each format keeps its words, and the elements that end a paragraph or a cell.
OFFICE_PARTS = {
    "odt": ("content.xml",),
    "ods": ("content.xml",),
    "docx": ("word/document.xml",),
    "xlsx": ("xl/sharedStrings.xml",),
}
BREAKS = {"p", "h", "tab", "line-break", "s", "br", "cr", "si", "table-cell", "tc"}


def bounded(words: list[str]) -> str:
    return " ".join(words[:MAX_WORDS])


def pdf_text(reader) -> str:
    words: list[str] = []
    for page in reader.pages:
        words += (page.extract_text() or "").split()
        if len(words) >= MAX_WORDS:
            break
    return bounded(words)


def office_text(code: str, read: Callable[[str], bytes]) -> str:
    """The words of an OpenDocument or Office Open XML file; `read(name)` gives a member.
    A part missing from the package (a spreadsheet of numbers has no shared strings) has
    no words."""
    words: list[str] = []
    for part in OFFICE_PARTS[code]:
        try:
            data = read(part)
        except KeyError:
            continue
        words += xml_words(data)
    return bounded(words)


def xml_words(data: bytes) -> list[str]:
    """Every text node in reading order, with a space where a paragraph, cell or tab ends
    (the XML holds "end.Next" with no space between two paragraphs)."""
    root = etree.fromstring(data, SAFE_XML)
    for element in root.iter():
        if isinstance(element.tag, str) and etree.QName(element).localname in BREAKS:
            element.tail = " " + (element.tail or "")
    return "".join(root.itertext()).split()
