from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from editorial.admin import CspNonceAdmin
from pages.models import Page, SiteSettings


@admin.register(SiteSettings)
class SiteSettingsAdmin(TabbedTranslationAdmin):
    def has_add_permission(self, request):
        # One set of site texts; it is created on first use.
        return not SiteSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Page)
class PageAdmin(CspNonceAdmin, TabbedTranslationAdmin):
    list_display = ("__str__", "key", "updated_at")
    fields = ("key", "original_language", "title", "summary", "body", "slug")
