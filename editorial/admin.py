from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminSplitDateTime
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_prose_editor.widgets import AdminProseEditorWidget
from js_asset.media import Media as NonceMedia
from modeltranslation.admin import TabbedTranslationAdmin
from reversion_compare.admin import CompareVersionAdmin

from adapters.django_private import is_fresh_upload
from content.editing import save_edit
from content.images import CheckedImageField
from content.languages import language_codes, native_name, stored_language_codes
from content.models import Region, Status
from content.translation_status import NEEDS_WORK, field_states
from editorial import pending_upload
from editorial.drafts import DraftOfChangesAdmin
from editorial.history import ReadableHistoryAdmin
from editorial.models import EditorRegion
from editorial.restore import KeepLaterTranslationsAdmin
from editorial.roles import editable_regions
from editorial.scope import RegionScopedAdmin
from editorial.time_zone_input import TimeZoneField

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


# Venues' and deadlines' zones: typed with suggestions rather than picked from 400 options.
TIME_ZONE_FIELDS = ("time_zone", "deadline_time_zone")


class RegionFilter(admin.SimpleListFilter):
    """Regions to filter by: only the editor's own (none to choose from with only one)."""

    title = _("region")
    parameter_name = "region__exact"

    def lookups(self, request, model_admin):
        regions = editable_regions(request.user)
        choices = [
            (code, label) for code, label in Region.choices if regions is None or code in regions
        ]
        return choices if len(choices) > 1 else []

    def queryset(self, request, queryset):
        return queryset.filter(region=self.value()) if self.value() else queryset


# What the browser checks before a form is sent (form_checks.js lets it): on a phone on 3G, a
# round trip to learn that a date was mistyped costs seconds, and a photo's upload again.
DATE_PATTERN = r"[0-9]{1,4}[\-\/.][0-9]{1,2}[\-\/.][0-9]{1,4}"
TIME_PATTERN = r"[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?"
# A link with or without its scheme: the admin takes "example.org/report" as https. Browsers
# read these with JavaScript's "v" flag, under which "/" and "-" are escaped in a class.
URL_PATTERN = r"(https?:\/\/)?[^\s\/?#]+\.[^\s]+"


def checked_by_the_browser(field) -> None:
    inputs = getattr(field.widget, "widgets", [field.widget])
    for widget in inputs:
        classes = widget.attrs.get("class", "")
        if "vDateField" in classes:
            widget.attrs.update(pattern=DATE_PATTERN, title=_("A date, as the calendar writes it"))
        elif "vTimeField" in classes:
            widget.attrs.update(pattern=TIME_PATTERN, title=_("A time, such as 09:30"))
    if isinstance(field, forms.URLField):
        # type="url" would refuse an address typed without https:// that the site accepts.
        field.widget.input_type = "text"
        field.widget.attrs.update(
            inputmode="url", pattern=URL_PATTERN, title=_("A web address, such as example.org")
        )


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
            "outdated": lambda: queryset.outdated_in(code),
            "missing": lambda: queryset.missing_in(code),
            "has": lambda: queryset.available_in(code),
        }.get(state, lambda: queryset)()


class ContentAdminForm(forms.ModelForm):
    """Refuses a save that would overwrite someone else's: the form remembers which version
    of the item it was opened on, and the item must still be at that version."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    # A photo chosen before a failed save, kept for the next try (pending_upload.py).
    pending_image = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.edit_version

    def full_clean(self):
        super().full_clean()
        if self.is_bound and self.errors and "image" in self.fields:
            self.keep_chosen_image()

    def keep_chosen_image(self) -> None:
        """The form goes back with errors: keep the photo it brought, and say so."""
        # The checked picture, already without its metadata (CheckedImageField), or the one
        # kept from the try before this.
        upload = self.cleaned_data.get("image")
        if not is_fresh_upload(upload):
            upload = getattr(self, "image_from_last_try", None)
        if upload is None:
            return
        self.data = self.data.copy()
        self.data[self.add_prefix("pending_image")] = pending_upload.keep(upload)
        # The bound field copied its help text when the form was cleaned: set it on both.
        self.fields["image"].help_text = self["image"].help_text = format_html(
            "<strong>{}</strong> {}",
            _(
                "Your photo “%(name)s” is kept from your last try: it is saved with the item "
                "unless you choose another file."
            )
            % {"name": upload.name},
            self.fields["image"].help_text,
        )

    def clean(self):
        cleaned = super().clean()
        reference = cleaned.get("pending_image")
        chose_another = self.files.get(self.add_prefix("image")) or cleaned.get("image") is False
        if reference and not chose_another:
            kept = pending_upload.take(reference)
            if kept is not None:
                cleaned["image"] = self.image_from_last_try = kept
        loaded = cleaned.get("loaded_version")
        if self.instance.pk and loaded is not None:
            current = (
                type(self.instance)
                ._base_manager.filter(pk=self.instance.pk)
                .values("edit_version", "updated_at")
                .first()
            )
            if current and current["edit_version"] != loaded:
                raise ValidationError(conflict_message(self.instance, loaded, current))
        return cleaned


def conflict_message(item, loaded_version: int, current: dict) -> str:
    """Who saved the item in between, when (in the editor's own time zone), and a link to
    what they changed: the version the editor had opened against the one now stored."""
    from reversion.models import Version

    versions = list(Version.objects.get_for_object(item).select_related("revision__user")[:50])
    latest = versions[0] if versions else None
    opened = next((v for v in versions if v.field_dict.get("edit_version") == loaded_version), None)
    author = latest.revision.user if latest and latest.revision.user else None
    opts = item._meta
    if latest and opened:
        link = reverse(f"admin:{opts.app_label}_{opts.model_name}_compare", args=[item.pk])
        link += "?" + urlencode({"version_id1": opened.pk, "version_id2": latest.pk})
        link_text = _("See what they changed")
    else:
        link = reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[item.pk])
        link_text = _("See the item's history")
    when = timezone.localtime(current["updated_at"])
    return format_html(
        '{} <a href="{}">{}</a>',
        _(
            "%(person)s saved this item at %(time)s (%(zone)s) while you were editing, so "
            "your changes were not saved. Your text is still in the form: copy what you "
            "need, open the item again to see their version, and add your changes to it."
        )
        % {
            "person": author.get_full_name() or author.get_username()
            if author
            else _("Someone else"),
            "time": when.strftime("%H:%M"),
            "zone": when.tzname(),
        },
        link,
        link_text,
    )


class CspNonceAdmin:
    """Gives the form's scripts the request's CSP nonce: the rich-text editor's import map is
    an inline script, which the Content-Security-Policy allows only with it."""

    def render_change_form(self, request, context, *args, **kwargs):
        # django-csp's lazy nonce reads as false until used: turn it into text first.
        nonce = str(getattr(request, "csp_nonce", ""))
        context["media"] = NonceMedia.from_media(context["media"], nonce=nonce)
        return super().render_change_form(request, context, *args, **kwargs)


class SavesEdits:
    """The save at the end of every admin path (form, restore, publishing a draft) is an
    edit: it records translation status, renditions and old addresses (editing.py)."""

    def save_model(self, request, obj, form, change):
        save_edit(obj)


class ContentAdmin(
    CspNonceAdmin,
    DraftOfChangesAdmin,
    KeepLaterTranslationsAdmin,
    ReadableHistoryAdmin,
    RegionScopedAdmin,
    SavesEdits,
    CompareVersionAdmin,
    TabbedTranslationAdmin,
):
    """What every kind of content shares in the admin: one tab per language, region scope,
    workflow actions, history with compare and restore, and edit-conflict protection. News
    and events subclass it and add their own fields."""

    form = ContentAdminForm
    change_form_template = "admin/content_change_form.html"
    change_list_template = "admin/dated_change_list.html"
    list_display = ("admin_title", "region", "publication_state", "published_at", "languages")
    list_filter = ("status", RegionFilter, LanguageCoverageFilter, "featured")
    search_fields = [f"title_{code.replace('-', '_')}" for code in language_codes()]
    date_hierarchy = "published_at"
    # A list says "12 results (Show all)", not also how many items there are in all: that
    # count read every item of the kind at every request.
    show_full_result_count = False
    list_per_page = 50
    actions = ["publish", "send_for_review", "unpublish"]
    readonly_fields = ("translation_overview",)
    # The form on a phone: what the item says first (its language, title and text), then
    # what each kind adds (an event's dates and place), then publishing; the rest folded.
    text_fieldsets = (
        (None, {"fields": ("original_language", "title", "summary", "body", "loaded_version")}),
    )
    secondary_fieldsets = (
        (
            _("Publishing"),
            {"fields": ("region", "status", "published_at", "featured")},
        ),
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

    class Media:
        js = (
            "admin-extra/translation_tabs.js",
            "admin-extra/form_checks.js",
            "admin-extra/autocomplete_labels.js",
        )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.URLField):
            # A link typed without a scheme ("example.org/report") is taken as https.
            kwargs.setdefault("assume_scheme", "https")
        if db_field.name == "image":
            kwargs["form_class"] = CheckedImageField
        if db_field.name in TIME_ZONE_FIELDS:
            return db_field.formfield(choices_form_class=TimeZoneField, **kwargs)
        if db_field.name.startswith("body_"):
            kwargs["widget"] = AdminProseEditorWidget(
                config=PROSE_EDITOR_CONFIG, preset="configurable"
            )
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and isinstance(field.widget, AdminSplitDateTime):
            label_split_datetime(field)
        if field is not None:
            checked_by_the_browser(field)
        return field

    # --- change form -----------------------------------------------------------------------

    def render_change_form(self, request, context, *args, **kwargs):
        # The one language switch names each language as the site does everywhere.
        context["switch_languages"] = [(code, native_name(code)) for code in language_codes()]
        return super().render_change_form(request, context, *args, **kwargs)

    def get_changeform_initial_data(self, request):
        """A new item starts in the editor's language, and in their region when they have
        only one: what a Spanish-speaking editor for Latin America would otherwise change
        by hand every time (or forget, and write a Spanish title under English)."""
        initial = super().get_changeform_initial_data(request)
        language = getattr(request, "LANGUAGE_CODE", "")
        if language in stored_language_codes():
            initial.setdefault("original_language", language)
        regions = editable_regions(request.user)
        if regions and len(regions) == 1:
            initial.setdefault("region", next(iter(regions)))
        return initial

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
            fields = field_states(obj, code)
            # "missing: summary, text; outdated: title": which fields need which work, once the
            # language has begun (a language with no title is simply missing).
            details = [
                f"{names[work]}: "
                + ", ".join(
                    str(obj._meta.get_field(field).verbose_name)
                    for field, field_state in fields.items()
                    if field_state == work
                )
                for work in NEEDS_WORK
                if work in fields.values() and obj.text_in("title", code)
            ]
            rows.append((native_name(code), names.get(state, state), "; ".join(details)))
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
        # Flagged by the list's query (get_queryset), as ContentQuerySet.scheduled() defines it.
        if getattr(obj, "is_scheduled", False):
            return _("Scheduled")
        return obj.get_status_display()

    def get_queryset(self, request):
        return super().get_queryset(request).with_scheduled_flag()

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
            save_edit(item)
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


class EditorRegionInline(admin.TabularInline):
    model = EditorRegion
    extra = 1
    verbose_name_plural = _("regions this editor publishes for")


admin.site.unregister(get_user_model())


@admin.register(get_user_model())
class EditorUserAdmin(UserAdmin):
    inlines = [EditorRegionInline]
