"""Importing a WordPress export: posts as news items, pages as standing pages, their
languages joined into one item each, their pictures, and every old address kept.

One plain function, `import_export`, called by `manage.py import_wordpress`. It works in one
transaction: a file that cannot be read imports nothing, an error half-way rolls every row
back and removes every file written, and a dry run does the whole work and then rolls it
back, so its report says exactly what a real run would do. Each item is saved as an edit
(content.editing.save_edit: translation status, renditions, search index) in a revision of
its own, so the history shows where it came from.
"""

import hashlib
import html
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import reversion
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from content.editing import save_edit
from content.languages import language_codes, localized_field
from content.models import Content, Region, Status
from news.models import Post
from pages.models import Page
from redirects.models import Redirect, normal_path, without_language
from wordpress import html as wordpress_html
from wordpress.images import ImageRefused, Uploads, image_markup, upload_path
from wordpress.languages import site_language
from wordpress.mapping import equivalent, load_mapping
from wordpress.models import ImportedEntry
from wordpress.report import Report, Said
from wordpress.topics import TAXONOMIES, TopicMaker, problems
from wordpress.wxr import Entry, Export, read_export

PUBLIC, DRAFT = "public", "draft"
PICTURE_FILE = re.compile(r"\.(jpe?g|png|gif|webp)$", re.IGNORECASE)
STATUS = {"publish": PUBLIC, "future": PUBLIC, "draft": DRAFT, "pending": DRAFT, "private": DRAFT}
KINDS = {"post": "news", "page": "page"}
COMMENT = "Imported from WordPress"
TITLE_LENGTH = Content._meta.get_field("title").max_length


@dataclass
class Group:
    """The entries of one translation group: one item, a text per language."""

    kind: str
    entries: dict[str, Entry]  # language -> entry
    status: str = PUBLIC

    @property
    def original(self) -> Entry:
        return min(self.entries.values(), key=lambda entry: (entry.published, entry.id))

    @property
    def original_language(self) -> str:
        return next(code for code, entry in self.entries.items() if entry is self.original)


def plain(text: str) -> str:
    """A title or excerpt as plain text: tags and entities gone, spaces made single."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text or "")).split())


POST_TYPES = {
    "post": pgettext_lazy("WordPress", "post"),
    "page": pgettext_lazy("WordPress", "page"),
}


def entry_name(entry: Entry) -> Said:
    return Said(
        _("%(type)s %(id)s “%(title)s”"),
        type=POST_TYPES.get(entry.post_type, entry.post_type),
        id=entry.id,
        title=plain(entry.title)[:60],
    )


class Importer:
    def __init__(self, export: Export, *, uploads: Uploads, overwrite: bool, language: str,
                 mapping: dict[str, str], report: Report):  # fmt: skip
        self.export, self.uploads, self.overwrite = export, uploads, overwrite
        self.default_language, self.mapping, self.report = language, mapping, report
        self.hosts = {urlsplit(url).netloc.lower() for url in (export.site_url,) if url}
        self.hosts |= {urlsplit(entry.link).netloc.lower() for entry in export.entries}
        self.hosts.discard("")
        self.new_addresses: dict[str, str] = {}  # old address (normal_path) -> new one
        self.topic_maker = TopicMaker(
            report=report,
            definitions=export.terms,
            default_language=language,
            overwrite=overwrite,
            free_slug=self.free_slug,
        )

    # --- reading the groups ---------------------------------------------------------------

    def language_of(self, entry: Entry) -> tuple[str | None, str | None]:
        """The entry's language and translation group, from Polylang, WPML or neither."""
        polylang = entry.terms_of("language")
        wpml = entry.meta.get("_wpml_import_language_code") or entry.meta.get("_wpml_language")
        if polylang:
            group = next((term.slug for term in entry.terms_of("post_translations")), None)
            return site_language(polylang[0].slug), group
        if wpml:
            return site_language(wpml), entry.meta.get("_wpml_import_translation_group")
        return self.default_language, None

    def groups(self) -> list[Group]:
        groups: dict[tuple, Group] = {}
        without_language = 0
        others: Counter = Counter()
        for entry in sorted(self.export.entries, key=lambda entry: (entry.published, entry.id)):
            kind = KINDS.get(entry.post_type)
            if kind is None:
                others[entry.post_type] += 1
                continue
            status = STATUS.get(entry.status)
            if status is None:  # trash, auto-draft, inherit
                self.report.count("skipped", kind, "-")
                self.report.note(
                    entry_name(entry),
                    _("not imported: its status is “%(status)s”"),
                    status=entry.status,
                )
                continue
            language, group_key = self.language_of(entry)
            if language is None:
                self.report.count("skipped", kind, "-")
                self.report.note(
                    entry_name(entry), _("not imported: in a language the site does not have")
                )
                continue
            if not (entry.terms_of("language") or "_wpml_import_language_code" in entry.meta):
                without_language += 1
            key = (entry.post_type, group_key or f"single-{entry.id}")
            group = groups.setdefault(key, Group(kind=kind, entries={}))
            if language in group.entries:
                self.report.count("skipped", kind, language)
                self.report.note(
                    entry_name(entry),
                    _(
                        "not imported: its translation group already has a text in "
                        "%(language)s (%(other)s)"
                    ),
                    language=language,
                    other=group.entries[language].id,
                )
                continue
            group.entries[language] = entry
        for post_type, number in sorted(others.items()):
            self.report.note(f"{number} × {post_type}", _("not imported: not a post or a page"))
        if without_language:
            self.report.note(
                Said(_("%(number)s entries"), number=without_language),
                _("had no language data: taken as %(language)s"),
                language=self.default_language,
            )
        return [self.settle_status(group) for group in groups.values()]

    def settle_status(self, group: Group) -> Group:
        """The most public status of the group is the item's: a text that was a draft while
        another language was public stays out of the public item, and is reported."""
        statuses = {code: STATUS[entry.status] for code, entry in group.entries.items()}
        group.status = PUBLIC if PUBLIC in statuses.values() else DRAFT
        for code, status in statuses.items():
            if status != group.status:
                entry = group.entries.pop(code)
                self.report.count("skipped", group.kind, code)
                self.report.note(
                    entry_name(entry),
                    _("not imported: a draft in WordPress while its other languages are public"),
                )
        return group

    # --- addresses ------------------------------------------------------------------------

    def old_addresses(self, entry: Entry) -> list[str]:
        link = normal_path(entry.link) if entry.link else None
        by_number = f"?{'p' if entry.post_type == 'post' else 'page_id'}={entry.id}"
        found = [by_number]
        if link and not link.startswith("?"):
            found += [link, without_language(link)]
            if entry.post_type == "post" and entry.slug:
                day = entry.published.strftime("/%Y/%m/%d/")
                prefix = link[: len(link) - len(without_language(link))]
                found += [
                    normal_path(f"{prefix}{day}{entry.slug}/"),
                    normal_path(f"{day}{entry.slug}/"),
                ]
        guid = normal_path(entry.guid) if entry.guid else ""
        if guid.startswith("?"):
            found.append(guid)
        return list(dict.fromkeys(found))

    def new_link(self, href: str, entry: Entry) -> str | None:
        """Where a link of `entry`'s text leads now: an imported post's new address, this
        site's copy of an old picture ("" to drop the link), or None to keep it."""
        relative = upload_path(href)
        if relative and PICTURE_FILE.search(relative):
            return self.linked_picture(relative, entry)
        parts = urlsplit(href)
        if parts.scheme not in ("", "http", "https") or (
            parts.netloc and parts.netloc.lower() not in self.hosts
        ):
            return None
        if not (parts.path or parts.query) or (
            not parts.netloc and not href.startswith(("/", "?"))
        ):
            return None
        old = normal_path(href)
        return self.new_addresses.get(old) or self.new_addresses.get(without_language(old))

    def linked_picture(self, relative: str, entry: Entry) -> str:
        """A link to a picture of the old uploads ("see it full size") leads to this site's
        copy, checked and without its metadata as an upload is. Left to the old site, it
        would serve the original, camera and location data included, for as long as that
        site stays up; a picture that cannot be copied loses its link, and is reported."""
        try:
            image = self.uploads.stored(relative)
        except ImageRefused as error:
            self.report.note(
                entry_name(entry), _("link to a picture left out: %(why)s"), why=error.said
            )
            return ""
        self.report.images += 1
        return default_storage.url(image.name)

    # --- one group ------------------------------------------------------------------------

    def existing(self, group: Group) -> tuple[list[ImportedEntry], object | None]:
        condition = Q()
        for entry in group.entries.values():
            condition |= Q(wordpress_id=entry.id, guid=entry.guid) | Q(guid=entry.guid)
        records = list(ImportedEntry.objects.filter(condition).select_related("content", "page"))
        targets = [record.content or record.page for record in records]
        return records, next((target for target in targets if target is not None), None)

    def changed_since(self, records: list[ImportedEntry], target) -> bool:
        if target is None:
            return bool(records)  # deleted on this site since
        if isinstance(target, Page):
            return any(
                record.fingerprint != page_fingerprint(target)
                for record in records
                if record.page_id
            )
        return any(
            record.edit_version != target.edit_version for record in records if record.content_id
        )

    def plan(self, group: Group):
        """The item the group becomes (new or its earlier import), with each language's
        address known before anything is saved, so links between posts can be rewritten."""
        records, target = self.existing(group)
        name = entry_name(group.original)
        if records and self.changed_since(records, target):
            reason = (
                _("deleted on this site since the last import")
                if target is None
                else _("changed by an editor since the last import")
            )
            if not self.overwrite:
                for code in group.entries:
                    self.report.count("kept", group.kind, code)
                self.report.note(
                    name, _("not updated: %(reason)s (--overwrite replaces it)"), reason=reason
                )
                return None
            self.report.note(name, _("replaced although %(reason)s (--overwrite)"), reason=reason)
        model = Post if group.kind == "news" else Page
        item = target.specific if isinstance(target, Content) else target
        if item is None:
            item = model(key=f"wordpress-{group.original.id}") if model is Page else model()
        for code, entry in group.entries.items():
            slug = item.text_in("slug", code) if item.pk else ""
            if not slug:
                wanted = slugify(unquote(entry.slug)) or slugify(plain(entry.title))
                slug = self.free_slug(model, item, code, wanted)
                setattr(item, localized_field("slug", code), slug)
            with translation.override(code):
                url = reverse("news:detail" if model is Post else "page", kwargs={"slug": slug})
            for old in self.old_addresses(entry):
                self.new_addresses.setdefault(old, url)
        return item, records

    def free_slug(self, model, item, language: str, wanted: str) -> str:
        """`wanted`, or `wanted-2`, ...: a slug no other item of `model` has in `language`."""
        base = wanted[:180].strip("-") or "item"
        column = localized_field("slug", language)
        taken = (
            set(
                model._default_manager.exclude(pk=item.pk)
                .filter(**{f"{column}__startswith": base})
                .values_list(column, flat=True)
            )
            | self.planned_slugs[(model, language)]
        )
        slug, number = base, 2
        while slug in taken or slug in getattr(model, "reserved_slugs", ()):
            slug, number = f"{base}-{number}", number + 1
        self.planned_slugs[(model, language)].add(slug)
        return slug

    def fill(self, group: Group, item, previous_source: str) -> bool:
        """The group's texts and settings on the item; False when it cannot be imported."""
        original = group.original
        item.original_language = group.original_language
        for code, entry in group.entries.items():
            title = plain(entry.title) or plain(entry.slug) or str(entry.id)
            if len(title) > TITLE_LENGTH:
                self.report.note(
                    entry_name(entry),
                    _("title shortened to %(length)s characters"),
                    length=TITLE_LENGTH,
                )
                title = title[: TITLE_LENGTH - 1].rstrip() + "…"
            setattr(item, localized_field("title", code), title)
            setattr(item, localized_field("summary", code), plain(entry.excerpt))
            body = wordpress_html.convert(
                entry.body,
                place_image=lambda source, alt, entry=entry: self.inline_image(entry, source, alt),
                new_link=lambda href, entry=entry: self.new_link(href, entry),
                note=lambda message, entry=entry, **values: self.report.note(
                    entry_name(entry), message, **values
                ),
            )
            setattr(item, localized_field("body", code), body)
        if isinstance(item, Post):
            self.fill_post(group, item, previous_source)
        try:
            item.full_clean(exclude=["image"])
        except ValidationError as error:
            for code in group.entries:
                self.report.count("skipped", group.kind, code)
            self.report.note(
                entry_name(original), _("not imported: %(problems)s"), problems=problems(error)
            )
            return False
        return True

    def fill_post(self, group: Group, item: Post, previous_source: str) -> None:
        original = group.original
        scheduled = original.status == "future"
        item.status = Status.PUBLISHED if group.status == PUBLIC else Status.DRAFT
        item.published_at = original.published
        if scheduled:
            self.report.note(
                entry_name(original),
                _("scheduled: appears at %(time)s UTC"),
                time=f"{original.published:%Y-%m-%d %H:%M}",
            )
        item.byline = self.export.authors.get(original.author, original.author)[:200]
        category, region = "", ""
        for entry in group.entries.values():
            for term in entry.terms_of("category") + entry.terms_of("post_tag"):
                value = equivalent(term.slug, self.mapping)
                if value in Post.Category.values and not category:
                    category = value
                elif value in Region.values and not region:
                    region = value
        item.category = category or Post.Category.NEWS
        item.region = region or item.region or Region.GLOBAL
        self.featured_image(group, item, previous_source)

    def featured_image(self, group: Group, item: Post, previous_source: str) -> None:
        entries = [group.original, *group.entries.values()]
        with_image = next((entry for entry in entries if entry.meta.get("_thumbnail_id")), None)
        if with_image is None:
            return
        attachment = self.export.attachments.get(int(with_image.meta["_thumbnail_id"] or 0))
        relative = (attachment.file or upload_path(attachment.url)) if attachment else ""
        if relative and item.image and previous_source == relative:
            pass  # the same picture as the last import: kept, renditions and all
        else:
            try:
                item.image = self.uploads.checked(relative)
            except ImageRefused as error:
                self.report.note(
                    entry_name(with_image), _("featured image left out: %(why)s"), why=error.said
                )
                return
            self.report.images += 1
        item.imported_image_source = relative
        for code, entry in group.entries.items():
            own = self.export.attachments.get(int(entry.meta.get("_thumbnail_id") or 0))
            if own is None and entry is not group.original:
                continue  # read in the original's words, marked with its language
            own = own or attachment
            alt = plain(own.alt) or plain(own.caption) or plain(own.title) or plain(entry.title)
            if not plain(own.alt):
                self.report.note(
                    entry_name(entry),
                    _("featured image had no description: one was made from its caption or title"),
                )
            setattr(item, localized_field("image_alt", code), alt[:300])
            setattr(item, localized_field("image_caption", code), plain(own.caption)[:300])

    def inline_image(self, entry: Entry, source: str, alt: str) -> str:
        relative = upload_path(source)
        if not relative:
            self.report.note(
                entry_name(entry),
                _("image from another site left out: %(address)s"),
                address=source[:120],
            )
            return ""
        try:
            image = self.uploads.stored(relative)
        except ImageRefused as error:
            self.report.note(entry_name(entry), _("image left out: %(why)s"), why=error.said)
            return ""
        self.report.images += 1
        if not alt:
            attachment = next(
                (a for a in self.export.attachments.values() if a.file and a.file in relative), None
            )
            alt = plain(attachment.alt) if attachment else ""
        return image_markup(image, plain(alt))

    # --- saving ---------------------------------------------------------------------------

    def save(self, group: Group, item, records: list[ImportedEntry]) -> None:
        created = item.pk is None
        with reversion.create_revision():
            if isinstance(item, Content):
                save_edit(item)
                if item.image:
                    self.uploads.written.append(item.image.name)
                    self.uploads.written.extend(r["name"] for r in item.image_renditions or [])
                times = {
                    "created_at": group.original.published,
                    "updated_at": max(e.modified for e in group.entries.values()),
                }
                Content.objects.filter(pk=item.pk).update(**times)
                if isinstance(item, Post):  # in the same revision, so its history shows them
                    item.topics.add(*self.topics_named(group))
            else:
                item.save()
            reversion.set_comment(COMMENT)
        for code, entry in group.entries.items():
            self.report.count("created" if created else "updated", group.kind, code)
            ImportedEntry.objects.update_or_create(
                wordpress_id=entry.id,
                guid=entry.guid,
                defaults={
                    "language": code,
                    "content": item if isinstance(item, Content) else None,
                    "page": item if isinstance(item, Page) else None,
                    "edit_version": getattr(item, "edit_version", 0),
                    "fingerprint": page_fingerprint(item) if isinstance(item, Page) else "",
                    "image_source": getattr(item, "imported_image_source", ""),
                },
            )
            for old in self.old_addresses(entry):
                target = {"content": item} if isinstance(item, Content) else {"page": item}
                self.keep_address(old, code, target, entry_name(entry))

    def topics_named(self, group: Group) -> list:
        keys = {
            (term.domain, term.slug)
            for entry in group.entries.values()
            for term in entry.terms_of("category") + entry.terms_of("post_tag")
        }
        return list(
            {
                topic.pk: topic for key, topic in self.topic_maker.topics.items() if key in keys
            }.values()
        )

    def gather_terms(self, groups: list[Group]) -> None:
        """The tags and categories of the posts that the mapping does not know, to become
        topics (wordpress/topics.py)."""
        for group in groups:
            if group.kind != "news":
                continue
            for code, entry in group.entries.items():
                for term in entry.terms_of("category") + entry.terms_of("post_tag"):
                    if term.slug and equivalent(term.slug, self.mapping) is None:
                        self.topic_maker.add(
                            term.domain,
                            term.slug,
                            plain(term.name),
                            language=code,
                            public=group.status == PUBLIC,
                            when=group.original.published,
                        )

    def keep_address(self, old: str, language: str, target: dict, where) -> None:
        existing = Redirect.objects.filter(old_path=old).first()
        if existing is not None and not existing.from_wordpress:
            self.report.note(where, _("%(old)s kept leading where an editor set it"), old=old)
            return
        values = {"language": language, "content": None, "page": None, "target_path": "", **target}
        if existing is None:
            Redirect.objects.create(old_path=old, from_wordpress=True, **values)
        else:
            for name, value in values.items():
                setattr(existing, name, value)
            existing.save()
        self.report.redirects += 1

    def archives(self, groups: list[Group]) -> None:
        """Old tag, category and feed addresses, to the matching list or feed."""
        terms: dict[tuple[str, str], tuple[str, Counter]] = {}
        for group in groups:
            if group.kind != "news" or group.status != PUBLIC:
                continue
            for code, entry in group.entries.items():
                for term in entry.terms_of("category") + entry.terms_of("post_tag"):
                    name, languages = terms.setdefault(
                        (term.domain, term.slug), (term.name, Counter())
                    )
                    languages[code] += 1
        prefixed = {
            code
            for group in groups
            for code, entry in group.entries.items()
            if entry.link and normal_path(entry.link) != without_language(normal_path(entry.link))
        }
        for (domain, slug), (name, languages) in sorted(terms.items()):
            topic = self.topic_maker.topics.get((domain, slug))
            language = (
                topic and self.topic_maker.language_of((domain, slug))
            ) or languages.most_common(1)[0][0]
            value = equivalent(slug, self.mapping)
            where = Said(_("%(taxonomy)s %(slug)s"), taxonomy=TAXONOMIES[domain], slug=slug)
            if topic is not None:
                target = {"content": topic}
            else:
                with translation.override(language):
                    if value in Post.Category.values:
                        target = {"target_path": f"{reverse('news:list')}?category={value}"}
                    elif value in Region.values:
                        target = {"target_path": f"{reverse('news:list')}?region={value}"}
                    else:
                        query = urlencode({"q": plain(name) or slug})
                        target = {"target_path": f"{reverse('search')}?{query}"}
                        self.report.note(
                            where,
                            _(
                                "no news category, region or topic matches: its old archive "
                                "leads to a search for its name"
                            ),
                        )
            base = "tag" if domain == "post_tag" else "category"
            prefix = f"/{language}" if language in prefixed else ""
            for old in dict.fromkeys((f"{prefix}/{base}/{slug}/", f"/{base}/{slug}/")):
                self.keep_address(old, language, target, where)
        for code in sorted({code for group in groups for code in group.entries}):
            with translation.override(code):
                feed = reverse("news:rss")
            olds = [f"/{code}/feed/"] + (["/feed/"] if code == self.default_language else [])
            for old in olds:
                self.keep_address(old, code, {"target_path": feed}, _("feed"))

    def run(self) -> None:
        self.planned_slugs = defaultdict(set)
        groups = self.groups()
        planned = []
        for group in groups:
            if group.kind == "page" and group.status != PUBLIC:
                for code in group.entries:
                    self.report.count("skipped", "page", code)
                self.report.note(
                    entry_name(group.original),
                    _("not imported: a draft page (standing pages have no drafts)"),
                )
                continue
            result = self.plan(group)
            if result is not None:
                planned.append((group, *result))
        self.gather_terms(groups)
        self.topic_maker.make()  # before the posts, so that each is saved naming its topics
        for group, item, records in planned:
            previous = next((r.image_source for r in records if r.image_source), "")
            if self.fill(group, item, previous):
                self.save(group, item, records)
        self.archives(groups)


def page_fingerprint(page: Page) -> str:
    texts = [
        getattr(page, localized_field(name, code)) or ""
        for name in ("title", "slug", "summary", "body")
        for code in language_codes()
    ]
    return hashlib.sha256("\x1f".join(texts).encode()).hexdigest()


def import_export(
    path: Path,
    *,
    uploads: Path | None = None,
    dry_run: bool = False,
    overwrite: bool = False,
    language: str | None = None,
    categories: Path | None = None,
) -> Report:
    """Import a WordPress export file; raises NotAnExport (with the reason) when it cannot."""
    mapping = load_mapping(categories)
    export = read_export(path, max_bytes=settings.WORDPRESS_IMPORT_MAX_BYTES)
    default = (
        site_language(language or "") or site_language(export.language) or settings.LANGUAGE_CODE
    )
    report = Report(dry_run=dry_run)
    files = Uploads(folder=uploads, dry_run=dry_run)
    importer = Importer(
        export, uploads=files, overwrite=overwrite, language=default, mapping=mapping, report=report
    )
    try:
        with transaction.atomic():
            importer.run()
            if dry_run:
                transaction.set_rollback(True)
    except BaseException:
        files.remove_written()
        raise
    if dry_run:
        files.remove_written()  # the featured images' files: stored by the edit
    return report
