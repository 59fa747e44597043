"""sitemap.xml: every public item in every language it exists in, with hreflang alternates."""

from django.contrib.sitemaps import Sitemap


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
