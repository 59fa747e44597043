"""How an event's date reads, in the visitor's language: vague dates stay vague."""

from datetime import datetime, tzinfo

from django.utils.translation import pgettext

from content.dates import day_range, long_date, month_and_year, time_with_zone

from .models import Event, Precision


def approximate_label(event: Event) -> str:
    """ "late November 2011", "finales de noviembre de 2011", "fin novembre 2011"..."""
    month = month_and_year(event.start_date)
    templates = {
        Precision.EARLY: pgettext("approximate date; month is 'November 2011'", "early %(month)s"),
        Precision.MID: pgettext("approximate date; month is 'November 2011'", "mid-%(month)s"),
        Precision.LATE: pgettext("approximate date; month is 'November 2011'", "late %(month)s"),
    }
    if event.date_precision not in templates:
        return month
    return templates[event.date_precision] % {"month": month}


def timed_label(event: Event, zone: tzinfo | None = None) -> str:
    """ "3 May 2024, 09:00–12:00 UTC−03:00" or, over several days,
    "3 May 2024, 10:00 COT – 5 May 2024, 13:00 COT". Each time carries its own zone
    abbreviation, so an event across a daylight-saving change shows both (CET, CEST).
    In the venue's zone, or in `zone` (UTC, or the one the visitor chose)."""
    start = event.start_moment()
    end = event.end_moment()
    if zone is not None:
        start, end = start.astimezone(zone), end.astimezone(zone)
    if not event.end_time:
        return f"{long_date(start)}, {time_with_zone(start)}"
    if start.date() == end.date():
        if start.tzname() == end.tzname():
            return f"{long_date(start)}, {start:%H:%M}–{time_with_zone(end)}"
        return f"{long_date(start)}, {time_with_zone(start)} – {time_with_zone(end)}"
    return f"{long_date(start)}, {time_with_zone(start)} – {long_date(end)}, {time_with_zone(end)}"


def when_label(event: Event, zone: tzinfo | None = None) -> str:
    """The one line that says when an event happens, on every page and in every file; a
    timed event's times in `zone` when given (whole days are the venue's days anywhere)."""
    if event.is_approximate:
        return approximate_label(event)
    if event.is_timed:
        return timed_label(event, zone)
    return day_range(event.first_day, event.last_day)


def previous_start_label(event: Event) -> str:
    """When a postponed event was first planned: "3 May 2024" or "3 May 2024, 09:00 CEST"."""
    day, at = event.previous_start_date, event.previous_start_time
    if day is None:
        return ""
    if at is None or not event.time_zone:
        return long_date(day)
    moment = datetime.combine(day, at, tzinfo=event.zone)
    return f"{long_date(moment)}, {time_with_zone(moment)}"
