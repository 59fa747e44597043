from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from iawp_site.models import Region

# Global items go to every reader; these are the regions a reader may narrow to.
READER_REGIONS = [(code, label) for code, label in Region.choices if code != Region.GLOBAL]
FORM_NAMES = ("footer", "page")


class SubscribeForm(forms.Form):
    """Rendered by hand in templates/bulletins/includes/subscribe_fields.html (it is on
    every page's footer, where Django's widget templates would cost every visitor)."""

    email = forms.EmailField(label=_("Email address"), max_length=254)
    language = forms.ChoiceField(label=_("Language of the bulletin"), choices=settings.LANGUAGES)
    regions = forms.MultipleChoiceField(
        label=_("Regions of interest"), required=False, choices=READER_REGIONS
    )
    form = forms.ChoiceField(choices=[(name, name) for name in FORM_NAMES], required=False)

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip().lower()
