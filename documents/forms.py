from django import forms
from django.utils.translation import gettext_lazy as _

from content.forms import ContentFilterForm
from directory.forms import TopicFilterMixin

from .models import Document


class DocumentFilterForm(TopicFilterMixin, ContentFilterForm):
    """Kind, region, topic and year: the year is the document's own date's."""

    document_type = forms.ChoiceField(
        label=_("Kind of document"),
        required=False,
        choices=[("", _("All kinds")), *Document.Type.choices],
    )
    year = forms.ChoiceField(label=_("Year"), required=False)

    def __init__(self, *args, years: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [("", _("All years")), *((str(y), str(y)) for y in years)]

    def filter(self, queryset, filters: dict[str, str]):
        filters = dict(filters)
        year = filters.pop("year", None)
        queryset = super().filter(queryset, filters)
        return queryset.filter(issued_on__year=int(year)) if year else queryset
