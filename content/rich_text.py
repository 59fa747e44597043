"""Sanitising the rich text that editors and translators write.

Bodies are shown unescaped, so everything saved passes through nh3 first: the structure a
news article needs survives, anything that could run code or restyle the page does not.
`<h1>` is left out on purpose: every page has exactly one, the item's title.

Images inside a text (figures with captions, as imported articles have) are kept only when
they come from the site's own uploads (MEDIA_URL): files that went through the checks and
renditions of an upload. One from any other address would load from another host, which
the site never does; it is dropped whole.
"""

import re

import nh3
from django.conf import settings

ALLOWED_TAGS = {
    "h2", "h3", "h4", "p", "br", "hr", "ul", "ol", "li", "a", "strong", "em", "b", "i",
    "blockquote", "q", "cite", "abbr", "sub", "sup", "figure", "figcaption", "img",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
    "abbr": {"title"},
    "q": {"cite"},
    "img": {"src", "alt", "width", "height", "loading"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
IMAGE_WITHOUT_SOURCE = re.compile(r"<img(?![^>]*\ssrc=)[^>]*>")


def own_images_only(element: str, attribute: str, value: str) -> str | None:
    if element == "img" and attribute == "src":
        media = settings.MEDIA_URL
        own = value.startswith(media) and not value.startswith("//") and ".." not in value
        return value if own else None
    if element == "img" and attribute in ("width", "height"):
        return value if value.isascii() and value.isdigit() else None
    if element == "img" and attribute == "loading":
        return "lazy"
    return value


def clean_rich_text(html: str) -> str:
    if not html:
        return html
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        attribute_filter=own_images_only,
    )
    return IMAGE_WITHOUT_SOURCE.sub("", cleaned)
