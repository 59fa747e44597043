from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from iawp_site.forms import ContentFilterForm

from .models import Event


class EventFilterForm(ContentFilterForm):
    country = forms.ChoiceField(label=_("Country"), required=False)
    event_type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[("", _("All types")), *Event.EventType.choices],
    )

    def __init__(self, *args, countries_in_use: set[str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        # Only countries that have events: a list of 250 would weigh on every phone, and
        # django-countries sorts them by their name in the visitor's language.
        used = Event.objects.countries_in_use() if countries_in_use is None else countries_in_use
        self.fields["country"].choices = [("", _("All countries"))] + [
            (country.code, country.name) for country in countries if country.code in used
        ]
