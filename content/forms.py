from django import forms
from django.utils.translation import gettext_lazy as _

from content.models import Region


class ContentFilterForm(forms.Form):
    """The GET form above a list. Each field is named after the model field it narrows, so
    its valid values apply as they are; invalid ones are dropped by the list view."""

    region = forms.ChoiceField(
        label=_("Region"), required=False, choices=[("", _("All regions")), *Region.choices]
    )

    def filter(self, queryset, filters: dict[str, str]):
        return queryset.filter(**filters)
