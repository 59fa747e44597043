"""Translators' admin pages: what needs translating, and content translation by file."""

from django import forms
from django.contrib import admin
from django.db.models import Count, Q
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from .content_po import ImportReport, export_po, import_po
from .languages import language_codes, native_name
from .models import Content, Region
from .roles import limit_to_regions
from .translation_status import MISSING, OUTDATED


def translation_dashboard(request):
    """Counts of items missing or outdated in each language, per region, within the regions
    the editor works on, each linking to the filtered news and events lists."""
    codes = language_codes()
    counts = {}
    for index, code in enumerate(codes):
        key = f"translation_state__{code}"
        counts[f"missing_{index}"] = Count("pk", filter=Q(**{key: MISSING}))
        counts[f"outdated_{index}"] = Count("pk", filter=Q(**{key: OUTDATED}))
    items = limit_to_regions(Content.objects.all(), request.user)
    by_region = {
        row["region"]: row for row in items.values("region").annotate(total=Count("pk"), **counts)
    }
    rows = []
    for region in Region:
        if region.value not in by_region:
            continue
        row = by_region[region.value]
        cells = [
            {
                "missing": row[f"missing_{index}"],
                "outdated": row[f"outdated_{index}"],
                "news_url": changelist("news_post", region.value, code),
                "events_url": changelist("events_event", region.value, code),
            }
            for index, code in enumerate(codes)
        ]
        rows.append({"region": region.label, "total": row["total"], "cells": cells})
    context = {
        **admin.site.each_context(request),
        "title": _("Translation status"),
        "languages": [native_name(code) for code in codes],
        "rows": rows,
    }
    return TemplateResponse(request, "admin/translation_dashboard.html", context)


def changelist(model: str, region: str, language: str) -> str:
    query = urlencode({"region__exact": region, "coverage": f"needs-{language}"})
    return f"{reverse(f'admin:{model}_changelist')}?{query}"


class ExportForm(forms.Form):
    language = forms.ChoiceField(label=_lazy("Language to translate into"))
    region = forms.ChoiceField(
        label=_lazy("Region"), required=False, choices=[("", _lazy("All regions")), *Region.choices]
    )
    kind = forms.ChoiceField(
        label=_lazy("Kind"),
        required=False,
        choices=[
            ("", _lazy("News and events")),
            ("news", _lazy("News")),
            ("events", _lazy("Events")),
        ],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [(code, native_name(code)) for code in language_codes()]


class ImportForm(forms.Form):
    file = forms.FileField(label=_lazy("Translated PO file"))
    translator = forms.CharField(
        label=_lazy("Translated by"),
        required=False,
        help_text=_lazy("Shown on the pages; taken from the file's Last-Translator if empty."),
    )


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
        raw = import_form.cleaned_data["file"].read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = None
        report = (
            import_po(text, translator=import_form.cleaned_data["translator"], user=request.user)
            if text is not None
            else ImportReport(errors=[_("The file is not UTF-8 text.")])
        )
    context = {
        **admin.site.each_context(request),
        "title": _("Translate content by file"),
        "export_form": export_form,
        "import_form": import_form,
        "report": report,
    }
    return TemplateResponse(request, "admin/translation_files.html", context)
