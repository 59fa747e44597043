from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from content.feeds import AtomWithItemLanguage, ContentFeed
from content.models import Region

from .models import Post


class NewsFeed(ContentFeed):
    filters = {**ContentFeed.filters, "category": Post.Category.values}

    def title(self, filters):
        parts = [_("International Alliance of Waste Pickers: news")]
        if "region" in filters:
            parts.append(str(Region(filters["region"]).label))
        if "category" in filters:
            parts.append(str(Post.Category(filters["category"]).label))
        return " · ".join(parts)

    def description(self, filters):
        return _("News, statements and vacancies from waste picker organisations.")

    def list_url(self, filters):
        query = urlencode(filters)
        return reverse("news:list") + (f"?{query}" if query else "")

    def items(self, filters):
        return Post.objects.published().filter(**filters)[: self.limit]

    def item_categories(self, item):
        return [item.get_category_display(), item.get_region_display()]


class NewsAtomFeed(NewsFeed):
    feed_type = AtomWithItemLanguage
    subtitle = NewsFeed.description
