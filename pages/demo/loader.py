"""Writing the demo content into the database: the same result however often it runs."""

import calendar
import zoneinfo
from datetime import date, datetime, time, timedelta

from django.core.files.base import ContentFile
from django.utils.text import slugify

from content.editing import save_edit
from content.languages import language_codes, localized_field
from content.models import Status
from pages.demo.images import poster
from pages.models import Page, SiteSettings
from pages.privacy_notice import write_privacy_notice


def set_translations(obj, texts: dict[str, dict[str, str]]) -> None:
    """Fill each language's columns from {"en": {"title": ...}, ...}.
    Languages absent from `texts` stay empty."""
    for code in language_codes():
        for field, value in texts.get(code, {}).items():
            setattr(obj, localized_field(field, code), value)


def find_by_original_slug(model, original_language: str, title: str):
    """Demo items are recognised by their original title's slug, so a rerun updates them."""
    slug_column = localized_field("slug", original_language)
    return model.objects.filter(**{slug_column: slugify(title)}).first() or model()


def attach_poster(item, name: str | None) -> None:
    if name and not item.image:
        item.image.save(f"{name}.jpg", ContentFile(poster(name)), save=False)


def load_site_texts(site_texts: dict, about: dict) -> None:
    site = SiteSettings.load()
    for field, by_language in site_texts.items():
        for code, value in by_language.items():
            setattr(site, localized_field(field, code), value)
    site.save()
    # Made by the migration on every install; a database emptied since (by tests) gets it here.
    write_privacy_notice(Page)
    page = Page.objects.filter(key="about").first() or Page(key="about")
    page.original_language = "en"
    set_translations(page, about)
    page.save()


def demo_item(model, entry: dict):
    """The demo item for an entry (new, or the one a previous run made), with the fields
    every kind shares filled in: texts, original language, region, published."""
    original = entry["original_language"]
    item = find_by_original_slug(model, original, entry["text"][original]["title"])
    set_translations(item, entry["text"])
    item.original_language = original
    item.region = entry["region"]
    item.status = Status.PUBLISHED
    return item


def load_posts(entries: list[dict]) -> int:
    from news.models import Post

    for entry in entries:
        post = demo_item(Post, entry)
        post.category = entry["category"]
        post.featured = entry.get("featured", False)
        post.published_at = datetime.fromisoformat(entry["published"])
        source = entry.get("source")
        post.source_publisher = source["publisher"] if source else ""
        post.source_url = source["url"] if source else ""
        post.source_published_on = date.fromisoformat(source["date"]) if source else None
        deadline = entry.get("deadline")
        if deadline:
            zone = zoneinfo.ZoneInfo(deadline["time_zone"])
            post.application_deadline = datetime.fromisoformat(deadline["local"]).replace(
                tzinfo=zone
            )
            post.deadline_time_zone = deadline["time_zone"]
        job = entry.get("job", {})
        post.employment_type = job.get("employment_type", "")
        post.remote = job.get("remote", False)
        post.applicant_countries = job.get("applicant_countries", [])
        attach_poster(post, entry.get("image"))
        post.full_clean()
        save_edit(post)
    return len(entries)


def resolve_day(value, today: date) -> date | None:
    """A demo date: an ISO string, {"days_from_today": N} or {"months_from_today": M, "day": D},
    so the upcoming events stay upcoming whenever the demo is loaded."""
    if value is None:
        return None
    if isinstance(value, str):
        return date.fromisoformat(value)
    if "days_from_today" in value:
        return today + timedelta(days=value["days_from_today"])
    month_index = today.month - 1 + value["months_from_today"]
    year, month = today.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(value["day"], calendar.monthrange(year, month)[1]))


def load_events(entries: list[dict], today: date) -> int:
    from events.models import Event

    for entry in entries:
        event = demo_item(Event, entry)
        event.event_type = entry["event_type"]
        event.attendance = entry["attendance"]
        event.date_precision = entry["precision"]
        event.start_date = resolve_day(entry["start"], today)
        event.end_date = resolve_day(entry.get("end"), today)
        event.start_time = time.fromisoformat(entry["start_time"]) if entry["start_time"] else None
        event.end_time = time.fromisoformat(entry["end_time"]) if entry["end_time"] else None
        event.time_zone = entry["time_zone"]
        event.venue_name = entry["venue"]
        event.city = entry["city"]
        event.country = entry["country"]
        event.online_url = entry["online_url"]
        event.registration_url = entry["registration_url"]
        for code, organisers in entry["organisers"].items():
            setattr(event, localized_field("organisers", code), organisers)
        # Announced a while before it happens, and never "published" in the future.
        announced = min(event.start_date - timedelta(days=30), today - timedelta(days=1))
        event.published_at = datetime.combine(
            announced, time(12, 0), tzinfo=zoneinfo.ZoneInfo("UTC")
        )
        attach_poster(event, entry.get("image"))
        event.full_clean(exclude=Event.COMPUTED_FIELDS)
        save_edit(event)
    return len(entries)


def load_bulletins(archived: dict, draft_introduction: dict, today: date) -> int:
    """The archived bulletin with the events it announced, and a draft for next month
    prefilled the way an editor's new bulletin is."""
    from bulletins.composing import prefill
    from bulletins.models import Bulletin, BulletinItem
    from events.models import Event

    sent = Bulletin.objects.filter(period=date.fromisoformat(archived["period"])).first()
    sent = sent or Bulletin(period=date.fromisoformat(archived["period"]))
    sent.original_language = archived["original_language"]
    set_translations(sent, archived["text"])
    sent.sent_at = sent.send_requested_at = datetime.fromisoformat(archived["sent"])
    sent.save()
    announced = Event.objects.published().filter(
        start_date__gte=date.fromisoformat(archived["events_from"]),
        start_date__lte=date.fromisoformat(archived["events_until"]),
    )
    for position, event in enumerate(announced.order_by("window_start"), start=1):
        BulletinItem.objects.update_or_create(
            bulletin=sent, content=event, defaults={"position": position * 10}
        )

    next_month = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
    draft, created = Bulletin.objects.get_or_create(
        period=next_month, sent_at=None, defaults={"original_language": "en"}
    )
    set_translations(draft, {"en": {"introduction": draft_introduction["en"]}})
    draft.save()
    if created:
        prefill(draft)
    return 2


def load_directory(organisations: list[dict], topics: list[dict], links: dict) -> int:
    """The member organisations and topics, then what the demo news and events name."""
    from django.db.models import Q

    from directory.models import Organisation, Topic
    from events.models import Event
    from news.models import Post

    by_name = {}
    for entry in organisations:
        organisation = Organisation.objects.filter(name=entry["name"]).first() or Organisation()
        organisation.name = entry["name"]
        organisation.original_language = entry["original_language"]
        organisation.region = entry["region"]
        organisation.organisation_type = entry["type"]
        organisation.country = entry["country"]
        organisation.city = entry["city"]
        organisation.year_formed = entry["year_formed"]
        organisation.members = entry["members"]
        organisation.members_counted_in = entry["counted_in"]
        organisation.materials = entry["materials"]
        organisation.website = entry["website"]
        organisation.status = Status.PUBLISHED
        organisation.published_at = datetime(2024, 1, 1, tzinfo=zoneinfo.ZoneInfo("UTC"))
        set_translations(
            organisation, {code: {"summary": text} for code, text in entry["text"].items()}
        )
        organisation.full_clean()
        save_edit(organisation)
        by_name[organisation.name] = organisation

    by_key = {}
    for entry in topics:
        topic = demo_item(Topic, {**entry, "region": "global"})
        topic.topic_type = entry["type"]
        topic.published_at = datetime(2024, 1, 1, tzinfo=zoneinfo.ZoneInfo("UTC"))
        topic.full_clean()
        save_edit(topic)
        by_key[entry["key"]] = topic

    for title, named in links.items():
        same_title = Q()
        for code in language_codes():
            same_title |= Q(**{localized_field("title", code): title})
        item = Post.objects.filter(same_title).first() or Event.objects.filter(same_title).first()
        if item is None:
            continue
        item.organisations.set([by_name[name] for name in named.get("organisations", [])])
        item.topics.set([by_key[key] for key in named.get("topics", [])])
        if isinstance(item, Event):
            item.organised_by.set([by_name[name] for name in named.get("organised_by", [])])
    return len(organisations) + len(topics)


def load_documents(entries: list[dict], topics: list[dict]) -> int:
    """The demo documents and their files, and the news and events they are attached to. A
    file already there is left as it is, so a rerun keeps addresses, dates and history."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.db.models import Q

    from directory.models import Topic
    from documents.file_checks import check_upload
    from documents.models import Document
    from documents.services import attach_file
    from events.models import Event
    from news.models import Post
    from pages.demo.document_files import odt_file, pdf_file

    topic_entries = {entry["key"]: entry for entry in topics}
    for entry in entries:
        document = demo_item(Document, entry)
        document.document_type = entry["type"]
        document.issued_on = date.fromisoformat(entry["issued_on"])
        document.published_at = datetime.fromisoformat(entry["issued_on"] + "T12:00:00+00:00")
        document.full_clean()
        save_edit(document)
        named = [topic_entries[key] for key in entry["topics"]]
        document.topics.set(
            [
                find_by_original_slug(
                    Topic, t["original_language"], t["text"][t["original_language"]]["title"]
                )
                for t in named
            ]
        )
        for code, (kind, content) in entry["files"].items():
            if document.files.filter(language=code).exists():
                continue
            data = pdf_file(content) if kind == "pdf" else odt_file(content)
            upload = SimpleUploadedFile(f"{entry['key']}-{code}.{kind}", data)
            attach_file(document, code, check_upload(upload))
        if entry["attached_to"]:
            same_title = Q()
            for code in language_codes():
                same_title |= Q(**{localized_field("title", code): entry["attached_to"]})
            for model in (Post, Event):
                for item in model.objects.filter(same_title):
                    item.documents.add(document)
    return len(entries)
