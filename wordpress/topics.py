"""Old tags and categories that stand for no news category or region become topics.

In Polylang and WPML a tag exists once per language. Which terms are one tag is found, most
trusted first, from Polylang's groups of translated terms (a `term_translations` term whose
description lists each language's term id), then from the suffix WordPress gives the slug of
a term whose name another language already uses (`recycling`, `recycling-es`,
`recycling-pt-br`). A term's language comes from the same places, else from the posts that
carry it.

Each tag then becomes one topic: the one this import made of it before (ImportedTerm, so an
editor may rename it), else one the site has with the same slug or name in any language,
else a new one with the tag's name in each of its languages. A topic that exists is only
linked, never changed: the committee owns its texts.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

import reversion
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from content.editing import save_edit
from content.languages import language_codes, localized_field
from content.models import Status
from directory.models import Topic
from wordpress.languages import site_language
from wordpress.mapping import split_language_suffix
from wordpress.models import ImportedTerm
from wordpress.report import Joined, Report, Said
from wordpress.wxr import TermDefinition

TAXONOMIES = {"post_tag": _("tag"), "category": _("category")}
# Polylang stores a group as a PHP-serialised array, a:2:{s:2:"en";i:21;s:2:"es";i:22;}.
# Only this one flat shape occurs, so a pattern reads it: no PHP unserialiser is needed.
SERIALISED_PAIR = re.compile(r's:\d+:"([A-Za-z_-]+)";i:(\d+);')
TITLE_LENGTH = Topic._meta.get_field("title").max_length

TermKey = tuple[str, str]  # (taxonomy, slug)


@dataclass
class OldTerm:
    taxonomy: str
    slug: str
    name: str
    language: str | None = None  # from Polylang or the slug's suffix, when they say
    post_languages: Counter = field(default_factory=Counter)
    public: bool = False  # carried by a public post
    first_used: datetime | None = None

    @property
    def key(self) -> TermKey:
        return (self.taxonomy, self.slug)

    @property
    def best_language(self) -> str | None:
        if self.language:
            return self.language
        return self.post_languages.most_common(1)[0][0] if self.post_languages else None

    def label(self) -> Said:
        return Said(_("%(taxonomy)s %(slug)s"), taxonomy=TAXONOMIES[self.taxonomy], slug=self.slug)


@dataclass
class TermGroup:
    """The terms that are one tag in several languages."""

    terms: list[OldTerm]

    def names(self) -> dict[str, str]:
        """Each language's name; where two terms share a language, the first one's."""
        names = {}
        for term in self.terms:
            language = term.best_language
            if language and language not in names and term.name:
                names[language] = " ".join(term.name.split())[:TITLE_LENGTH]
        return names

    def label(self) -> Joined:
        return Joined((term.label() for term in self.terms), ", ")


def polylang_translations(definitions: list[TermDefinition]) -> dict[TermKey, tuple[str, str]]:
    """(taxonomy, slug) -> (its group's name, its language), from Polylang's term groups."""
    by_id = {definition.id: definition for definition in definitions}
    found = {}
    for group in definitions:
        if group.taxonomy != "term_translations":
            continue
        for language, number in SERIALISED_PAIR.findall(group.description):
            term = by_id.get(int(number))
            if term is not None:  # Polylang names languages by its own slugs: "pt"
                found[(term.taxonomy, term.slug)] = (group.slug, site_language(language))
    return found


def grouped(terms: list[OldTerm], polylang: dict[TermKey, tuple[str, str]]) -> list[TermGroup]:
    """Terms joined into tags: a small union-find over Polylang's groups and slug bases."""
    parent: dict = {}

    def root(node):
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for term in terms:
        base, _suffix_language = split_language_suffix(term.slug)
        parent[root(("base", base))] = root(term.key)
        if term.key in polylang:
            parent[root(("polylang", polylang[term.key][0]))] = root(term.key)
    groups: dict = {}
    for term in terms:
        groups.setdefault(root(term.key), []).append(term)
    return [TermGroup(terms=members) for members in groups.values()]


def existing_topic(group: TermGroup) -> Topic | None:
    """A topic of the site with one of the group's slugs or names, in any language."""
    slugs = set()
    for term in group.terms:
        slugs |= {term.slug, split_language_suffix(term.slug)[0], slugify(term.name)}
    slugs.discard("")
    condition = Q()
    for code in language_codes():
        condition |= Q(**{f"{localized_field('slug', code)}__in": slugs})
        for name in group.names().values():
            condition |= Q(**{f"{localized_field('title', code)}__iexact": name})
    return Topic.objects.filter(condition).order_by("pk").first()


class TopicMaker:
    """Gathers the terms of the imported posts, then makes or finds a topic for each tag."""

    def __init__(self, *, report: Report, definitions, default_language: str, overwrite: bool,
                 free_slug):  # fmt: skip
        self.report, self.default_language, self.overwrite = report, default_language, overwrite
        self.free_slug = free_slug  # (model, item, language, wanted) -> a slug nobody uses
        self.polylang = polylang_translations(definitions)
        self.terms: dict[TermKey, OldTerm] = {}
        self.topics: dict[TermKey, Topic] = {}  # what each term became

    def add(self, taxonomy: str, slug: str, name: str, *, language: str, public: bool,
            when: datetime) -> None:  # fmt: skip
        term = self.terms.get((taxonomy, slug))
        if term is None:
            suffix_language = split_language_suffix(slug)[1]
            polylang_language = self.polylang.get((taxonomy, slug), ("", None))[1]
            term = OldTerm(taxonomy, slug, name, language=polylang_language or suffix_language)
            self.terms[term.key] = term
        term.post_languages[language] += 1
        term.public |= public
        term.first_used = min(when, term.first_used or when)

    def language_of(self, key: TermKey) -> str | None:
        term = self.terms.get(key)
        return term.best_language if term else None

    def make(self) -> None:
        for group in grouped(list(self.terms.values()), self.polylang):
            topic = self.topic_for(group)
            if topic is not None:
                for term in group.terms:
                    self.topics[term.key] = topic
                    ImportedTerm.objects.update_or_create(
                        taxonomy=term.taxonomy, slug=term.slug, defaults={"topic": topic}
                    )

    def topic_for(self, group: TermGroup) -> Topic | None:
        records = list(
            ImportedTerm.objects.filter(
                Q(*[Q(taxonomy=t.taxonomy, slug=t.slug) for t in group.terms], _connector=Q.OR)
            ).select_related("topic")
        )
        made_before = next((record.topic for record in records if record.topic), None)
        if made_before is not None:
            self.count("kept", group)
            return made_before
        if records and not self.overwrite:  # made by an earlier run, deleted by an editor
            self.count("kept", group)
            self.report.note(
                group.label(),
                _("no topic: the one made of it before was deleted on this site since "
                  "(--overwrite makes it again)"),
            )  # fmt: skip
            return None
        found = existing_topic(group)
        if found is not None:
            self.count("kept", group)
            self.report.note(
                group.label(),
                _("linked to the topic “%(topic)s” the site already has"),
                topic=found.localized().title,
            )
            return found
        return self.new_topic(group)

    def new_topic(self, group: TermGroup) -> Topic | None:
        names = group.names()
        if not names:
            return None
        languages = list(names)
        original = self.default_language if self.default_language in names else languages[0]
        topic = Topic(
            original_language=original,
            topic_type=Topic.Type.THEME,
            status=Status.PUBLISHED if any(t.public for t in group.terms) else Status.DRAFT,
            published_at=min(t.first_used for t in group.terms if t.first_used),
        )
        for code, name in names.items():
            setattr(topic, localized_field("title", code), name)
            # Its name in that language, else its old slug less the language's suffix.
            wanted = slugify(name) or next(
                split_language_suffix(t.slug)[0] for t in group.terms if t.best_language == code
            )
            setattr(
                topic, localized_field("slug", code), self.free_slug(Topic, topic, code, wanted)
            )
        try:
            topic.full_clean(exclude=["image"])
        except ValidationError as error:
            self.count("skipped", group)
            self.report.note(group.label(), _("no topic: %(problems)s"), problems=problems(error))
            return None
        with reversion.create_revision():
            save_edit(topic)
            reversion.set_comment("Imported from WordPress")
        self.count("created", group)
        self.report.note(
            group.label(),
            _("became the topic “%(topic)s” (%(languages)s)"),
            topic=names[original],
            languages=", ".join(languages),
        )
        return topic

    def count(self, what: str, group: TermGroup) -> None:
        for language in dict.fromkeys(t.best_language for t in group.terms if t.best_language):
            self.report.count(what, "topic", language)


def problems(error: ValidationError) -> Joined:
    """A refused item's problems, worded when the report is shown."""
    return Joined(
        (
            Said(
                _("%(field)s: %(problem)s"),
                field=name,
                problem=Joined(Said(e.message, **(e.params or {})) for e in errors),
            )
            for name, errors in error.error_dict.items()
        ),
        "; ",
    )
