"""The time zones a visitor may read event times in, chosen on the page (`?tz=`), never
remembered in a cookie: the address says it, so the page cache keeps one page per choice.

A short list, not the 400 zones of the tz database: one or two cities a visitor of each of
the Alliance's regions would recognise, named in the visitor's language by CLDR (Babel)."""

import zoneinfo

from babel.dates import get_timezone_location

from content.dates import babel_locale

ZONE_PARAMETER = "tz"
VISITOR_ZONES = (
    "America/Los_Angeles",
    "America/New_York",
    "America/Mexico_City",
    "America/Bogota",
    "America/Sao_Paulo",
    "America/Argentina/Buenos_Aires",
    "Europe/London",
    "Europe/Paris",
    "Africa/Lagos",
    "Africa/Johannesburg",
    "Africa/Nairobi",
    "Asia/Kolkata",
    "Asia/Jakarta",
    "Asia/Manila",
    "UTC",
)


def zone_name(zone: str) -> str:
    """ "São Paulo", "París", "Joanesburgo"; "UTC" stays itself."""
    if zone == "UTC":
        return "UTC"
    city = get_timezone_location(zone, locale=babel_locale(), return_city=True)
    return city.rsplit("/", 1)[-1]  # CLDR says "Argentina/Buenos Aires"


def zone_choices() -> list[tuple[str, str]]:
    return [(zone, zone_name(zone)) for zone in VISITOR_ZONES]


def chosen_zone(request) -> zoneinfo.ZoneInfo | None:
    """The zone the visitor chose, if it is one of the list: anything else is ignored."""
    name = request.GET.get(ZONE_PARAMETER, "") if request is not None else ""
    return zoneinfo.ZoneInfo(name) if name in VISITOR_ZONES else None
