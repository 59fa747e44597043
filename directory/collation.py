"""Sorting names (of countries) as a reader of the visitor's language expects.

Babel has no collation and the server may have no system locales, so this is the part of
the Unicode Collation Algorithm that names in the site's languages need, written out: first
the letters alone (accents, case and punctuation aside: "Égypte" between "Équateur" and
"Érythrée" by their letters, "Österreich" with the O's), then the accents, then the case.
That is what ICU gives for English, Spanish, French and Portuguese names, none of which
rely on a language-specific tailoring: Spanish "ñ" is a letter of its own in ICU's Spanish
order, and no country's name in Spanish begins with it or differs from another only there.
"""

import unicodedata


def collation_key(text: str) -> tuple[str, str, str]:
    decomposed = unicodedata.normalize("NFKD", text)
    letters = "".join(ch for ch in decomposed if ch.isalnum())
    accents = "".join(ch for ch in decomposed if unicodedata.combining(ch))
    return (letters.casefold(), accents, letters.swapcase())


def sorted_by_name(pairs, name=lambda pair: pair[1]) -> list:
    """`pairs` sorted by their name (the second item unless told) for the visitor."""
    return sorted(pairs, key=lambda pair: collation_key(str(name(pair))))
