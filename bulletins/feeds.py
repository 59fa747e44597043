from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from content.feeds import ContentFeed

from .models import Bulletin


class BulletinFeed(ContentFeed):
    """Sent bulletins, in the feed's language or their original one (marked so)."""

    def title(self, filters):
        return _("International Alliance of Waste Pickers: bulletin")

    def description(self, filters):
        return _("Upcoming events and latest news of waste picker organisations, month by month.")

    def list_url(self, filters):
        query = urlencode(filters)
        return reverse("bulletins:archive") + (f"?{query}" if query else "")

    def items(self, filters):
        return Bulletin.objects.sent().filter(**filters).order_by("-sent_at")[: self.limit]

    def item_description(self, item):
        # Per field: an introduction not yet translated is read in its original language.
        return item.localized().introduction

    def item_pubdate(self, item):
        return item.sent_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.get_region_display()]
