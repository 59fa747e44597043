from django import template

from bulletins.forms import READER_REGIONS

register = template.Library()


@register.simple_tag
def reader_regions():
    """The regions a reader may choose (the footer form is on every page, the 500 page too,
    which renders without context processors)."""
    return READER_REGIONS
