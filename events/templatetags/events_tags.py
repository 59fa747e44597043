from django import template
from django.utils.translation import gettext

from events.dates import when_label
from events.models import Event
from pagecache.pieces import PageItemsPiece

register = template.Library()


@register.filter
def when(event: Event) -> str:
    """ "late November 2011", "3–5 May 2024", "3 May 2024, 09:00–12:00 UTC−03:00"."""
    return when_label(event)


@register.simple_tag
def event_state(event: Event) -> str:
    """ "Happening now" / "Ended", worked out at request time; nothing for upcoming events."""
    return {"now": gettext("Happening now"), "past": gettext("This event has ended")}.get(
        event.state, ""
    )


@register.inclusion_tag("includes/upcoming_events.html", takes_context=True)
def upcoming_events(context, limit: int = 3):
    request = context.get("request")
    events = Event.objects.upcoming()[:limit]
    return {"events": PageItemsPiece(events, request, f"upcoming:{limit}"), "request": request}
