"""The words inside a document's files, for the search index and its excerpts.

A visitor searching in a language finds a document by its file in that language, or,
where it has none, by the file its page offers first: the one in its original language.
"""

from collections.abc import Iterable

from content.languages import language_codes
from documents.models import DocumentFile


def file_texts(items: Iterable, language: str) -> dict[int, tuple[str, str]]:
    """{document's number: (the words of the file read in `language`, its language)}, for
    many documents with one query (registered with the kinds: content.kinds)."""
    originals = {item.pk: item.original_language for item in items}
    rows = DocumentFile.objects.filter(document_id__in=originals).values_list(
        "document_id", "language", "text"
    )
    by_document: dict[int, dict[str, str]] = {}
    for number, code, text in rows:
        by_document.setdefault(number, {})[code] = text
    chosen = {}
    for number, texts in by_document.items():
        order = [language, originals[number], *language_codes()]
        code = next((code for code in order if code in texts), None)
        if code is None:  # a language no longer on the site
            code = next(iter(texts))
        chosen[number] = (texts[code], code)
    return chosen
