from zoneinfo import ZoneInfo

from django import template
from django.utils.translation import gettext

from content.models import Region
from events.dates import when_label
from events.links import subscription_links
from events.models import Event
from events.wording import status_label
from events.zones import VISITOR_ZONES
from pagecache.pieces import PageItemsPiece

register = template.Library()


@register.filter
def when(event: Event, zone: str = "") -> str:
    """ "late November 2011", "3–5 May 2024", "3 May 2024, 09:00–12:00 UTC−03:00"; the times
    in `zone` when the visitor chose one of the zones offered."""
    return when_label(event, ZoneInfo(zone) if zone in VISITOR_ZONES else None)


@register.simple_tag(takes_context=True)
def when_in_zone(context, event: Event) -> str:
    """`when`, in the zone a list was asked to show times in (`zone`), if any."""
    return when(event, context.get("zone") or "")


@register.filter
def status_mark(event: Event) -> str:
    """ "Cancelled", "Postponed", "Moved online", or nothing when all is as planned."""
    return status_label(event)


@register.inclusion_tag("includes/subscribe_menu.html", takes_context=True)
def subscribe_menu(context, region: str = ""):
    """Ways to subscribe to the calendar, or to a region's when the page is narrowed to one."""
    region = region if region in Region.values else ""
    return {
        "links": subscription_links(context["request"], region),
        "region_label": Region(region).label if region else "",
    }


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
