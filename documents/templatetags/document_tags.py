from django import template
from django.template.defaultfilters import filesizeformat
from django.utils.translation import ngettext

from documents.presenting import attached_documents

register = template.Library()


@register.filter
def file_line(entry: dict) -> str:
    """What a file is before anyone taps it, in the visitor's language: "PDF, 1.2 MB,
    12 pages" ("PDF, 1,2 Mo, 12 pages" in French). `entry` is a file's facts
    (presenting.file_facts) or a card's summary of one."""
    parts = [entry["format"], str(filesizeformat(entry["size"]))]
    if entry.get("page_count"):
        count = entry["page_count"]
        parts.append(ngettext("%(count)s page", "%(count)s pages", count) % {"count": count})
    return ", ".join(parts)


@register.inclusion_tag("includes/attached_documents.html", takes_context=True)
def documents_of(context, item):
    """The documents a news item or an event attaches, each with its files."""
    return {"attached": attached_documents(item), "LANGUAGE_CODE": context.get("LANGUAGE_CODE")}
