from django.contrib import admin
from django.contrib.admin.widgets import AdminSplitDateTime
from django.db import models
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from .languages import language_codes, localized_field, native_name
from .models import Page, SiteSettings


class LanguageCoverageFilter(admin.SimpleListFilter):
    """ "Missing in Français" / "Available in Français": what translators look for first."""

    title = _("language coverage")
    parameter_name = "coverage"

    def lookups(self, request, model_admin):
        choices = []
        for code in language_codes():
            choices.append(
                (f"missing-{code}", _("Missing in %(language)s") % {"language": native_name(code)})
            )
            choices.append(
                (f"has-{code}", _("Available in %(language)s") % {"language": native_name(code)})
            )
        return choices

    def queryset(self, request, queryset):
        value = self.value() or ""
        state, _sep, code = value.partition("-")
        if code not in language_codes():
            return queryset
        return queryset.missing_in(code) if state == "missing" else queryset.available_in(code)


def label_split_datetime(field) -> None:
    """Django's date-and-time widget shows two inputs with one label, which screen readers
    cannot tell apart; name each of them."""
    date_input, time_input = field.widget.widgets
    date_input.attrs["aria-label"] = _("%(field)s: date") % {"field": field.label}
    time_input.attrs["aria-label"] = _("%(field)s: time") % {"field": field.label}


class ContentAdmin(TabbedTranslationAdmin):
    """What every kind of content shares in the admin: one tab per language, the same filters,
    search by title in any language. News and events subclass it and add their own fields."""

    list_display = ("admin_title", "region", "status", "published_at", "languages")
    list_filter = ("status", "region", LanguageCoverageFilter, "featured")
    search_fields = [localized_field("title", code) for code in language_codes()]
    date_hierarchy = "published_at"
    list_per_page = 50
    content_fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "body")}),
        (_("Image"), {"fields": ("image", "image_alt")}),
        (
            _("Publishing"),
            {"fields": ("original_language", "region", "status", "published_at", "featured")},
        ),
    )

    change_form_template = "admin/content_change_form.html"

    class Media:
        js = ("admin-extra/translation_tabs.js",)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        item = self.get_object(request, object_id)
        if item is not None:
            extra_context = {
                **(extra_context or {}),
                "preview_links": [
                    (native_name(code), code, item.preview_url(code)) for code in language_codes()
                ],
            }
        return super().change_view(request, object_id, form_url, extra_context)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.URLField):
            # A link typed without a scheme ("example.org/report") is taken as https.
            kwargs.setdefault("assume_scheme", "https")
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and isinstance(field.widget, AdminSplitDateTime):
            label_split_datetime(field)
        return field

    @admin.display(description=_("title"))
    def admin_title(self, obj):
        return obj.localized().title

    @admin.display(description=_("languages"))
    def languages(self, obj):
        """EN ES FR PT-BR, with missing languages struck through (and said in the tooltip)."""
        available = obj.available_languages
        return format_html_join(
            " ",
            '<{0} title="{1}">{2}</{0}>',
            (
                (
                    "strong" if code in available else "s",
                    _("%(language)s: available") % {"language": native_name(code)}
                    if code in available
                    else _("%(language)s: missing") % {"language": native_name(code)},
                    code.upper(),
                )
                for code in language_codes()
            ),
        )


@admin.register(SiteSettings)
class SiteSettingsAdmin(TabbedTranslationAdmin):
    def has_add_permission(self, request):
        # One set of site texts; it is created on first use.
        return not SiteSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Page)
class PageAdmin(TabbedTranslationAdmin):
    list_display = ("__str__", "key", "updated_at")
    fields = ("key", "original_language", "title", "summary", "body")
