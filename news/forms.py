from django import forms
from django.utils.translation import gettext_lazy as _

from iawp_site.models import Region

from .models import Post


class PostFilterForm(forms.Form):
    region = forms.ChoiceField(
        label=_("Region"), required=False, choices=[("", _("All regions")), *Region.choices]
    )
    category = forms.ChoiceField(
        label=_("Category"),
        required=False,
        choices=[("", _("All categories")), *Post.Category.choices],
    )

    def filter(self, queryset, filters: dict[str, str]):
        return queryset.filter(**filters)
