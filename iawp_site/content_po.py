"""Translating content by file: export what needs translating as a PO file, import it back.

Translators already work in PO editors (Poedit, Weblate) for the interface; the same tools
serve for content. One entry per field of an item: the original text is the msgid, the
context names the item and field ("news.post:12:body"), and an outdated translation comes
as a fuzzy msgstr to revise. Importing applies exactly those fields, and only while the
original is still the text that was translated; anything wrong in the file stops the whole
import before a single item is written.
"""

import os
import tempfile
from dataclasses import dataclass, field

import polib
from django.apps import apps
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import to_language, to_locale

from .languages import localized_field, stored_language_codes
from .models import Content
from .roles import editable_regions
from .translation_status import NEEDS_WORK, OUTDATED, field_states, tracked_fields

KINDS = {"news": "news.post", "events": "events.event"}
LANGUAGE_HEADER = "X-IAWP-Language"


def translatable_fields(item) -> tuple[str, ...]:
    """The fields a translator translates: the tracked ones, plus a kind's own (organisers)."""
    own = tuple(name for name in ("organisers",) if hasattr(item, localized_field(name, "en")))
    return tracked_fields(item) + own


def context_of(item, field_name: str) -> str:
    return f"{item._meta.label_lower}:{item.pk}:{field_name}"


def items_to_translate(language: str, *, region: str = "", kind: str = "", user=None):
    items = Content.objects.filter(**{f"translation_state__{language}__in": NEEDS_WORK})
    if region:
        items = items.filter(region=region)
    if kind:
        app_label, model = KINDS[kind].split(".")
        items = items.filter(**{f"{model}__isnull": False})
    if user is not None and (regions := editable_regions(user)) is not None:
        items = items.filter(region__in=regions)
    return items.select_related("post", "event").order_by("pk")


def export_po(language: str, *, region: str = "", kind: str = "", user=None) -> polib.POFile:
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "IAWP site content",
        "POT-Creation-Date": timezone.now().strftime("%Y-%m-%d %H:%M%z"),
        "Language": to_locale(language),
        LANGUAGE_HEADER: language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    for row in items_to_translate(language, region=region, kind=kind, user=user):
        item = row.specific
        states = field_states(item, language)
        original_title = item.text_in("title", item.original_language)
        for name in translatable_fields(item):
            original = item.text_in(name, item.original_language)
            current = item.text_in(name, language)
            needs_work = states.get(name) in NEEDS_WORK or (original and not current)
            if not original or not needs_work:
                continue
            entry = polib.POEntry(
                msgctxt=context_of(item, name),
                msgid=original,
                msgstr=current,
                comment=f"{item._meta.verbose_name}: {original_title}",
                tcomment=_("Original language: %(language)s")
                % {"language": item.original_language},
            )
            if current and states.get(name) == OUTDATED:
                entry.flags.append("fuzzy")  # the old translation, to revise
            po.append(entry)
    return po


@dataclass
class ImportReport:
    language: str = ""
    errors: list[str] = field(default_factory=list)  # the whole file was refused
    applied: list[str] = field(default_factory=list)  # "news.post:12:title"
    stale: list[str] = field(default_factory=list)  # original changed since export
    skipped: int = 0  # empty or still fuzzy entries

    @property
    def ok(self) -> bool:
        return not self.errors


def read_po(text: str) -> polib.POFile:
    """polib splits a string with str.splitlines(), which also breaks lines at U+2028 and
    other separators that can sit inside a text pasted from a word processor; read from a
    file, only real line ends count."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".po", delete=False) as file:
        file.write(text)
    try:
        return polib.pofile(file.name)
    finally:
        os.unlink(file.name)


def parse_po(text: str, report: ImportReport) -> polib.POFile | None:
    try:
        po = read_po(text)
    except (OSError, ValueError, UnicodeError) as error:
        report.errors.append(_("This is not a PO file we can read: %(error)s") % {"error": error})
        return None
    language = po.metadata.get(LANGUAGE_HEADER) or to_language(po.metadata.get("Language", ""))
    if language not in stored_language_codes():
        report.errors.append(
            _("The file does not say which site language it is in (header “Language”).")
        )
        return None
    report.language = language
    return po


def resolve(entry, language: str, user, report: ImportReport):
    """The item and field an entry is for, or None with the reason added to the report."""
    parts = (entry.msgctxt or "").split(":")
    item = None
    if len(parts) == 3 and parts[1].isdigit():
        try:
            model = apps.get_model(parts[0])
        except (LookupError, ValueError):
            model = None
        if model is not None and issubclass(model, Content):
            item = model._default_manager.filter(pk=int(parts[1])).first()
    if item is None:
        report.errors.append(_("Unknown item: %(context)s") % {"context": entry.msgctxt})
        return None
    name = parts[2]
    if name not in translatable_fields(item):
        report.errors.append(_("Unknown field: %(context)s") % {"context": entry.msgctxt})
        return None
    if item.original_language == language:
        report.errors.append(
            _("%(context)s is written in this language already.") % {"context": entry.msgctxt}
        )
        return None
    regions = editable_regions(user) if user is not None else None
    if regions is not None and item.region not in regions:
        report.errors.append(
            _("%(context)s belongs to a region you do not edit.") % {"context": entry.msgctxt}
        )
        return None
    return item, name


def import_po(text: str, *, translator: str = "", user=None, dry_run: bool = False) -> ImportReport:
    report = ImportReport()
    po = parse_po(text, report)
    if po is None:
        return report
    language = report.language
    changes: dict[tuple[str, int], tuple[Content, dict[str, str]]] = {}
    for entry in po:
        if entry.obsolete:
            continue
        target = resolve(entry, language, user, report)
        if target is None:
            continue
        item, name = target
        if not entry.msgstr or entry.fuzzy:
            report.skipped += 1
            continue
        if item.text_in(name, item.original_language) != entry.msgid:
            report.stale.append(entry.msgctxt)
            continue
        key = (item._meta.label_lower, item.pk)
        changes.setdefault(key, (item, {}))[1][name] = entry.msgstr
    if report.errors:
        return report
    report.applied = [
        context_of(item, name) for item, fields in changes.values() for name in fields
    ]
    if dry_run:
        return report
    credit = translator or po.metadata.get("Last-Translator", "").split("<")[0].strip()
    with transaction.atomic():
        for item, fields in changes.values():
            for name, text in fields.items():
                setattr(item, localized_field(name, language), text)
            if credit:
                setattr(item, localized_field("translator", language), credit)
            item.save()  # sanitises rich text, records the translation date and state
    return report
