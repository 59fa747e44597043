"""sitemap.xml: every public item in every language it exists in, with hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .languages import language_codes


class ContentSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    model = None

    def items(self):
        return self.model.objects.published().order_by("pk")

    def get_languages_for_item(self, item):
        # Only the languages with a text of their own: a fallback page is not a translation.
        return list(item.available_languages)

    def location(self, item):
        return item.get_absolute_url()  # in the language Django's i18n sitemap activated

    def lastmod(self, item):
        return item.updated_at


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
