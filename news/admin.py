from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from editorial.admin import ContentAdmin
from editorial.editor_time import EditorTimeZoneAdmin

from .models import Post


@admin.register(Post)
class PostAdmin(EditorTimeZoneAdmin, ContentAdmin):
    list_display = (
        "admin_title",
        "category",
        "region",
        "publication_state",
        "published_at_with_zone",
        "languages",
    )
    # The deadline is typed in the editor's zone too; the vacancy's page shows it in its own.
    editor_time_fields = ("published_at", "application_deadline")
    autocomplete_fields = ("organisations", "topics", "documents")
    list_filter = (*ContentAdmin.list_filter[:2], "category", *ContentAdmin.list_filter[2:])
    fieldsets = (
        *ContentAdmin.text_fieldsets,
        (None, {"fields": ("category", "byline", "organisations", "topics", "documents")}),
        (
            _("Summary of an article published elsewhere"),
            {
                "classes": ("collapse",),
                "fields": ("source_publisher", "source_url", "source_published_on"),
            },
        ),
        (
            _("Vacancy"),
            {
                "classes": ("collapse",),
                "fields": (
                    "application_deadline",
                    "deadline_time_zone",
                    "employment_type",
                    "remote",
                    ("job_city", "job_country"),
                    "applicant_countries",
                ),
            },
        ),
        *ContentAdmin.secondary_fieldsets,
    )
