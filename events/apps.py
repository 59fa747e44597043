from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from content import kinds
        from pagecache import registry as page_cache

        from .models import Event

        kinds.register(
            Event,
            name="events",
            label=_("Events"),
            card_template="includes/event_card.html",
            item_label=_("Event"),
        )
        # The moments events start and end move them between lists without an edit.
        page_cache.next_change(Event.objects.next_start_or_end)
