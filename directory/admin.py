from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from content.models import Region
from editorial.admin import ContentAdmin, ContentAdminForm

from .models import Material, Organisation, Topic


class OrganisationAdminForm(ContentAdminForm):
    materials = forms.MultipleChoiceField(
        label=_("materials"),
        choices=Material.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("What its members collect and sort."),
    )


class ChosenOnItems:
    """Organisations and topics are chosen on news and events with autocomplete_fields: an
    editor may name any of them there, whatever their own regions (region scope is about
    what they edit, not what their items may name)."""

    def get_queryset(self, request):
        match = getattr(request, "resolver_match", None)
        if match is not None and match.url_name == "autocomplete":
            return self.model._default_manager.all()
        return super().get_queryset(request)


@admin.register(Organisation)
class OrganisationAdmin(ChosenOnItems, ContentAdmin):
    form = OrganisationAdminForm
    list_display = ("name", "country", "region", "publication_state", "languages")
    list_filter = (
        *ContentAdmin.list_filter[:2],
        "organisation_type",
        *ContentAdmin.list_filter[2:],
    )
    search_fields = ["name", "city"]
    ordering = ("name",)
    date_hierarchy = None
    fieldsets = (
        (
            None,
            {
                "fields": ("original_language", "name", "summary", "body", "loaded_version"),
                "description": _(
                    "The summary is the short description shown in the directory; the text "
                    "is optional, for more about the organisation."
                ),
            },
        ),
        (
            _("About the organisation"),
            {
                "fields": (
                    "organisation_type",
                    ("country", "city"),
                    "year_formed",
                    ("members", "members_counted_in"),
                    "materials",
                    "website",
                    ("contact_email", "contact_phone"),
                )
            },
        ),
        (_("Publishing"), {"fields": ("region", "status", "published_at")}),
        (
            _("Logo"),
            {"fields": ("image", "pending_image", "image_alt", "image_credit")},
        ),
        (_("Web address"), {"classes": ("collapse",), "fields": ("slug",)}),
        (
            _("Translation"),
            {"classes": ("collapse",), "fields": ("translator", "translation_overview")},
        ),
    )


@admin.register(Topic)
class TopicAdmin(ChosenOnItems, ContentAdmin):
    list_display = ("admin_title", "topic_type", "publication_state", "languages")
    list_filter = ("status", "topic_type", *ContentAdmin.list_filter[2:3])
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "original_language",
                    "title",
                    "topic_type",
                    "summary",
                    "body",
                    "loaded_version",
                ),
                "description": _(
                    "The summary is shown in lists; the text is the topic's introduction."
                ),
            },
        ),
        (_("Publishing"), {"fields": ("status", "published_at")}),
        (
            _("Image"),
            {"fields": ("image", "pending_image", "image_alt", "image_caption", "image_credit")},
        ),
        (_("Web address"), {"classes": ("collapse",), "fields": ("slug",)}),
        (
            _("Translation"),
            {"classes": ("collapse",), "fields": ("translator", "translation_overview")},
        ),
    )

    def get_changeform_initial_data(self, request):
        return {**super().get_changeform_initial_data(request), "region": Region.GLOBAL}
