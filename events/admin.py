from django import forms
from django.contrib import admin
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext_lazy as _

from editorial.admin import ContentAdmin
from editorial.editor_time import EditorTimeZoneAdmin

from .dates import when_label
from .models import Event
from .wording import language_choices


@admin.register(Event)
class EventAdmin(EditorTimeZoneAdmin, ContentAdmin):
    list_display = (
        "admin_title",
        "when",
        "event_type",
        "event_status",
        "region",
        "publication_state",
        "languages",
    )
    list_filter = (
        *ContentAdmin.list_filter[:2],  # status, and the editor's own regions
        "event_type",
        "event_status",
        "date_precision",
        *ContentAdmin.list_filter[2:],
    )
    date_hierarchy = "start_date"
    autocomplete_fields = ("organised_by", "organisations", "topics", "documents")
    ordering = ("-start_date",)
    fieldsets = (
        *ContentAdmin.text_fieldsets,
        (
            _("Date and time"),
            {
                "description": format_lazy(
                    "{} {}",
                    _(
                        "Enter dates and times as they are at the venue. If the day is not "
                        "known yet, choose how precisely the date is known: the site then "
                        "shows, for example, “late November 2011” and never invents a day."
                    ),
                    _("Unlike the publication time, they are not converted to your time zone."),
                ),
                "fields": (
                    "date_precision",
                    ("start_date", "start_time"),
                    ("end_date", "end_time"),
                    "time_zone",
                ),
            },
        ),
        (
            _("Changes"),
            {
                "description": _(
                    "If the event is postponed, cancelled or moved online, say so here: the "
                    "page shows it first, and calendars that subscribed are updated."
                ),
                "fields": (
                    "event_status",
                    "status_note",
                    ("previous_start_date", "previous_start_time"),
                ),
            },
        ),
        (
            _("Place"),
            {
                "fields": (
                    "event_type",
                    "attendance",
                    "venue_name",
                    "city",
                    "country",
                    "online_url",
                    "working_languages",
                    "interpretation",
                    "registration_url",
                    "organised_by",
                    "organisers",
                )
            },
        ),
        (None, {"fields": ("organisations", "topics", "documents")}),
        *ContentAdmin.secondary_fieldsets,
    )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in ("working_languages", "interpretation"):
            # Ticks, not a JSON text box: a list of language codes is what is stored.
            return forms.MultipleChoiceField(
                label=capfirst(db_field.verbose_name),
                help_text=db_field.help_text,
                choices=language_choices,
                required=False,
                widget=forms.CheckboxSelectMultiple,
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description=_("when"), ordering="start_date")
    def when(self, obj):
        return when_label(obj)
