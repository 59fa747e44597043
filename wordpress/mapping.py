"""Which news category or region an old category or tag stands for.

A small default covers the usual names in the four languages; a JSON file given with
`--categories` adds to it or overrides it: `{"comunicados": "press-release", "varios": ""}`
(an empty value: nothing, not even a topic, as WordPress's "Uncategorized" is). A term the
mapping does not know becomes a topic (wordpress/topics.py). Old slugs carry Polylang's
language suffix (`press-releases-es`), which is ignored here.
"""

import json
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from content.models import Region
from news.models import Post
from wordpress.report import Said
from wordpress.wxr import NotAnExport

C, R = Post.Category, Region
DEFAULT_MAPPING = {
    **dict.fromkeys(("news", "noticias", "nouvelles", "actualites", "actualidad"), C.NEWS),
    **dict.fromkeys(("statements", "statement", "declaraciones", "declarations"), C.STATEMENT),
    **dict.fromkeys(
        (
            "press-releases",
            "press-release",
            "comunicados-de-prensa",
            "communiques-de-presse",
            "comunicados",
            "communiques",
            "releases",
        ),
        C.PRESS_RELEASE,
    ),  # fmt: skip
    **dict.fromkeys(("reports", "report", "informes", "rapports", "relatorios"), C.REPORT),
    **dict.fromkeys(
        (
            "in-the-press",
            "press-coverage",
            "media",
            "en-la-prensa",
            "dans-la-presse",
            "na-imprensa",
            "na-midia",
        ),
        C.IN_THE_PRESS,
    ),  # fmt: skip
    **dict.fromkeys(("vacancies", "vacancy", "jobs", "vacantes", "offres-d-emploi"), C.VACANCY),
    **dict.fromkeys(("africa", "afrique"), R.AFRICA),
    **dict.fromkeys(("asia", "asia-pacific", "asie", "asia-pacifico"), R.ASIA_PACIFIC),
    **dict.fromkeys(("europe", "europa"), R.EUROPE),
    **dict.fromkeys(
        ("latin-america", "america-latina", "amerique-latine", "latinoamerica"), R.LATIN_AMERICA
    ),
    **dict.fromkeys(("north-america", "america-del-norte", "amerique-du-nord"), R.NORTH_AMERICA),
    "global": R.GLOBAL,
    # WordPress files a post with no category here: it says nothing about the post.
    **dict.fromkeys(
        ("uncategorized", "sin-categoria", "non-classe", "sem-categoria", "uncategorised"), ""
    ),
}


def load_mapping(path: Path | None) -> dict[str, str]:
    mapping = {key: str(value) for key, value in DEFAULT_MAPPING.items()}
    if path is None:
        return mapping
    try:
        given = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise NotAnExport(
            Said(_("The categories file cannot be read: %(error)s"), error=error)
        ) from None
    allowed = {*C.values, *R.values, ""}
    if not isinstance(given, dict) or not all(
        isinstance(key, str) and value in allowed for key, value in given.items()
    ):
        raise NotAnExport(
            Said(
                _(
                    "The categories file must map old slugs to one of: %(allowed)s, or to an "
                    "empty text for none."
                ),
                allowed=", ".join(sorted(value for value in allowed if value)),
            )
        )
    mapping.update({key.lower(): value for key, value in given.items()})
    return mapping


def split_language_suffix(slug: str) -> tuple[str, str | None]:
    """`recycling-pt-br` as ("recycling", "pt-br"): WordPress adds the language to the slug
    of a term whose name another language already uses. ("recycling", None) without one."""
    for code in sorted((code for code, _name in settings.LANGUAGES), key=len, reverse=True):
        for suffix in (f"-{code}", f"-{code.split('-')[0]}"):
            if slug.endswith(suffix) and len(slug) > len(suffix):
                return slug[: -len(suffix)], code
    return slug, None


def without_language_suffix(slug: str) -> str:
    return split_language_suffix(slug)[0]


def equivalent(slug: str, mapping: dict[str, str]) -> str | None:
    """A category or region value; "" for a term that stands for nothing; None for one
    the mapping does not know (it may become a topic)."""
    slug = slug.lower()
    return mapping.get(slug, mapping.get(without_language_suffix(slug)))
