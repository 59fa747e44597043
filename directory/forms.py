from django import forms
from django.utils.translation import gettext_lazy as _

from content.forms import ContentFilterForm
from content.models import Region

from .models import Topic


class OrganisationFilterForm(ContentFilterForm):
    """Region and country, each with how many organisations it has."""

    country = forms.ChoiceField(label=_("Country"), required=False)

    def __init__(self, *args, counts: dict, **kwargs):
        super().__init__(*args, **kwargs)
        by_region = counts["regions"]
        self.fields["region"].choices = [
            ("", _("All regions")),
            *(
                (code, f"{label} ({by_region[code]})")
                for code, label in Region.choices
                if code in by_region
            ),
        ]
        self.fields["country"].choices = [
            ("", _("All countries")),
            *((code, f"{name} ({number})") for code, name, number in counts["countries"]),
        ]


def topic_choices() -> list[tuple[str, str]]:
    """The public topics, by their name in the visitor's language: few, and one query."""
    topics = Topic.objects.published().order_by("pk")
    return [(str(topic.pk), topic.localized().title) for topic in topics]


def topic_field_choices() -> list[tuple[str, str]]:
    return [("", _("All topics")), *topic_choices()]


class TopicFilterMixin(forms.Form):
    """A `topic` filter for lists of items that name topics (news, events). Its value is the
    topic's number, the same in every language, so the language switcher keeps it."""

    topic = forms.ChoiceField(label=_("Topic"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Given as a function, read only when a topic is chosen or the form is drawn (the
        # form is usually a piece made already): most lists and searches need no query.
        self.fields["topic"].choices = topic_field_choices

    def filter(self, queryset, filters: dict[str, str]):
        filters = dict(filters)
        topic = filters.pop("topic", None)
        queryset = super().filter(queryset, filters)
        return queryset.filter(topics=topic) if topic else queryset
