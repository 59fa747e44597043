"""Links that pass an item on to messaging apps and by email, made on the server.

They are plain links: nothing is loaded from another host until the visitor taps one, no
script runs and nothing is counted. The share buttons the apps themselves offer load their
scripts (and set their cookies) on every view of the page, which is why none is used.

The address shared is the item's own, in the visitor's language, without tracking parameters.
"""

from urllib.parse import quote, urlencode

from django.utils.translation import gettext as _

from content.links import without_tracking


def encoded(parameters: dict[str, str]) -> str:
    # %20 for a space, never "+": mail programs (RFC 6068) and the apps read "+" as a plus.
    return urlencode(parameters, quote_via=quote)


def share_links(*, title: str, url: str) -> dict[str, str]:
    """Where each "share" link leads, for an item called `title` at `url` (absolute)."""
    url = without_tracking(url)
    body = _(
        "From the website of the International Alliance of Waste Pickers:\n\n%(title)s\n%(url)s"
    ) % {"title": title, "url": url}
    return {
        "url": url,
        "whatsapp": "https://wa.me/?" + encoded({"text": f"{title}\n{url}"}),
        "telegram": "https://t.me/share/url?" + encoded({"url": url, "text": title}),
        "email": "mailto:?" + encoded({"subject": title, "body": body}),
    }
