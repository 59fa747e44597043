"""Calendar files (RFC 5545) for one event or a subscribable feed, made with `icalendar`."""

import functools
from datetime import date, timedelta

from django.http import HttpRequest
from icalendar import Calendar, Timezone
from icalendar import Event as CalendarEvent

from content.xml_text import xml_safe
from pagecache.pieces import is_unread_list, pieces_for_items

from .links import event_details, event_location, title_for_calendar
from .models import Event

PRODUCT_ID = "-//International Alliance of Waste Pickers//iawp-site//EN"


def calendar_text(text: str) -> str:
    """RFC 5545 text holds no control character but tab (icalendar escapes line breaks): a
    stray one in a title or a venue can make a calendar program drop the event or the file."""
    return xml_safe(text).replace("\x7f", "")


# RFC 5545 knows tentative, confirmed and cancelled. A postponed event whose new date is not
# fixed keeps its old date as a tentative one until the editor gives the new date.
def calendar_status(event: Event) -> str:
    if event.is_cancelled:
        return "CANCELLED"
    if event.event_status == Event.EventStatus.POSTPONED and not event.is_rescheduled:
        return "TENTATIVE"
    return "CONFIRMED"


def calendar_component(event: Event, request: HttpRequest) -> CalendarEvent:
    text = event.localized()
    url = request.build_absolute_uri(event.get_absolute_url())
    component = CalendarEvent()
    component.add("uid", f"{event.uid}@{request.get_host().split(':')[0]}")
    component.add("sequence", event.sequence)
    component.add("dtstamp", event.updated_at)
    component.add("last-modified", event.updated_at)
    component.add("created", event.created_at)
    component.add("summary", calendar_text(title_for_calendar(event)))
    component.add("description", calendar_text(event_details(event, url, text.summary)))
    # For an event one joins online the link to join is what the calendar entry should open.
    component.add("url", event.online_url if event.joins_online and event.online_url else url)
    location = calendar_text(event_location(event))
    if location:
        component.add("location", location)
    component.add("categories", [event.get_event_type_display()])
    component.add("status", calendar_status(event))
    if event.is_timed:
        component.add("dtstart", event.start_moment())
        component.add("dtend", event.end_moment())
    else:
        # All-day events and approximate windows: VALUE=DATE with an exclusive end.
        component.add("dtstart", event.first_day)
        component.add("dtend", event.last_day + timedelta(days=1))
        component.add("transp", "TRANSPARENT")
    return component


def build_calendar(events, request: HttpRequest, name: str) -> bytes:
    """A calendar of `events`: a list, or a list not read yet (see pagecache.pieces), whose
    events are then written once per page version and reused (icalendar takes a third of a
    millisecond per event; a feed has hundreds)."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", calendar_text(name))
    calendar.add("refresh-interval;value=duration", "PT12H")
    calendar.add("x-published-ttl", "PT12H")
    if is_unread_list(events):
        host = request.get_host()
        written = pieces_for_items(
            request,
            events,
            f"vevent:{request.scheme}:{host}",
            lambda event, _i: written_event(event, request),
        )
    else:
        written = [written_event(event, request) for event in events]
    # VTIMEZONE definitions for every TZID used, covering the years the events span.
    for zone in sorted({zone for _text, zone in written if zone}):
        try:
            calendar.add_component(time_zone_definition(zone))
        except ValueError:  # a zone icalendar does not know: the TZID alone must do
            continue
    head, end = calendar.to_ical().rsplit(b"END:VCALENDAR", 1)
    return head + b"".join(text for text, _zone in written) + b"END:VCALENDAR" + end


def written_event(event: Event, request: HttpRequest) -> tuple[bytes, str | None]:
    """The event as calendar text, and the time zone it names (None for all-day events)."""
    return calendar_component(event, request).to_ical(), event.time_zone if event.is_timed else None


@functools.lru_cache(maxsize=64)
def time_zone_definition(zone: str) -> Timezone:
    # The rules of a zone from 1970 to 2100 only change with the tz database: made once.
    return Timezone.from_tzid(zone, first_date=date(1970, 1, 1), last_date=date(2100, 1, 1))
