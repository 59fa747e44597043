"""Choosing a venue's or a deadline's time zone without a 31 KB select in every form.

The form carries a plain text input. A script fills its suggestions (a <datalist>) from
one list the browser fetches once and keeps, so the form itself stays light on every visit
and every failed save; without the script, a typed name works as well. Names are matched
without regard to case, spaces or underscores, and a city alone ("bogota") is enough when
only one zone has it.
"""

import unicodedata

from django import forms
from django.http import JsonResponse
from django.urls import reverse_lazy
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from content.timezones import time_zone_choices


def simplified(text: str) -> str:
    without_accents = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return without_accents.lower().replace("_", " ").replace("-", " ").strip()


def canonical_zone(typed: str) -> str:
    """The zone a typed name means, or what was typed when it means none (or several)."""
    wanted = simplified(typed)
    names = [name for name, _label in time_zone_choices()]
    exact = [name for name in names if simplified(name) == wanted]
    if exact:
        return exact[0]
    by_city = [name for name in names if simplified(name.rsplit("/", 1)[-1]) == wanted]
    return by_city[0] if len(by_city) == 1 else typed


class TimeZoneInput(forms.TextInput):
    def __init__(self, attrs=None):
        super().__init__(
            {
                "list": "time-zone-names",
                "autocomplete": "off",
                "spellcheck": "false",
                "autocapitalize": "off",
                "placeholder": _("e.g. America/Bogota"),
                "data-names-url": reverse_lazy("admin_time_zone_names"),
                **(attrs or {}),
            }
        )

    class Media:
        js = ("admin-extra/time_zone_names.js",)


class TimeZoneField(forms.TypedChoiceField):
    widget = TimeZoneInput
    default_error_messages = {
        "invalid_choice": _(
            "“%(value)s” is not a time zone we know. Type the zone's name as Area/City, "
            "for example America/Bogota or Africa/Nairobi."
        )
    }

    def to_python(self, value):
        value = super().to_python(value)
        return canonical_zone(value) if value else value


@require_safe
def time_zone_names(request):
    response = JsonResponse([name for name, _label in time_zone_choices()], safe=False)
    # The list changes only with a tzdata upgrade: browsers keep it for a day.
    patch_cache_control(response, private=True, max_age=86400)
    return response
