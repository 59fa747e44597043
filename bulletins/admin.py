"""Composing and sending bulletins in the admin: prefilled from what is published, reordered
by position, previewed in every language as a web page and as both parts of the email,
then queued for `manage.py send_bulletins` with its progress shown here."""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.html import format_html, format_html_join
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin
from reversion.admin import VersionAdmin

from content.dates import long_date
from content.models import Content, Region
from editorial.admin import CspNonceAdmin, RegionScopedAdmin
from editorial.roles import editable_regions

from .composing import in_scope, news_window, prefill
from .emails import render_email
from .models import Bulletin, BulletinItem, Delivery, Subscriber
from .sending import progress, recipients, request_sending
from .views import bulletin_page_context

PREVIEW_KINDS = {"web": _("web page"), "html": _("email"), "text": _("plain text")}
# The heading of Django's own column of checkboxes in an inline: what the editor ticks to
# take an item out, so the instructions quote the very word the column shows.
DROP_COLUMN = _("Delete?")


class ContentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        kind = _("Event") if hasattr(obj, "event") else _("News")
        return f"{kind} · {obj.localized().title}"


class BulletinItemInline(admin.TabularInline):
    model = BulletinItem
    extra = 1
    fields = ("position", "content")
    verbose_name_plural = format_lazy(
        _(
            "items (lowest position first; to drop one, tick “{}” on its row: it leaves "
            "this bulletin, but the news item or event itself is not deleted)"
        ),
        DROP_COLUMN,
    )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "content":
            # Nothing until get_formset, which knows the bulletin, narrows it to the scope.
            kwargs["queryset"] = Content.objects.none()
            kwargs["form_class"] = ContentChoiceField
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        field = formset.form.base_fields.get("content")
        if field is not None:  # a fresh form class per call: changing it here is safe
            field.queryset = self.content_choices(request, obj)
        return formset

    def content_choices(self, request, bulletin: Bulletin | None):
        """Recent news and events not over yet, in the bulletin's scope and the editor's
        regions (global items are in every region's), and whatever the bulletin already has,
        so each row shows its item (the model's check then says if one no longer fits).

        The admin posts with `bulletin` as edited, region included; a new bulletin without
        a region yet is offered what any of the editor's bulletins could carry."""
        now = timezone.now()
        choices = Content.objects.published().filter(
            Q(published_at__gte=now - timedelta(days=120)) | Q(event__window_end__gt=now)
        )
        if bulletin is not None:
            choices = in_scope(choices, bulletin.region)
        regions = editable_regions(request.user)
        if regions is not None:
            choices = choices.filter(region__in=[*regions, Region.GLOBAL])
        has = Q(pk__in=[])
        if bulletin is not None and bulletin.pk:
            has = Q(pk__in=BulletinItem.objects.filter(bulletin=bulletin).values("content"))
        return (
            Content.objects.published()
            .filter(Q(pk__in=choices.values("pk")) | has)
            .select_related("event", "post")
            .order_by("-published_at")
        )


@admin.register(Bulletin)
class BulletinAdmin(CspNonceAdmin, RegionScopedAdmin, VersionAdmin, TabbedTranslationAdmin):
    list_display = ("__str__", "period", "region", "state", "sent_at")
    list_filter = ("region",)
    inlines = [BulletinItemInline]
    readonly_fields = ("previews", "sending")
    fieldsets = (
        (None, {"fields": ("period", "region", "original_language", "title", "introduction")}),
        (_("Preview and send"), {"fields": ("previews", "sending")}),
    )

    @admin.display(description=_("state"))
    def state(self, bulletin: Bulletin) -> str:
        if bulletin.send_requested_at is None:
            return _("Draft")
        counts = progress(bulletin)["by_status"]
        if (
            counts[Delivery.Status.QUEUED]
            or counts[Delivery.Status.SENDING]
            or not bulletin.sent_at
        ):
            return _("Sending")
        return _("Sent")

    @admin.display(description=_("previews"))
    def previews(self, bulletin: Bulletin):
        if not bulletin.pk:
            return _("Save the bulletin first.")
        rows = []
        for code, name in settings.LANGUAGES:
            links = format_html_join(
                " · ",
                '<a href="{}" target="_blank">{}</a>',
                (
                    (
                        reverse("admin:bulletins_bulletin_preview", args=[bulletin.pk, code, kind]),
                        label,
                    )
                    for kind, label in PREVIEW_KINDS.items()
                ),
            )
            rows.append(format_html('<li><span lang="{}">{}</span>: {}</li>', code, name, links))
        return format_html("<ul>{}</ul>", format_html_join("", "{}", ((row,) for row in rows)))

    @admin.display(description=_("sending"))
    def sending(self, bulletin: Bulletin):
        if not bulletin.pk:
            return "-"
        if bulletin.send_requested_at is None:
            expected = recipients(bulletin)
            by_language = {}
            for reader in expected:
                by_language[reader.language] = by_language.get(reader.language, 0) + 1
            summary = ", ".join(f"{code}: {number}" for code, number in sorted(by_language.items()))
            return format_html(
                '{} <a class="button" href="{}">{}</a>',
                ngettext(
                    "Not sent yet. %(count)s subscriber would receive it (%(languages)s).",
                    "Not sent yet. %(count)s subscribers would receive it (%(languages)s).",
                    len(expected),
                )
                % {"count": len(expected), "languages": summary or "-"},
                reverse("admin:bulletins_bulletin_send", args=[bulletin.pk]),
                _("Send to subscribers…"),
            )
        report = progress(bulletin)
        statuses = dict(Delivery.Status.choices)
        totals = ", ".join(
            f"{statuses[status]}: {number}"
            for status, number in report["by_status"].items()
            if number
        )
        per_language = format_html_join(
            "",
            "<li>{}: {}</li>",
            (
                (code, ", ".join(f"{statuses[s]}: {n}" for s, n in sorted(counts.items())))
                for code, counts in sorted(report["by_language"].items())
            ),
        )
        return format_html(
            "<p>{}</p><ul>{}</ul>", totals or _("Queued: the next run sends it."), per_language
        )

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        bulletin = form.instance
        if not change and not bulletin.items.exists():
            added = prefill(bulletin)
            since, _until = news_window(bulletin)
            self.message_user(
                request,
                _(
                    "Items suggested: %(count)s, the month's upcoming events and the news "
                    "published since %(since)s. Reorder them below, or tick “%(drop)s” on a "
                    "row to drop it."
                )
                % {
                    "count": added,
                    "since": long_date(timezone.localtime(since, timezone.get_default_timezone())),
                    "drop": DROP_COLUMN,
                },
            )

    def has_send_permission(self, request, bulletin) -> bool:
        return request.user.has_perm("bulletins.send_bulletin") and self.has_change_permission(
            request, bulletin
        )

    def get_urls(self):
        own = [
            path(
                "<int:pk>/preview/<str:language>/<str:kind>/",
                self.admin_site.admin_view(self.preview_view),
                name="bulletins_bulletin_preview",
            ),
            path(
                "<int:pk>/send/",
                self.admin_site.admin_view(self.send_view),
                name="bulletins_bulletin_send",
            ),
        ]
        return own + super().get_urls()

    def editable_bulletin(self, request, pk) -> Bulletin:
        bulletin = get_object_or_404(self.get_queryset(request), pk=pk)
        if not self.has_view_permission(request, bulletin):
            raise PermissionDenied
        return bulletin

    def preview_view(self, request, pk, language, kind):
        bulletin = self.editable_bulletin(request, pk)
        if language not in dict(settings.LANGUAGES) or kind not in PREVIEW_KINDS:
            raise Http404
        with translation.override(language):
            if kind == "web":
                context = bulletin_page_context(request, bulletin) | {
                    "bulletin": bulletin,
                    "is_preview": True,
                }
                return TemplateResponse(request, "bulletins/detail.html", context)
            parts = render_email(bulletin, language, "#unsubscribe-link-of-each-reader")
        if parts is None:
            return HttpResponse(
                _("This bulletin has no items yet."), content_type="text/plain; charset=utf-8"
            )
        if kind == "text":
            return HttpResponse(
                f"{parts.subject}\n\n{parts.text}", content_type="text/plain; charset=utf-8"
            )
        return HttpResponse(parts.html)

    def send_view(self, request, pk):
        bulletin = self.editable_bulletin(request, pk)
        if not self.has_send_permission(request, bulletin):
            raise PermissionDenied
        change_url = reverse("admin:bulletins_bulletin_change", args=[pk])
        if request.method == "POST":
            if not bulletin.items.exists():
                self.message_user(
                    request, _("Add at least one item before sending."), messages.ERROR
                )
            else:
                request_sending(bulletin)
                self.message_user(
                    request,
                    _(
                        "Queued: the bulletin goes out with the next run of the sender, "
                        "within minutes."
                    ),
                )
            return HttpResponseRedirect(change_url)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Send this bulletin?"),
            "bulletin": bulletin,
            "recipients": len(recipients(bulletin)),
            "change_url": change_url,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/bulletins/send_confirmation.html", context)


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    """Read-only: readers subscribe and leave by themselves, and their consent is a record."""

    list_display = ("email", "language", "confirmed_at", "unsubscribed_at", "consent_form")
    list_filter = ("language", "unsubscribed_at")
    search_fields = ("email",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
