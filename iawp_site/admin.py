from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminSplitDateTime
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_prose_editor.widgets import AdminProseEditorWidget
from js_asset.media import Media as NonceMedia
from modeltranslation.admin import TabbedTranslationAdmin
from reversion_compare.admin import CompareVersionAdmin

from .images import CheckedImageField
from .languages import language_codes, native_name, stored_language_codes
from .models import EditorRegion, Page, Region, SiteSettings, Status
from .roles import editable_regions, limit_to_regions, may_edit
from .translation_status import NEEDS_WORK, OUTDATED, field_states

# The rich-text editor offers what an article needs and nothing the sanitiser would drop.
PROSE_EDITOR_CONFIG = {
    "extensions": {
        "Bold": True,
        "Italic": True,
        "Heading": {"levels": [2, 3, 4]},
        "BulletList": True,
        "OrderedList": True,
        "ListItem": True,
        "Blockquote": True,
        "Link": {"enableTarget": False},
        "HorizontalRule": True,
        "HardBreak": True,
        "History": True,
    }
}


def label_split_datetime(field) -> None:
    """Django's date-and-time widget shows two inputs with one label, which screen readers
    cannot tell apart; name each of them."""
    date_input, time_input = field.widget.widgets
    date_input.attrs["aria-label"] = _("%(field)s: date") % {"field": field.label}
    time_input.attrs["aria-label"] = _("%(field)s: time") % {"field": field.label}


class LanguageCoverageFilter(admin.SimpleListFilter):
    """ "Needs translation into Français" (missing or outdated), "Missing in", "Available in"."""

    title = _("language coverage")
    parameter_name = "coverage"

    def lookups(self, request, model_admin):
        choices = []
        for code in stored_language_codes():
            name = native_name(code)
            choices += [
                (f"needs-{code}", _("Needs translation into %(language)s") % {"language": name}),
                (f"outdated-{code}", _("Outdated in %(language)s") % {"language": name}),
                (f"missing-{code}", _("Missing in %(language)s") % {"language": name}),
                (f"has-{code}", _("Available in %(language)s") % {"language": name}),
            ]
        return choices

    def queryset(self, request, queryset):
        state, _sep, code = (self.value() or "").partition("-")
        if code not in stored_language_codes():
            return queryset
        key = f"translation_state__{code}"
        return {
            "needs": lambda: queryset.filter(**{f"{key}__in": NEEDS_WORK}),
            "outdated": lambda: queryset.filter(**{key: OUTDATED}),
            "missing": lambda: queryset.missing_in(code),
            "has": lambda: queryset.available_in(code),
        }.get(state, lambda: queryset)()


class ContentAdminForm(forms.ModelForm):
    """Refuses a save that would overwrite someone else's: the form remembers which version
    of the item it was opened on, and the item must still be at that version."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.edit_version

    def clean(self):
        cleaned = super().clean()
        loaded = cleaned.get("loaded_version")
        if self.instance.pk and loaded is not None:
            current = (
                type(self.instance)
                ._base_manager.filter(pk=self.instance.pk)
                .values("edit_version", "updated_at")
                .first()
            )
            if current and current["edit_version"] != loaded:
                when = timezone.localtime(current["updated_at"]).strftime("%H:%M")
                raise ValidationError(
                    _(
                        "Someone else saved this item at %(time)s (UTC) while you were editing, "
                        "so your changes were not saved. Your text is still in the form: copy "
                        "what you need, open the item again to see their version, and add "
                        "your changes to it."
                    ),
                    params={"time": when},
                    code="edit_conflict",
                )
        return cleaned


class CspNonceAdmin:
    """Gives the form's scripts the request's CSP nonce: the rich-text editor's import map is
    an inline script, which the Content-Security-Policy allows only with it."""

    def render_change_form(self, request, context, *args, **kwargs):
        # django-csp's lazy nonce reads as false until used: turn it into text first.
        nonce = str(getattr(request, "csp_nonce", ""))
        context["media"] = NonceMedia.from_media(context["media"], nonce=nonce)
        return super().render_change_form(request, context, *args, **kwargs)


class RegionScopedAdmin:
    """An editor sees and edits only their regions' rows (news, events, bulletins); the
    committee sees all. Enforced on querysets and object permissions, not only in menus."""

    def get_queryset(self, request):
        return limit_to_regions(super().get_queryset(request), request.user)

    def has_add_permission(self, request):
        return super().has_add_permission(request) and editable_regions(request.user) != set()

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or may_edit(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or may_edit(request.user, obj))

    def has_view_permission(self, request, obj=None):
        allowed = super().has_view_permission(request, obj)
        return allowed and (obj is None or may_edit(request.user, obj))

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        regions = editable_regions(request.user)
        if db_field.name == "region" and regions is not None:
            kwargs["choices"] = [(code, label) for code, label in Region.choices if code in regions]
        return super().formfield_for_choice_field(db_field, request, **kwargs)


class ContentAdmin(CspNonceAdmin, RegionScopedAdmin, CompareVersionAdmin, TabbedTranslationAdmin):
    """What every kind of content shares in the admin: one tab per language, region scope,
    workflow actions, history with compare and restore, and edit-conflict protection. News
    and events subclass it and add their own fields."""

    form = ContentAdminForm
    change_form_template = "admin/content_change_form.html"
    list_display = ("admin_title", "region", "publication_state", "published_at", "languages")
    list_filter = ("status", "region", LanguageCoverageFilter, "featured")
    search_fields = [f"title_{code.replace('-', '_')}" for code in language_codes()]
    date_hierarchy = "published_at"
    list_per_page = 50
    actions = ["publish", "send_for_review", "unpublish"]
    readonly_fields = ("translation_overview",)
    content_fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "body", "loaded_version")}),
        (
            _("Image"),
            {"fields": ("image", "image_alt", "image_caption", "image_credit")},
        ),
        (
            _("Publishing"),
            {"fields": ("original_language", "region", "status", "published_at", "featured")},
        ),
        (_("Translation"), {"fields": ("translator", "translation_overview")}),
    )

    class Media:
        js = ("admin-extra/translation_tabs.js",)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.URLField):
            # A link typed without a scheme ("example.org/report") is taken as https.
            kwargs.setdefault("assume_scheme", "https")
        if db_field.name == "image":
            kwargs["form_class"] = CheckedImageField
        if db_field.name.startswith("body_"):
            kwargs["widget"] = AdminProseEditorWidget(
                config=PROSE_EDITOR_CONFIG, preset="configurable"
            )
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and isinstance(field.widget, AdminSplitDateTime):
            label_split_datetime(field)
        return field

    # History and recovery, limited to the editor's regions like everything else.

    def _reversion_order_version_queryset(self, request, queryset):
        # django-reversion's hook for the versions it lists (deleted items, history): keep
        # only those of the editor's regions.
        versions = super()._reversion_order_version_queryset(request, queryset)
        regions = editable_regions(request.user)
        if regions is None:
            return versions
        return [version for version in versions if self._version_region(version) in regions]

    def recover_view(self, request, version_id, extra_context=None):
        from reversion.models import Version

        version = Version.objects.filter(pk=version_id).first()
        regions = editable_regions(request.user)
        if version is None or (
            regions is not None and self._version_region(version) not in regions
        ):
            raise Http404
        return super().recover_view(request, version_id, extra_context)

    @staticmethod
    def _version_region(version) -> str | None:
        # A child's version holds only its own fields; the region is in its parent's version
        # in the same revision.
        for related in version.revision.version_set.all():
            region = related.field_dict.get("region")
            if region:
                return region
        return None

    # --- change form -----------------------------------------------------------------------

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

    @admin.display(description=_("translation status"))
    def translation_overview(self, obj):
        if not obj or not obj.pk:
            return _("Shown once the item is saved.")
        names = {
            "original": _("original"),
            "translated": _("translated"),
            "outdated": _("outdated"),
            "missing": _("missing"),
        }
        rows = []
        for code in language_codes():
            state = obj.translation_state.get(code, "missing")
            stale = [
                str(obj._meta.get_field(field).verbose_name)
                for field, field_state in field_states(obj, code).items()
                if field_state in NEEDS_WORK and state != "missing"
            ]
            rows.append((native_name(code), names.get(state, state), ", ".join(stale)))
        return format_html(
            "<table><tbody>{}</tbody></table>",
            format_html_join("", "<tr><th>{}</th><td>{}</td><td>{}</td></tr>", rows),
        )

    # --- lists and actions -----------------------------------------------------------------

    @admin.display(description=_("title"))
    def admin_title(self, obj):
        return obj.localized().title

    @admin.display(description=_("state"), ordering="status")
    def publication_state(self, obj):
        if obj.status == Status.PUBLISHED and obj.published_at > timezone.now():
            return _("Scheduled")
        return obj.get_status_display()

    @admin.display(description=_("languages"))
    def languages(self, obj):
        """EN ES FR PT-BR: bold when translated, struck through when missing, marked * when
        outdated (each said in the tooltip)."""
        labels = {
            "original": ("strong", _("%(language)s: original")),
            "translated": ("strong", _("%(language)s: available")),
            "outdated": ("em", _("%(language)s: outdated")),
            "missing": ("s", _("%(language)s: missing")),
        }
        cells = []
        for code in language_codes():
            state = obj.translation_state.get(code) or (
                "original" if code == obj.original_language else "missing"
            )
            tag, title = labels[state]
            suffix = "*" if state == "outdated" else ""
            cells.append((tag, title % {"language": native_name(code)}, code.upper() + suffix))
        return format_html_join(" ", '<{0} title="{1}">{2}</{0}>', cells)

    def _change_status(self, queryset, status: str) -> int:
        changed = 0
        for item in queryset:  # saved one by one so each change keeps its revision
            item.status = status
            item.save()
            changed += 1
        return changed

    @admin.action(description=_("Publish the selected items"), permissions=["change"])
    def publish(self, request, queryset):
        count = self._change_status(queryset, Status.PUBLISHED)
        message = ngettext("%(count)d item published.", "%(count)d items published.", count)
        self.message_user(request, message % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Send the selected items for review"), permissions=["change"])
    def send_for_review(self, request, queryset):
        count = self._change_status(queryset, Status.REVIEW)
        message = ngettext(
            "%(count)d item sent for review.", "%(count)d items sent for review.", count
        )
        self.message_user(request, message % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Unpublish the selected items"), permissions=["change"])
    def unpublish(self, request, queryset):
        count = self._change_status(queryset, Status.DRAFT)
        message = ngettext("%(count)d item unpublished.", "%(count)d items unpublished.", count)
        self.message_user(request, message % {"count": count}, messages.SUCCESS)


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
    fields = ("key", "original_language", "title", "summary", "body")


class EditorRegionInline(admin.TabularInline):
    model = EditorRegion
    extra = 1
    verbose_name_plural = _("regions this editor publishes for")


admin.site.unregister(get_user_model())


@admin.register(get_user_model())
class EditorUserAdmin(UserAdmin):
    inlines = [EditorRegionInline]
