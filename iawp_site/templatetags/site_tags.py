import zoneinfo
from datetime import datetime

from django import template

from iawp_site.dates import long_date, moment_label
from iawp_site.images import srcset
from iawp_site.languages import translated_name

register = template.Library()


@register.filter
def zoned_datetime(value: datetime | None, zone_name: str = "") -> str:
    """A moment in the zone it belongs to, in the visitor's language: "26 May 2024, 23:59 PDT".

    Django's `date` filter would first convert to the site's time zone (UTC); a deadline or an
    event belongs to a local time, shown with that zone's abbreviation, DST included.
    """
    if not value:
        return ""
    if zone_name:
        value = value.astimezone(zoneinfo.ZoneInfo(zone_name))
    return moment_label(value)


@register.filter
def language_in_sentence(code: str) -> str:
    """ "espagnol" for "es" on a French page: a language name to use mid-sentence."""
    return translated_name(code)


@register.filter
def local_date(value) -> str:
    """A date (or the day of a moment, in UTC) in the visitor's language: "6 de maio de 2024"."""
    return long_date(value) if value else ""


@register.filter
def image_srcset(item) -> str:
    return srcset(item)
