"""sitemap.xml: the site's own pages and every kind's section."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from content.kinds import all_kinds
from content.languages import language_codes
from content.sitemaps import ContentSitemap


class ListPagesSitemap(Sitemap):
    """The home page, lists and About page, which exist in every language."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "daily"

    def items(self):
        return ["home", "news:list", "events:list", "events:past", "about"]

    def location(self, name):
        return reverse(name)

    def get_languages_for_item(self, item):
        return language_codes()


def sitemaps() -> dict[str, Sitemap]:
    """The site's own pages, then one section per kind of content."""
    sections = {"pages": ListPagesSitemap}
    for kind in all_kinds():
        name = f"{kind.model.__name__}Sitemap"
        sections[kind.name] = type(name, (ContentSitemap,), {"model": kind.model})
    return sections
