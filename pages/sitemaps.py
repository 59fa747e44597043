"""sitemap.xml: the site's own pages and every kind's section."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

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
    from events.models import Event
    from news.models import Post

    news = type("NewsSitemap", (ContentSitemap,), {"model": Post})
    events = type("EventsSitemap", (ContentSitemap,), {"model": Event})
    return {"pages": ListPagesSitemap, "news": news, "events": events}
