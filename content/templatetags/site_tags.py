import json
import zoneinfo
from datetime import datetime

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from content.dates import long_date, moment_label
from content.images import srcset
from content.languages import translated_name

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


@register.filter(is_safe=True)
def with_site_name(page_title: str) -> str:
    """A page's <title>: its own title, then the site's name, which is all the home page's
    title is. Every page's title gets the name here, so no template writes it twice."""
    site_name = gettext("International Alliance of Waste Pickers")
    return format_html("{} · {}", page_title, site_name) if page_title.strip() else site_name


@register.filter
def language_in_sentence(code: str) -> str:
    """ "espagnol" for "es" on a French page: a language name to use mid-sentence."""
    return translated_name(code)


@register.simple_tag
def lang_attr(text, field: str, within: str = "") -> str:
    """` lang="es"` on the element that shows a field of a LocalizedText, when that field is in
    another language than what encloses it: the page, or the element showing `within`."""
    code = text.lang_of(field)
    around = text.lang_of(within) if within else text.requested
    return format_html(' lang="{}"', code) if code != around else ""


# The parts of an item as a visitor knows them, for the notice that names those not yet
# translated (the same words as the fields' names in the admin).
PART_NAMES = {
    "title": _("title"),
    "summary": _("summary"),
    "introduction": _("introduction"),
    "body": _("text"),
    "image_alt": _("image description"),
    "image_caption": _("image caption"),
}


@register.filter
def part_names(fields) -> str:
    return ", ".join(str(PART_NAMES.get(field, field)) for field in fields)


@register.filter
def local_date(value) -> str:
    """A date (or the day of a moment, in UTC) in the visitor's language: "6 de maio de 2024"."""
    return long_date(value) if value else ""


@register.filter
def image_srcset(item) -> str:
    return srcset(item)


# Characters that could close the <script> element or open an HTML comment inside it.
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def json_ld(data) -> str:
    """A schema.org block. It is data, never run, so a strict script policy leaves it be."""
    if not data:
        return ""
    payload = json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')


@register.filter
def og_locale(language: str) -> str:
    """OpenGraph wants locales with a territory: es -> es_ES, pt-br -> pt_BR."""
    from content.dates import babel_locale

    locale = babel_locale(language)
    territory = locale.territory or {"en": "GB", "es": "ES", "fr": "FR"}.get(locale.language, "")
    return f"{locale.language}_{territory}" if territory else locale.language


@register.filter
def get_item(mapping: dict, key):
    return mapping.get(key, "")
