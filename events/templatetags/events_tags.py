from zoneinfo import ZoneInfo

from django import template
from django.utils.translation import gettext

from content.models import Region
from directory.models import Organisation, Topic
from events.dates import when_label
from events.links import (
    calendar_name,
    organisation_calendar_name,
    region_feed_path,
    subscription_links,
    topic_calendar_name,
)
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
    feed = region_feed_path(region)
    return {
        "links": subscription_links(context["request"], feed, calendar_name(region)),
        "narrowed_to": "region" if region else "",
        "scope_name": Region(region).label if region else "",
    }


@register.inclusion_tag("includes/subscribe_menu.html", takes_context=True)
def subscribe_menu_for(context, item: Topic | Organisation, feed_path: str):
    """Ways to subscribe to the calendar of a topic's or an organisation's events, whose
    feed is at `feed_path` (the page's view knows where its kind's calendar lives)."""
    if isinstance(item, Topic):
        narrowed_to, scope_name, name = "topic", item.localized().title, topic_calendar_name(item)
    else:
        narrowed_to, scope_name = "organisation", item.name
        name = organisation_calendar_name(item)
    return {
        "links": subscription_links(context["request"], feed_path, name),
        "narrowed_to": narrowed_to,
        "scope_name": scope_name,
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
