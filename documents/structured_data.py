"""schema.org data of a document's page: a `Report` for reports, a `DigitalDocument` for
every other kind, with each file as a `MediaObject` in its language."""

from content.structured_data import common, organisation

SCHEMA_TYPES = {"report": "Report"}


def document_data(document, files: list[dict], request) -> dict:
    text = document.localized()
    data = {
        **common(document, request),
        "@type": SCHEMA_TYPES.get(document.document_type, "DigitalDocument"),
        "name": text.title,
        "dateCreated": document.issued_on.isoformat(),
        "datePublished": document.published_at.isoformat(),
        "dateModified": document.updated_at.isoformat(),
        "publisher": organisation(request),
        "author": organisation(request),
        "genre": str(document.get_document_type_display()),
    }
    if files:
        data["encoding"] = [
            {
                "@type": "MediaObject",
                "contentUrl": request.build_absolute_uri(entry["url"]),
                "encodingFormat": entry["media_type"],
                "contentSize": f"{entry['size']} B",
                "inLanguage": entry["language"],
            }
            for entry in files
        ]
    return data
