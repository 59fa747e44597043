from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from content.forms import ContentFilterForm
from directory.forms import TopicFilterMixin

from .models import Event
from .zones import zone_choices


class EventFilterForm(TopicFilterMixin, ContentFilterForm):
    country = forms.ChoiceField(label=_("Country"), required=False)
    event_type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[("", _("All types")), *Event.EventType.choices],
    )

    online = forms.ChoiceField(
        label=_("Online"),
        required=False,
        choices=[("", _("In person and online")), ("only", _("Online only"))],
    )
    # Not a filter: which zone the list's times are shown in (events/zones.py).
    tz = forms.ChoiceField(label=_("Show times in"), required=False)

    def __init__(self, *args, country_choices: list | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if country_choices is None:
            country_choices = self.country_choices(Event.objects.countries_in_use())
        self.fields["country"].choices = [("", _("All countries")), *country_choices]
        self.fields["tz"].choices = [("", _("Each venue's own time")), *zone_choices()]

    def filter(self, queryset, filters: dict[str, str]):
        rest = {name: value for name, value in filters.items() if name not in ("online", "tz")}
        if filters.get("online"):
            queryset = queryset.online()
        return super().filter(queryset, rest)

    @staticmethod
    def country_choices(used: set[str]) -> list[tuple[str, str]]:
        """Only countries that have events: a list of 250 would weigh on every phone.
        django-countries sorts them by their name in the active language (which takes a
        while: views remember the answer per language and page version)."""
        return [(country.code, country.name) for country in countries if country.code in used]
