from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from content.feeds import AtomWithItemLanguage, ContentFeed
from content.models import Region

from .dates import when_label
from .models import Event


class UpcomingEventsFeed(ContentFeed):
    def title(self, filters):
        title = _("International Alliance of Waste Pickers: upcoming events")
        return f"{title} · {Region(filters['region']).label}" if "region" in filters else title

    def description(self, filters):
        return _("Meetings, workshops, congresses and campaigns of waste picker organisations.")

    def list_url(self, filters):
        query = urlencode(filters)
        return reverse("events:list") + (f"?{query}" if query else "")

    def items(self, filters):
        return Event.objects.upcoming().filter(**filters)[: self.limit]

    def item_description(self, item):
        # When it happens comes first: that is what a reader of an events feed looks for.
        summary = item.localized().summary
        return f"{when_label(item)}. {summary}" if summary else when_label(item)

    def item_categories(self, item):
        return [item.get_event_type_display(), item.get_region_display()]


class UpcomingEventsAtomFeed(UpcomingEventsFeed):
    feed_type = AtomWithItemLanguage
    subtitle = UpcomingEventsFeed.description
