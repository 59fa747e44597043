"""The language links every page carries: the switcher, hreflang alternates and canonical.

Pages differ only in which addresses they give: a list keeps its filters in every language,
an item has a different slug per language and exists in only some of them. They all pass
their addresses through `language_context`, so the markup in base.html stays the same.
"""

from collections.abc import Iterable

from django.conf import settings
from django.http import HttpRequest

from content.languages import current_language, language_codes, native_name, url_in_language


def language_context(
    request: HttpRequest,
    urls: dict[str, str],
    *,
    exists_in: Iterable[str] | None = None,
    x_default: str | None = None,
    canonical: str | None = None,
) -> dict:
    """Template context for a page whose address in each language is `urls[language]`.

    `exists_in` limits hreflang alternates to the languages the page really has text in;
    the switcher still offers every language (a missing one shows the original, with a notice).
    """
    active = current_language()
    available = list(exists_in) if exists_in is not None else language_codes()
    absolute = request.build_absolute_uri
    alternates = [(code, absolute(urls[code])) for code in language_codes() if code in available]
    alternates.append(("x-default", absolute(x_default or urls[settings.LANGUAGE_CODE])))
    links = [
        {"code": code, "name": native_name(code), "url": urls[code], "is_current": code == active}
        for code in language_codes()
    ]
    return {
        "language_links": links,
        "available_links": [link for link in links if link["code"] in available],
        "alternates": alternates,
        "canonical_url": absolute(canonical or urls[active]),
    }


def same_page_in_every_language(request: HttpRequest) -> dict[str, str]:
    """The current address, query string included, under each language prefix."""
    return {code: url_in_language(request.get_full_path(), code) for code in language_codes()}
