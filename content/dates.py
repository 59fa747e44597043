"""Dates in the visitor's language, from the Unicode CLDR data that Babel ships.

Django's own date formats lean on its translation catalogues, which capitalise month names in
Brazilian Portuguese ("26 de Maio") and order English dates the US way. CLDR has each
language's real conventions, and interval formats ("3–5 May 2024") that Django lacks.
"""

from datetime import date, datetime

from babel import Locale, dates
from django.conf import settings
from django.utils.translation import to_locale

from content.languages import current_language

# CLDR's plain "en" is US English; the Alliance writes English dates day first.
LOCALE_OVERRIDES = {"en": "en_GB"}


def babel_locale(language: str | None = None) -> Locale:
    language = language or current_language()
    name = getattr(settings, "BABEL_LOCALES", LOCALE_OVERRIDES).get(language, to_locale(language))
    return Locale.parse(name)


def long_date(value: date | datetime, language: str | None = None) -> str:
    """ "26 May 2024", "26 de mayo de 2024", "26 mai 2024", "26 de maio de 2024"."""
    if isinstance(value, datetime):
        value = value.date()
    return dates.format_date(value, format="long", locale=babel_locale(language))


def month_and_year(value: date, language: str | None = None) -> str:
    """ "November 2011", "noviembre de 2011", "novembre 2011", "novembro de 2011"."""
    return dates.format_skeleton("yMMMM", value, locale=babel_locale(language))


def day_and_month(value: date, language: str | None = None) -> str:
    """ "30 April", "30 de abril", "30 avril", "30 de abril"."""
    return dates.format_skeleton("MMMMd", value, locale=babel_locale(language))


def day_range(first: date, last: date, language: str | None = None) -> str:
    """A span of days, collapsed as people write it: "3–5 May 2024", "30 April – 2 May 2024",
    "30 December 2024 – 2 January 2025".

    Written by hand because CLDR's interval formats, as Babel applies them, abbreviate month
    names in some languages ("3 – 5 de mai. de 2024") where the site spells them out.
    """
    if first == last:
        return long_date(first, language)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{long_date(last, language)}"
    if first.year == last.year:
        return f"{day_and_month(first, language)} – {long_date(last, language)}"
    return f"{long_date(first, language)} – {long_date(last, language)}"


def zone_abbreviation(moment: datetime) -> str:
    """ "PDT", "CET", or "UTC−03:00" where the zone database has no letters for a zone
    (Buenos Aires is "-03" there, which reads like a typo)."""
    name = moment.tzname() or ""
    if name[:1] in "+-":
        offset = moment.strftime("%z")  # "-0300"
        sign = "−" if offset.startswith("-") else "+"
        return f"UTC{sign}{offset[1:3]}:{offset[3:5]}"
    return name


def time_with_zone(moment: datetime) -> str:
    return f"{moment:%H:%M} {zone_abbreviation(moment)}"


def moment_label(moment: datetime, language: str | None = None) -> str:
    """ "26 May 2024, 23:59 PDT", in the moment's own zone."""
    return f"{long_date(moment, language)}, {time_with_zone(moment)}"
