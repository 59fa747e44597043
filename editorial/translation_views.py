"""Translators' admin pages: what needs translating, and content translation by file."""

from django import forms
from django.contrib import admin
from django.db.models import Count
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from content.kinds import all_kinds, kind_choices
from content.languages import language_codes, native_name, stored_language_codes
from content.models import Content, Region, missing_condition, outdated_condition
from editorial.content_po import ImportLimits, ImportReport, export_po, import_po, too_big
from editorial.roles import limit_to_regions


def translation_dashboard(request):
    """Per region and kind, within the regions the editor works on: how many items are missing
    or outdated in each language. Each number is counted with the condition the admin's
    language filter uses, and links to that list filtered so: it shows exactly those items."""
    # The languages the filter offers: those with columns (a language enabled before its
    # migration has nothing to count yet).
    codes = stored_language_codes()
    counts = {}
    for index, code in enumerate(codes):
        counts[f"missing_{index}"] = Count("pk", filter=missing_condition(code))
        counts[f"outdated_{index}"] = Count("pk", filter=outdated_condition(code))
    items = limit_to_regions(Content.objects.all(), request.user)
    # Counted per kind, each with its own admin list: a count of news and events together
    # could link to no single list of exactly what it counts. Without order_by(), the
    # model's default ordering (publication time) would join the GROUP BY and split each
    # region into one group per item.
    found = items.order_by().values("region", "kind").annotate(total=Count("pk"), **counts)
    counted = {(row["kind"], row["region"]): row for row in found}
    rows = [
        dashboard_row(
            counted[kind.model_label, region.value],
            region,
            f"{kind.model._meta.app_label}_{kind.model._meta.model_name}",
            kind.label,
            codes,
        )
        for region in Region
        for kind in all_kinds()
        if (kind.model_label, region.value) in counted
    ]
    context = {
        **admin.site.each_context(request),
        "title": _("Translation status"),
        "languages": [native_name(code) for code in codes],
        "rows": rows,
    }
    return TemplateResponse(request, "admin/translation_dashboard.html", context)


def dashboard_row(counted: dict, region: Region, model: str, label, codes: list[str]) -> dict:
    cells = [
        {
            "missing": counted[f"missing_{index}"],
            "outdated": counted[f"outdated_{index}"],
            "missing_url": changelist(model, region.value, f"missing-{code}"),
            "outdated_url": changelist(model, region.value, f"outdated-{code}"),
        }
        for index, code in enumerate(codes)
    ]
    return {
        "region": region.label,
        "kind": label,
        "total": counted["total"],
        "url": changelist(model, region.value),
        "cells": cells,
    }


def changelist(model: str, region: str, coverage: str = "") -> str:
    query = {"region__exact": region, **({"coverage": coverage} if coverage else {})}
    return f"{reverse(f'admin:{model}_changelist')}?{urlencode(query)}"


class ExportForm(forms.Form):
    language = forms.ChoiceField(label=gettext_lazy("Language to translate into"))
    region = forms.ChoiceField(
        label=gettext_lazy("Region"),
        required=False,
        choices=[("", gettext_lazy("All regions")), *Region.choices],
    )
    kind = forms.ChoiceField(
        label=gettext_lazy("Kind"),
        required=False,
        choices=[],  # every kind: see __init__
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [(code, native_name(code)) for code in language_codes()]
        self.fields["kind"].choices = [("", gettext_lazy("All kinds")), *kind_choices()]


class ImportForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("Translated PO file"))
    translator = forms.CharField(
        label=gettext_lazy("Translated by"),
        required=False,
        help_text=gettext_lazy(
            "Shown on the pages; taken from the file's Last-Translator if empty."
        ),
    )


def import_upload(data: dict, user) -> ImportReport:
    """Django keeps an upload of any size (on disk past FILE_UPLOAD_MAX_MEMORY_SIZE): its size
    is checked before it is read, and no more than the bound is ever read into memory."""
    limits = ImportLimits.from_settings()
    upload = data["file"]
    if upload.size > limits.max_bytes:
        return ImportReport(errors=[too_big(limits)])
    raw = upload.read(limits.max_bytes + 1)
    if len(raw) > limits.max_bytes:
        return ImportReport(errors=[too_big(limits)])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return ImportReport(errors=[_("The file is not UTF-8 text.")])
    return import_po(text, translator=data["translator"], user=user, limits=limits)


def translation_files(request):
    """Export content that needs translating as a PO file, and import it back translated."""
    export_form = ExportForm(request.GET if "language" in request.GET else None)
    if export_form.is_bound and export_form.is_valid():
        data = export_form.cleaned_data
        po = export_po(
            data["language"], region=data["region"], kind=data["kind"], user=request.user
        )
        response = HttpResponse(str(po), content_type="text/x-gettext-translation; charset=utf-8")
        filename = f"iawp-content-{data['language']}.po"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
    import_form = ImportForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST" and import_form.is_valid():
        report = import_upload(import_form.cleaned_data, request.user)
    context = {
        **admin.site.each_context(request),
        "title": _("Translate content by file"),
        "export_form": export_form,
        "import_form": import_form,
        "report": report,
    }
    return TemplateResponse(request, "admin/translation_files.html", context)
