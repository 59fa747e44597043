"""Characters that XML cannot carry: removed where XML is written, refused where text is saved.

XML 1.0 allows tab, line feed, carriage return and every character from U+0020 up, except
the surrogates and U+FFFE, U+FFFF. One forbidden character in one title used to break the
RSS and Atom feeds for every reader (Django's feed writer refuses it), so whatever writes
XML, a calendar file or an email passes its text through `xml_safe()`; and the validators
below keep such characters out of the database in the first place (admin forms, PO import).
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

FORBIDDEN_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# A one-line field (a title, an image description, a credit) has no use for any control
# character at all, tabs and line breaks included: they break email subjects and headings.
FORBIDDEN_IN_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """`text` without the characters XML 1.0 forbids; anything else is left as it is."""
    return FORBIDDEN_IN_XML.sub("", text) if text else text


def character_name(character: str) -> str:
    # "U+000B", with the Unicode name where it has one, so a translator can find it.
    name = unicodedata.name(character, "")
    code = f"U+{ord(character):04X}"
    return f"{code} {name}" if name else code


def validate_single_line(value: str) -> None:
    refuse_first(
        FORBIDDEN_IN_ONE_LINE,
        value,
        _(
            "This text must be one line, without tabs, line breaks or other control "
            "characters (found %(character)s at character %(position)d). It often comes "
            "with text pasted from another program: delete it and save again."
        ),
    )


def validate_xml_text(value: str) -> None:
    refuse_first(
        FORBIDDEN_IN_XML,
        value,
        _(
            "This text contains a control character (%(character)s at character "
            "%(position)d) that pages, feeds and emails cannot carry. It often comes with "
            "text pasted from another program: delete it and save again."
        ),
    )


def refuse_first(pattern, value: str, message) -> None:
    """Refuse `value` at the first character `pattern` finds, naming it and where it is."""
    found = pattern.search(value or "")
    if found:
        raise ValidationError(
            message,
            code="control_character",
            params={"character": character_name(found.group()), "position": found.start() + 1},
        )
