from django import template
from django.utils.translation import gettext, ngettext

from directory.collation import collation_key

register = template.Library()


@register.simple_tag
def deadline_status(post) -> str:
    """ "Closes in 3 days" / "Closed", worked out when the page is requested."""
    if not post.application_deadline:
        return ""
    left = post.time_left
    if left is None:
        return gettext("Closed")
    if left.days == 0:
        return gettext("Closes in less than a day")
    return ngettext("Closes in %(count)d day", "Closes in %(count)d days", left.days) % {
        "count": left.days
    }


@register.filter
def country_names(countries) -> str:
    """A vacancy's countries by their names in the visitor's language, in its alphabet."""
    return ", ".join(sorted((country.name for country in countries), key=collation_key))
