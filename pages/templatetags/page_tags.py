"""Links to standing pages from every page: those the committee placed in the main menu or
the footer, and the privacy notice (which every subscribe form names)."""

from django import template

from content.languages import current_language
from pagecache.pieces import reuse_piece
from pages.models import Page

register = template.Library()


def page_link(page: Page) -> dict:
    text = page.localized()
    return {
        "title": text.title,
        "url": page.get_absolute_url(),
        "language": text.lang_of("title"),
    }


@register.simple_tag(takes_context=True)
def standing_pages(context, place: str) -> list[dict]:
    """The pages linked from `place` ("menu" or "footer"): title, address and the language
    of the title, read once per page version and language."""
    name = f"standing-pages:{place}:{current_language()}"
    return reuse_piece(
        context.get("request"),
        name,
        lambda: [page_link(page) for page in Page.objects.linked_from(place)],
    )


@register.simple_tag(takes_context=True)
def privacy_notice_url(context) -> str:
    """The privacy notice's address in the visitor's language ("" if it was never made)."""

    def find() -> str:
        page = Page.objects.filter(key=Page.PRIVACY).first()
        return page.get_absolute_url() if page else ""

    return reuse_piece(context.get("request"), f"privacy-url:{current_language()}", find)
