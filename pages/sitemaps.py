"""The sitemap: an index (/sitemap.xml) of sections of at most SITEMAP_URL_LIMIT addresses:
the site's own pages (/sitemap-pages.xml, paged by Django with ?p=: home, lists, regions),
the standing pages the committee writes (/sitemap-standing.xml: About, the privacy notice...),
then each kind's items by ranges of keys (/sitemap-news-1.xml, /sitemap-events-3.xml; see
content/sitemaps.py)."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max, Q
from django.urls import reverse

from content.kinds import all_kinds, named
from content.languages import language_codes, localized_field, stored_language_codes
from content.models import Content, Region
from content.sitemaps import ContentSitemap
from pages.models import Page

LIST_PAGES = "pages"
STANDING_PAGES = "standing"


class ListPagesSitemap(Sitemap):
    """The home page, lists and region pages, which exist in every language."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "daily"

    @property
    def limit(self) -> int:
        return settings.SITEMAP_URL_LIMIT

    def items(self):
        names = [
            "home",
            "news:list",
            "events:list",
            "events:past",
            "directory:organisations",
            "topics:list",
            "documents:list",
            "regions:list",
        ]
        return [(name, ()) for name in names] + [
            ("regions:detail", (region.value,)) for region in Region
        ]

    def location(self, page):
        name, args = page
        return reverse(name, args=args)

    def get_languages_for_item(self, item):
        return language_codes()

    def lastmod(self, name):
        return self.latest_publication

    def get_latest_lastmod(self):
        return self.latest_publication

    @property
    def latest_publication(self):
        # What lists show changes when an item goes public; the publication index answers
        # at once, where the latest edit of anything would read every row.
        if not hasattr(self, "_latest_publication"):
            latest = Content.objects.published().aggregate(at=Max("published_at"))["at"]
            self._latest_publication = latest
        return self._latest_publication


class StandingPagesSitemap(Sitemap):
    """About, the privacy notice and every page the committee wrote (imported ones too), in
    every language: a page not translated yet shows its original, with the notice."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    @property
    def limit(self) -> int:
        return settings.SITEMAP_URL_LIMIT

    def items(self):
        has_address = Q(key=Page.ABOUT)
        for code in stored_language_codes():
            has_address |= Q(**{f"{localized_field('slug', code)}__gt": ""})
        return Page.objects.filter(has_address).order_by("pk")

    def location(self, page):
        return page.get_absolute_url()

    def get_languages_for_item(self, page):
        return language_codes()

    def lastmod(self, page):
        return page.updated_at


def kind_sitemap(kind) -> type[ContentSitemap]:
    return type(f"{kind.model.__name__}Sitemap", (ContentSitemap,), {"model": kind.model})


def all_sections() -> dict[str, Sitemap]:
    """For the index: the site's own pages, then every section of every kind that has
    public items."""
    sections = {LIST_PAGES: ListPagesSitemap(), STANDING_PAGES: StandingPagesSitemap()}
    for kind in all_kinds():
        for section in kind_sitemap(kind).sections_of():
            sections[f"{kind.name}-{section.number}"] = section
    return sections


def section_named(name: str) -> Sitemap | None:
    """The section a file's name names, or None (a 404); made without reading content."""
    if name == LIST_PAGES:
        return ListPagesSitemap()
    if name == STANDING_PAGES:
        return StandingPagesSitemap()
    kind_name, _, number = name.rpartition("-")
    kind = named(kind_name)
    # Digits only, as the index writes them: "news-01" or "news-1e9" is no other name for one.
    written = number.isascii() and number.isdigit() and len(number) < 12 and number[0] != "0"
    if kind is None or not written:
        return None
    return kind_sitemap(kind)(int(number))
