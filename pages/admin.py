from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django_prose_editor.widgets import AdminProseEditorWidget
from modeltranslation.admin import TabbedTranslationAdmin
from reversion_compare.admin import CompareVersionAdmin

from editorial.admin import PROSE_EDITOR_CONFIG, CspNonceAdmin
from editorial.history import ReadableHistoryAdmin
from pages.models import Page, SiteSettings


@admin.register(SiteSettings)
class SiteSettingsAdmin(TabbedTranslationAdmin):
    def has_add_permission(self, request):
        # One set of site texts; it is created on first use.
        return not SiteSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Page)
class PageAdmin(CspNonceAdmin, ReadableHistoryAdmin, CompareVersionAdmin, TabbedTranslationAdmin):
    """Standing pages (About, the privacy notice, a press contact...): the committee's only
    (pages/apps.py grants them; regional editors have no permission). Every save is a
    revision: History compares and restores them."""

    list_display = ("__str__", "key", "in_menu", "in_footer", "position", "updated_at")
    list_editable = ("in_menu", "in_footer", "position")
    fieldsets = (
        (None, {"fields": ("original_language", "title", "summary", "body")}),
        (_("Where it is linked"), {"fields": ("in_menu", "in_footer", "position")}),
        (_("Web address"), {"fields": ("slug", "key")}),
    )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name.startswith("body_"):
            kwargs["widget"] = AdminProseEditorWidget(
                config=PROSE_EDITOR_CONFIG, preset="configurable"
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        # The site finds About and the privacy notice by their keys.
        return ("key",) if obj is not None and obj.key in Page.SHIPPED_KEYS else ()

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.key in Page.SHIPPED_KEYS:
            return False  # the menu, the footer and every subscribe form link to them
        return super().has_delete_permission(request, obj)
