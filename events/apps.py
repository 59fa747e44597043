from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from iawp_site import cache_registry

        from .models import Event

        # Saved events already change pages as Content (iawp_site/apps.py); what is theirs
        # is the card and the moments they start and end, which move them between lists.
        cache_registry.card(Event, "includes/event_card.html")
        cache_registry.next_change(Event.objects.next_start_or_end)
