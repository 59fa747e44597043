from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from iawp_site.admin import ContentAdmin

from .models import Post


@admin.register(Post)
class PostAdmin(ContentAdmin):
    list_display = (
        "admin_title",
        "category",
        "region",
        "publication_state",
        "published_at",
        "languages",
    )
    list_filter = ("status", "region", "category", *ContentAdmin.list_filter[2:])
    fieldsets = (
        *ContentAdmin.content_fieldsets,
        (None, {"fields": ("category",)}),
        (
            _("Summary of an article published elsewhere"),
            {
                "classes": ("collapse",),
                "fields": ("source_publisher", "source_url", "source_published_on"),
            },
        ),
        (_("Vacancy"), {"fields": ("application_deadline", "deadline_time_zone")}),
    )
