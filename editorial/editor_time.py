"""Editors enter and read publication times in their own time zone; they are stored in UTC.

For an admin request by a staff member, the middleware makes that editor's zone Django's
current one, so the admin's forms read what they type in it, its lists and forms show times
in it, and the date picker's "Today" and "Now" (which take the zone's offset from the page's
<body>) give the editor's day and hour rather than the server's. The zone is chosen on the
"Your time zone" page; until then it follows the editor's region.

Event dates and times are another thing: they are the local date and time at the venue,
whoever enters them, so their fields are never converted and carry no zone note.
"""

import zoneinfo
from datetime import datetime

from babel import dates as babel_dates
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from content.dates import babel_locale, moment_label
from content.models import Region
from editorial.models import EditorPreferences
from editorial.time_zone_input import TimeZoneField

UTC = zoneinfo.ZoneInfo("UTC")
EDITOR_TIME_JS = "admin-extra/editor_time.js"

# An editor's zone until they choose one: near the middle of the region's zones, so that for
# most of its editors the default is off by an hour or two at worst until they set their own.
REGION_TIME_ZONES = {
    # UTC+2, the middle of the continent's range: Ghana and Senegal at UTC+0, Kenya at +3.
    Region.AFRICA: "Africa/Johannesburg",
    # UTC+5:30: India holds many of the region's member organisations.
    Region.ASIA_PACIFIC: "Asia/Kolkata",
    # Central European Time, with its summer time: most of the continent.
    Region.EUROPE: "Europe/Paris",
    # UTC−5 all year (Colombia, Ecuador, Peru), between Mexico (−6) and Brazil and Argentina (−3).
    Region.LATIN_AMERICA: "America/Bogota",
    # Eastern Time, with its summer time: the most populous of the continent's zones.
    Region.NORTH_AMERICA: "America/New_York",
    # The committee works across every region: the zone the site stores times in.
    Region.GLOBAL: "UTC",
}


def default_time_zone(user) -> str:
    """The zone of the first of the editor's regions, in the site's order (so an editor of
    two regions always gets the same one); UTC for the committee, which has none."""
    regions = set(user.editor_regions.values_list("region", flat=True))
    for region in Region:
        if region.value in regions:
            return REGION_TIME_ZONES[region]
    return REGION_TIME_ZONES[Region.GLOBAL]


def editor_time_zone(user) -> zoneinfo.ZoneInfo:
    chosen = EditorPreferences.objects.filter(user=user).values_list("time_zone", flat=True)
    # A name the zone database no longer knows (after an update of it) falls back to the
    # region's zone rather than breaking every admin page for that editor.
    return known_zone(chosen.first()) or known_zone(default_time_zone(user)) or UTC


def known_zone(name: str | None) -> zoneinfo.ZoneInfo | None:
    try:
        return zoneinfo.ZoneInfo(name) if name else None
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


class EditorTimeZoneMiddleware:
    """Activates the signed-in editor's zone for the admin's pages only: public pages and
    previews show what visitors see, whoever asks."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/" + settings.ADMIN_URL

    def __call__(self, request):
        user = getattr(request, "user", None)
        if not (request.path_info.startswith(self.admin_prefix) and user and user.is_staff):
            return self.get_response(request)
        timezone.activate(editor_time_zone(user))
        try:
            return self.get_response(request)
        finally:
            # The current zone belongs to the thread, which serves a visitor next.
            timezone.deactivate()


# --- saying which zone a time is in --------------------------------------------------------


def utc_offset(moment: datetime) -> str:
    """ "UTC−05:00", "UTC+05:30", with a true minus sign."""
    offset = moment.strftime("%z")
    sign = "−" if offset.startswith("-") else "+"
    return f"UTC{sign}{offset[1:3]}:{offset[3:5]}"


def zone_label(zone: zoneinfo.ZoneInfo | None = None) -> str:
    """ "Bogotá (UTC−05:00)" in the admin's language, with the zone's offset right now."""
    zone = zone or timezone.get_current_timezone()
    if zone.key == "UTC":  # "UTC (UTC+00:00)" says it twice
        return "UTC"
    city = babel_dates.get_timezone_location(zone.key, locale=babel_locale(), return_city=True)
    return f"{city} ({utc_offset(timezone.localtime(timezone.now(), zone))})"


def zone_help_text(help_text: str = "") -> str:
    """A field's help, followed by the zone its time is in, a link to change it and a note
    (shown by admin-extra/editor_time.js) for an editor whose computer is in another zone."""
    note = format_html(
        '{} <a href="{}">{}</a><span class="zone-mismatch" data-zone-mismatch hidden> {}</span>',
        _("Your time zone: %(zone)s.") % {"zone": zone_label()},
        reverse("admin:editorial_editorpreferences_changelist"),
        _("Change"),
        _(
            "This computer's clock is set to another time zone: enter the time as it will be "
            "in yours."
        ),
    )
    return format_html("{} {}", help_text, note) if help_text else note


# --- the content admins --------------------------------------------------------------------


class EditorTimeZoneAdmin:
    """For a content admin (put before ContentAdmin): publication times in the editor's zone,
    said under the field and in the list (`published_at_with_zone`), and no note from
    Django's date picker comparing the computer's clock with the server's."""

    # Moments the editor types in their own zone; other date fields are left as they are.
    editor_time_fields = ("published_at",)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and db_field.name in self.editor_time_fields:
            field.help_text = zone_help_text(field.help_text)
        return field

    def render_change_form(self, request, context, *args, **kwargs):
        # The script must come after the date picker's, whose notes it removes once they are
        # drawn: naming both files fixes their order in the merged list of scripts.
        context["media"] = context["media"] + forms.Media(
            js=["admin/js/calendar.js", "admin/js/admin/DateTimeShortcuts.js", EDITOR_TIME_JS]
        )
        return super().render_change_form(request, context, *args, **kwargs)

    @admin.display(description=gettext_lazy("publication time"), ordering="published_at")
    def published_at_with_zone(self, obj):
        """ "3 December 2026, 08:00 UTC−05:00": the editor's zone, named on every row."""
        return moment_label(timezone.localtime(obj.published_at))


# --- "Your time zone" ----------------------------------------------------------------------


class YourTimeZoneForm(forms.ModelForm):
    class Meta:
        model = EditorPreferences
        fields = ["time_zone"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Typed, with suggestions, like a venue's zone: not a select of 400 zones.
        field = EditorPreferences._meta.get_field("time_zone")
        self.fields["time_zone"] = field.formfield(choices_form_class=TimeZoneField)


@admin.register(EditorPreferences)
class YourTimeZoneAdmin(admin.ModelAdmin):
    """One page per editor, linked from the admin's home page and from every publication
    time: their own zone, which nobody else sees or changes. Registered here rather than in
    admin.py because the content admins import this module anyway."""

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_staff

    def has_view_permission(self, request, obj=None):
        allowed = self.has_module_permission(request)
        return allowed and (obj is None or obj.user_id == request.user.pk)

    has_change_permission = has_view_permission

    def has_add_permission(self, request):
        return False  # made by the page itself, the first time an editor saves it

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        # The one page, under the name the admin's home page links a model by.
        view = self.admin_site.admin_view(self.your_time_zone_view)
        name = f"{self.opts.app_label}_{self.opts.model_name}_changelist"
        return [path("", view, name=name)]

    def your_time_zone_view(self, request):
        own = EditorPreferences.objects.filter(user=request.user).first() or EditorPreferences(
            user=request.user, time_zone=default_time_zone(request.user)
        )
        form = YourTimeZoneForm(request.POST or None, instance=own)
        if request.method == "POST" and form.is_valid():
            form.save()
            zone = known_zone(form.instance.time_zone) or UTC
            message = _("Your time zone is now %(zone)s.") % {"zone": zone_label(zone)}
            self.message_user(request, message, messages.SUCCESS)
            return redirect(request.path)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Your time zone"),
            "opts": self.opts,
            "form": form,
            "now_there": moment_label(timezone.localtime()),
        }
        return TemplateResponse(request, "admin/your_time_zone.html", context)
