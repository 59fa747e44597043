"""The sitemap's sections of one kind of content: every public item in every language it has
a text of its own in, with hreflang alternates.

A kind's items are cut into sections by ranges of their keys, each range `items_per_section`
keys wide: a section holds at most that many items, so at most SITEMAP_URL_LIMIT addresses
(one per item and language) even if every item is in every language. A section is then one
indexed range read, only the columns its addresses need, whatever the amount of content:
Django's own i18n paging builds every (item, language) pair of the kind in Python and pages
them with OFFSET, so its files grow slower with every item added. Ranges left empty by
drafts, deletions or the other kinds' keys are not listed (`sections_of`, for the index).
"""

from datetime import UTC
from urllib.parse import quote

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.core.paginator import EmptyPage, Paginator
from django.db.models import F, Max
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape as xml_escape
from django.utils.safestring import mark_safe

from content.languages import language_codes, localized_field, stored_language_codes
from content.models import Content

# Reversed in place of a slug, then replaced by each item's (a slug is [-a-zA-Z0-9_]+).
SLUG_MARK = "0slug0"
# What reverse() leaves unquoted in an argument (django.urls.resolvers).
SAFE = "!$&'()*+,;=/~:@"
# A section number beyond this is a 404 before any query: a key range made from it would
# not fit the database's integers.
LAST_SECTION_NUMBER = 10**9


def items_per_section() -> int:
    return max(1, settings.SITEMAP_URL_LIMIT // len(language_codes()))


class ContentSitemap(Sitemap):
    """The items of `model` whose keys fall in section `number`'s range; one file, no `?p=`
    beyond 1 (a 404, like any page past the end)."""

    model = None
    template_name = "sitemaps/section.xml"
    i18n = True
    alternates = True
    x_default = True

    def __init__(self, number: int, lastmod=None):
        self.number = number
        self.known_lastmod = lastmod  # given by the index, which read it with the ranges

    @classmethod
    def sections_of(cls) -> list["ContentSitemap"]:
        """Every section with at least one public item, each with its latest change: one
        grouped query over the kind."""
        size = items_per_section()
        # The shared rows of the kind, by their stored kind, not through the kind's own table:
        # an index holds every column read (content_kind_public_idx). Through the join,
        # every item's row was read: a second at 150,000 items on SQLite.
        ranges = (
            Content.objects.published()
            .filter(kind=cls.model._meta.label_lower)
            .annotate(section=(F("pk") - 1) / size + 1)
            .values("section")
            .annotate(lastmod=Max("updated_at"))
            .order_by("section")
        )
        return [cls(row["section"], row["lastmod"]) for row in ranges]

    @property
    def paginator(self):
        # One page per section: the index asks how many there are without reading items.
        return Paginator([self.number], 1)

    def get_latest_lastmod(self):
        return self.known_lastmod

    def items(self):
        size = items_per_section()
        texts = [
            localized_field(field, code)
            for field in ("title", "slug")
            for code in stored_language_codes()
        ]
        return (
            self.model.objects.published()
            .filter(pk__gt=(self.number - 1) * size, pk__lte=self.number * size)
            .only(self.model._meta.pk.name, "original_language", "updated_at", *texts)
            .order_by("pk")
        )

    def addresses_around_slug(self) -> dict[str, str]:
        """An item's address in each language, as "/fr/news/{}/": reversing every address
        was most of the time a file took. What item.get_absolute_url() gives, as a test
        checks."""
        patterns = {}
        for code in language_codes():
            with translation.override(code):
                address = reverse(self.model.detail_url_name, kwargs={"slug": SLUG_MARK})
            patterns[code] = address.replace("{", "{{").replace("}", "}}").replace(SLUG_MARK, "{}")
        return patterns

    def get_urls(self, page=1, site=None, protocol=None):
        """One entry per item and language. Each item's addresses are worked out once and its
        alternates written once, shared by its entries (Django works out every alternate of
        every entry again, then renders them with a template loop: seconds per file)."""
        self.paginator.page(page)  # EmptyPage or PageNotAnInteger: Django's view 404s
        items = list(self.items()) if 1 <= self.number <= LAST_SECTION_NUMBER else []
        if not items:
            raise EmptyPage
        root = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        around_slug = self.addresses_around_slug()
        urls = []
        for item in items:
            languages = item.available_languages
            addresses = {
                code: root + around_slug[code].format(quote(item.text_in("slug", code), SAFE))
                for code in languages
            }
            # As the item's own page says: the address in its original language.
            addresses["x-default"] = addresses[item.display_language(item.original_language)]
            alternates = "".join(
                f'<xhtml:link rel="alternate" hreflang="{code}" href="{xml_escape(address)}"/>'
                for code, address in addresses.items()
            )
            lastmod = item.updated_at.astimezone(UTC).isoformat(timespec="seconds")
            for code in languages:
                location = addresses[code]
                xml = f"<url><loc>{xml_escape(location)}</loc><lastmod>{lastmod}</lastmod>"
                urls.append(
                    {
                        "location": location,
                        "lastmod": item.updated_at,
                        "xml": mark_safe(f"{xml}{alternates}</url>\n"),
                    }
                )
        self.latest_lastmod = max(item.updated_at for item in items)  # Last-Modified
        return urls
