"""The translation dashboard: what needs translating, per language and per region."""

from django.contrib import admin
from django.db.models import Count, Q
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

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
