"""What an import did, told to whoever runs it, in their language.

Lines are gathered while the import runs and put into words only when they are written out
(`Said`): the import switches languages as it makes each text's addresses, and the reader's
language is chosen by the command (`operators_language`).
"""

import os
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wordpress.languages import site_language


class Said:
    """A message of the report and its values, worded in the active language when shown.
    Values are worded then too: they may be Said themselves, or lazy translations."""

    def __init__(self, message, /, **values):
        self.message, self.values = message, values

    def __str__(self) -> str:
        if not self.values:
            return str(self.message)
        return str(self.message) % {name: str(value) for name, value in self.values.items()}

    def __repr__(self) -> str:
        return f"Said({self.message!r}, {self.values!r})"


class Joined:
    """Several Said (or texts) shown as one, `separator` between them."""

    def __init__(self, parts, separator: str = " "):
        self.parts, self.separator = list(parts), separator

    def __str__(self) -> str:
        return self.separator.join(str(part) for part in self.parts)


# The table's rows name what was imported; WordPress's own word for each.
KIND_LABELS = {
    "news": pgettext_lazy("import report", "news"),
    "page": pgettext_lazy("import report", "page"),
    "topic": pgettext_lazy("import report", "topic"),
}


@dataclass
class Report:
    dry_run: bool = False
    # (what, kind, language) -> how many: what is created, updated, kept, skipped
    counts: Counter = field(default_factory=Counter)
    notes: list[tuple[object, Said]] = field(default_factory=list)  # (which entry, what)
    redirects: int = 0
    images: int = 0

    def count(self, what: str, kind: str, language: str) -> None:
        self.counts[(what, kind, language)] += 1

    def note(self, where, message, /, **values) -> None:
        self.notes.append((where, Said(message, **values)))

    def lines(self) -> list[str]:
        """The report as text, in the active language."""
        headings = [
            str(text)
            for text in (
                pgettext_lazy("import report", "kind"),
                pgettext_lazy("import report", "language"),
                pgettext_lazy("import report", "created"),
                pgettext_lazy("import report", "updated"),
                pgettext_lazy("import report", "kept"),
                pgettext_lazy("import report", "skipped"),
            )
        ]
        keys = sorted({(kind, language) for _what, kind, language in self.counts})
        rows = [
            [str(KIND_LABELS.get(kind, kind)), language]
            + [
                str(self.counts[(what, kind, language)])
                for what in ("created", "updated", "kept", "skipped")
            ]
            for kind, language in keys
        ]
        widths = [max(len(row[column]) for row in [headings, *rows]) for column in range(6)]
        lines = [
            " ".join(
                cell.ljust(width) if column < 2 else cell.rjust(width)
                for column, (cell, width) in enumerate(zip(row, widths, strict=True))
            ).rstrip()
            for row in [headings, *rows]
        ]
        lines.append(
            str(
                Said(
                    _("images: %(images)s, old addresses kept: %(redirects)s"),
                    images=self.images,
                    redirects=self.redirects,
                )
            )
        )
        lines += [
            str(Said(_("- %(where)s: %(what)s"), where=where, what=what))
            for where, what in self.notes
        ]
        return lines


def operators_language() -> str:
    """The language the report is written in: that of the shell the command runs in, read
    as every gettext program reads it (LANGUAGE, then LC_ALL, LC_MESSAGES and LANG:
    `es_CL.UTF-8` is Spanish), when the site has it; else the site's default language.

    Not `--language`, which says what language posts without language data are in: a
    secretariat in Chile may import an English export and read the report in Spanish. Not
    LANGUAGE_CODE alone, which is the visitors' default, not the operator's. A shell set to
    no language (`C`, `POSIX`, as in containers), or to one the site has no words in, gets
    the site's default."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for candidate in os.environ.get(variable, "").split(":"):  # LANGUAGE: "pt_BR:pt:en"
            locale = candidate.split(".")[0].split("@")[0].strip()
            if locale not in ("", "C", "POSIX") and (code := site_language(locale)):
                return code
    return settings.LANGUAGE_CODE
