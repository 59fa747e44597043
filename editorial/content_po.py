"""Translating content by file: export what needs translating as a PO file, import it back.

Translators already work in PO editors (Poedit, Weblate) for the interface; the same tools
serve for content. One entry per field of an item: the original text is the msgid, the
context names the item and field ("news.post:12:body"), and an outdated translation comes
as a fuzzy msgstr to revise. Importing applies exactly those fields, and only while the
original is still the text that was translated; anything wrong in the file stops the whole
import before a single item is written.

A file is untrusted input: it is bounded (size, entries, lines per text, each field's length
and characters as the model allows them, and time) before and while it is read, and over a
bound nothing is applied and the translator is told which bound.
"""

import itertools
import os
import re
import tempfile
import time
from dataclasses import dataclass, field

import polib
import reversion
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import to_language, to_locale

from content import kinds
from content.editing import save_edit
from content.languages import localized_field, native_name, stored_language_codes
from content.models import Content
from content.translation_status import MISSING, NEEDS_WORK, OUTDATED, field_states, tracked_fields
from content.xml_text import validate_single_line, validate_xml_text
from editorial.roles import editable_regions

LANGUAGE_HEADER = "X-IAWP-Language"


def translatable_fields(item) -> tuple[str, ...]:
    """The fields a translator translates: the tracked ones, plus a kind's own (an event's
    organisers and the reason for its change of status)."""
    own = tuple(
        name for name in ("organisers", "status_note") if hasattr(item, localized_field(name, "en"))
    )
    return tracked_fields(item) + own


def context_of(item, field_name: str) -> str:
    return f"{item._meta.label_lower}:{item.pk}:{field_name}"


def items_to_translate(language: str, *, region: str = "", kind: str = "", user=None):
    items = Content.objects.filter(**{f"translation_state__{language}__in": NEEDS_WORK})
    if region:
        items = items.filter(region=region)
    if kind:
        items = items.of_kind(kind)
    if user is not None and (regions := editable_regions(user)) is not None:
        items = items.filter(region__in=regions)
    return items.select_related(*kinds.accessors()).order_by("pk")


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


@dataclass(frozen=True)
class ImportLimits:
    """What one imported file may hold (settings TRANSLATION_IMPORT_*)."""

    max_bytes: int
    max_entries: int
    seconds: float
    # polib joins the pieces of a text by repeated concatenation, so reading one text split
    # over n lines costs n times its length: bounded here, reading stays linear in the file.
    max_lines_per_text: int = 10_000

    @classmethod
    def from_settings(cls) -> "ImportLimits":
        return cls(
            max_bytes=settings.TRANSLATION_IMPORT_MAX_BYTES,
            max_entries=settings.TRANSLATION_IMPORT_MAX_ENTRIES,
            seconds=settings.TRANSLATION_IMPORT_SECONDS,
        )


@dataclass
class ImportReport:
    language: str = ""
    errors: list[str] = field(default_factory=list)  # the whole file was refused
    applied: list[str] = field(default_factory=list)  # "news.post:12:title"
    stale: list[str] = field(default_factory=list)  # original changed since export
    skipped: int = 0  # empty or still fuzzy entries
    missing: list[str] = field(default_factory=list)  # still untranslated in the items touched

    @property
    def ok(self) -> bool:
        return not self.errors


class OutOfTime(Exception):
    """The import went past its time budget; raised inside the transaction to undo it."""


MAX_ERRORS_SHOWN = 50
# Where polib starts a new translation (a line `msgstr "…"` or `msgstr[n] "…"`, also when
# obsolete, after its own stripping of white space) and where it starts an entry: the lines
# between two translations are all that one text, or one entry's comments, can grow by.
# Read from polib 1.2.0's parser; a polib that reads lines differently needs a new look.
TRANSLATION_LINE = re.compile(r"^[^\S\n]*(?:#~[^\S\n]+)?msgstr(?:[^\S\n]+\S|\[)", re.MULTILINE)
ENTRY_LINE = re.compile(r"^[^\S\n]*(?:#~[^\S\n]+)?msgid[^\S\n]+\S", re.MULTILINE)
# Inside a text, what str.splitlines() (used by polib on the header) counts as a line break,
# raw or escaped: the header's lines cost as much as a text's.
LINE_BREAK = re.compile(r"\\[nrvf]|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def too_big(limits: ImportLimits) -> str:
    return _(
        "The file is larger than %(limit)s. Export and import fewer items at a time "
        "(one region or one kind)."
    ) % {"limit": filesizeformat(limits.max_bytes)}


def shown(context: str | None) -> str:
    # A context is the translator's own text: a damaged one must not flood the report.
    context = context or ""
    return context if len(context) <= 80 else context[:79] + "…"


def refusal_before_parsing(text: str, limits: ImportLimits) -> str | None:
    """Why the file is refused before polib reads it, or None. Linear in the file's size."""
    if (
        len(text) > limits.max_bytes
        or len(text.encode("utf-8", "surrogatepass")) > limits.max_bytes
    ):
        return too_big(limits)
    nul = text.find("\x00")
    if nul >= 0:
        return _(
            "Line %(line)d contains a NUL character, which no text may hold: the file is "
            "damaged or is not a PO file."
        ) % {"line": text.count("\n", 0, nul) + 1}
    entries = sum(1 for _match in ENTRY_LINE.finditer(text))
    if entries > limits.max_entries + 1:  # the header is one entry more
        return _(
            "The file has more than %(limit)d entries. Export and import fewer items at a "
            "time (one region or one kind)."
        ) % {"limit": limits.max_entries}
    starts = [0, *(match.start() for match in TRANSLATION_LINE.finditer(text)), len(text)]
    for start, end in itertools.pairwise(starts):
        lines = text.count("\n", start, end) + len(LINE_BREAK.findall(text, start, end))
        if lines > limits.max_lines_per_text:
            return _(
                "The text near line %(line)d runs over more than %(limit)d lines, more than "
                "any page holds: the file is damaged. Export it again."
            ) % {"line": text.count("\n", 0, start) + 1, "limit": limits.max_lines_per_text}
    return None


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


def parse_po(text: str, report: ImportReport, limits: ImportLimits) -> polib.POFile | None:
    # polib reads a file with universal newlines: a lone CR ends a line for it, so it must
    # for the bounds too.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    refusal = refusal_before_parsing(text, limits)
    if refusal:
        report.errors.append(refusal)
        return None
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


def find_item(context: str, found: dict) -> Content | None:
    parts = context.split(":")
    if len(parts) != 3 or not (parts[1].isascii() and parts[1].isdigit()) or len(parts[1]) > 18:
        return None
    if (parts[0], parts[1]) not in found:
        try:
            model = apps.get_model(parts[0])
        except (LookupError, ValueError):
            model = None
        item = None
        if model is not None and issubclass(model, Content):
            item = model._default_manager.filter(pk=int(parts[1])).first()
        found[parts[0], parts[1]] = item  # an item's fields come together: one query each
    return found[parts[0], parts[1]]


def resolve(entry, language: str, user, report: ImportReport, found: dict):
    """The item and field an entry is for, or None with the reason added to the report."""
    context = shown(entry.msgctxt)
    item = find_item(entry.msgctxt or "", found)
    if item is None:
        report.errors.append(_("Unknown item: %(context)s") % {"context": context})
        return None
    name = entry.msgctxt.split(":")[2]
    if name not in translatable_fields(item):
        report.errors.append(_("Unknown field: %(context)s") % {"context": context})
        return None
    if item.original_language == language:
        report.errors.append(
            _("%(context)s is written in this language already.") % {"context": context}
        )
        return None
    regions = editable_regions(user) if user is not None else None
    if regions is not None and item.region not in regions:
        report.errors.append(
            _("%(context)s belongs to a region you do not edit.") % {"context": context}
        )
        return None
    return item, name


def text_problems(model_field, value: str) -> list[str]:
    """What the field's own validators (length, characters) say of `value`, as the admin
    would; a field without a character rule gets the one its kind of text needs."""
    checks = list(model_field.validators)
    own = validate_single_line if isinstance(model_field, models.CharField) else validate_xml_text
    if own not in checks:
        checks.append(own)
    problems = []
    for check in checks:
        try:
            check(value)
        except ValidationError as error:
            problems.extend(error.messages)
    return problems


def out_of_time(limits: ImportLimits) -> str:
    return _(
        "The file took longer than %(seconds)d seconds to check and apply, and nothing was "
        "applied. Export and import fewer items at a time (one region or one kind)."
    ) % {"seconds": limits.seconds}


def import_po(
    text: str,
    *,
    translator: str = "",
    user=None,
    dry_run: bool = False,
    limits: ImportLimits | None = None,
) -> ImportReport:
    """Check the whole file, then apply it in one transaction; over any bound (size, entries,
    a field's length, time), nothing is applied and the report says which bound."""
    limits = limits or ImportLimits.from_settings()
    deadline = time.monotonic() + limits.seconds
    report = ImportReport()
    po = parse_po(text, report, limits)
    if po is None:
        return report
    if len(po) > limits.max_entries:
        report.errors.append(
            _(
                "The file has more than %(limit)d entries. Export and import fewer items at a "
                "time (one region or one kind)."
            )
            % {"limit": limits.max_entries}
        )
        return report
    language = report.language
    found: dict = {}
    changes: dict[tuple[str, int], tuple[Content, dict[str, str]]] = {}
    for entry in po:
        if time.monotonic() > deadline:
            report.errors = [out_of_time(limits)]
            return report
        if len(report.errors) >= MAX_ERRORS_SHOWN:
            report.errors.append(_("There are more problems: correct these first."))
            break
        if entry.obsolete:
            continue
        target = resolve(entry, language, user, report, found)
        if target is None:
            continue
        item, name = target
        if not entry.msgstr or entry.fuzzy:
            report.skipped += 1
            continue
        if item.text_in(name, item.original_language) != entry.msgid:
            report.stale.append(entry.msgctxt)
            continue
        column = item._meta.get_field(localized_field(name, language))
        for problem in text_problems(column, entry.msgstr):
            report.errors.append(
                _("%(context)s: %(problem)s")
                % {"context": shown(entry.msgctxt), "problem": problem}
            )
        key = (item._meta.label_lower, item.pk)
        changes.setdefault(key, (item, {}))[1][name] = entry.msgstr
    credit = translator or po.metadata.get("Last-Translator", "").split("<")[0].strip()
    if credit and changes:
        credit_field = Content._meta.get_field(localized_field("translator", language))
        label = _("Translated by") if translator else "Last-Translator"
        for problem in text_problems(credit_field, credit):
            report.errors.append(
                _("%(context)s: %(problem)s") % {"context": label, "problem": problem}
            )
    if report.errors:
        return report
    report.applied = [
        context_of(item, name) for item, fields in changes.values() for name in fields
    ]
    if dry_run:
        return report
    try:
        with transaction.atomic():
            for item, fields in changes.values():
                if time.monotonic() > deadline:
                    raise OutOfTime
                for name, value in fields.items():
                    setattr(item, localized_field(name, language), value)
                if credit:
                    setattr(item, localized_field("translator", language), credit)
                # Each item's import is a revision of its own, credited to the translator:
                # the history shows it, and restoring an older version can keep it.
                with reversion.create_revision():
                    save_edit(item)  # cleans rich text, records the translation date and state
                    if user is not None and user.is_authenticated:
                        reversion.set_user(user)
                    reversion.set_comment(
                        _("Translated into %(language)s by file (%(translator)s).")
                        % {"language": native_name(language), "translator": credit or "-"}
                    )
                report.missing += [
                    context_of(item, name)
                    for name, state in field_states(item, language).items()
                    if state == MISSING
                ]
    except OutOfTime:
        report.applied = []
        report.errors = [out_of_time(limits)]
    return report
