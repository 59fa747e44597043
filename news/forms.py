from django import forms
from django.utils.translation import gettext_lazy as _

from content.forms import ContentFilterForm
from directory.forms import TopicFilterMixin

from .models import Post


class PostFilterForm(TopicFilterMixin, ContentFilterForm):
    category = forms.ChoiceField(
        label=_("Category"),
        required=False,
        choices=[("", _("All categories")), *Post.Category.choices],
    )
