from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from content.forms import ContentFilterForm
from directory.forms import TopicFilterMixin

from .models import Event


class EventFilterForm(TopicFilterMixin, ContentFilterForm):
    country = forms.ChoiceField(label=_("Country"), required=False)
    event_type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[("", _("All types")), *Event.EventType.choices],
    )

    def __init__(self, *args, country_choices: list | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if country_choices is None:
            country_choices = self.country_choices(Event.objects.countries_in_use())
        self.fields["country"].choices = [("", _("All countries")), *country_choices]

    @staticmethod
    def country_choices(used: set[str]) -> list[tuple[str, str]]:
        """Only countries that have events: a list of 250 would weigh on every phone.
        django-countries sorts them by their name in the active language (which takes a
        while: views remember the answer per language and page version)."""
        return [(country.code, country.name) for country in countries if country.code in used]
