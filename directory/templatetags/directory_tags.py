from babel.numbers import format_decimal
from django import template

from content.dates import babel_locale

register = template.Library()


@register.filter
def whole_number(value) -> str:
    """460000 as its readers write it: "460,000", "460.000", "460 000"."""
    return format_decimal(value, locale=babel_locale()) if value is not None else ""
