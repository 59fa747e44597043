"""Dates in the visitor's language, from the Unicode CLDR data that Babel ships.

Django's own date formats lean on its translation catalogues, which capitalise month names in
Brazilian Portuguese ("26 de Maio") and order English dates the US way. CLDR has each
language's real conventions, and interval formats ("3–5 May 2024") that Django lacks.
"""

from datetime import date, datetime

from babel import Locale, dates
from django.conf import settings
from django.utils.translation import to_locale

from .languages import current_language

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
