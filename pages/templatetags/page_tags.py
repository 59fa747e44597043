"""Links to standing pages from every page: those the committee placed in the main menu or
the footer, and the privacy notice (which every subscribe form names). All three come from
one query, read once per page version and language: they are on every page."""

from django import template
from django.db.models import Q
from django.urls import reverse

from content.languages import current_language
from pagecache.pieces import reuse_piece
from pages.models import Page
from pages.privacy_notice import SLUGS

register = template.Library()


def page_link(page: Page) -> dict:
    text = page.localized()
    return {"title": text.title, "url": page.get_absolute_url(), "language": text.lang_of("title")}


def standing_links() -> dict:
    """{"menu": [...], "footer": [...], "privacy": address}: each link's title, address and
    the language its title is written in."""
    pages = Page.objects.filter(Q(in_menu=True) | Q(in_footer=True) | Q(key=Page.PRIVACY))
    pages = list(pages.order_by("position", "pk"))
    privacy = next((page for page in pages if page.key == Page.PRIVACY), None)
    return {
        "menu": [page_link(page) for page in pages if page.in_menu],
        "footer": [page_link(page) for page in pages if page.in_footer],
        "privacy": privacy.get_absolute_url() if privacy else "",
    }


def links(context) -> dict:
    request = context.get("request")
    if request is None or request.resolver_match is None:
        # An error page (a 500, or a 404 for an address no view answers) must render with
        # the database out of reach: no placed pages, and the privacy notice at the address
        # it ships with.
        return {"menu": [], "footer": [], "privacy": shipped_privacy_url()}
    return reuse_piece(request, f"standing-links:{current_language()}", standing_links)


def shipped_privacy_url() -> str:
    return reverse("page", kwargs={"slug": SLUGS.get(current_language(), SLUGS["en"])})


@register.simple_tag(takes_context=True)
def standing_pages(context, place: str) -> list[dict]:
    """The pages linked from `place`: "menu" or "footer"."""
    return links(context)[place]


@register.simple_tag(takes_context=True)
def privacy_notice_url(context) -> str:
    """The privacy notice's address in the visitor's language ("" if it was never made)."""
    return links(context)["privacy"]
