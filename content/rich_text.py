"""Sanitising the rich text that editors and translators write.

Bodies are shown unescaped, so everything saved passes through nh3 first: the structure a
news article needs survives, anything that could run code or restyle the page does not.
`<h1>` is left out on purpose: every page has exactly one, the item's title.
"""

import nh3

ALLOWED_TAGS = {
    "h2", "h3", "h4", "p", "br", "hr", "ul", "ol", "li", "a", "strong", "em", "b", "i",
    "blockquote", "q", "cite", "abbr", "sub", "sup",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"}, "q": {"cite"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


def clean_rich_text(html: str) -> str:
    if not html:
        return html
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
