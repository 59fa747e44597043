"""Nothing lost: one archive holds the site, restoring it into an empty database gives back
the very same pages, and a restore that fails leaves the target as it was. Both are
streamed: their memory stays the same when the site doubles. An archive of the first
format (tar.gz) still restores: format_1_backup.tar.gz, made by make_format_1_backup.py."""

import difflib
import io
import json
import shutil
import struct
import tracemalloc
import zipfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
import reversion
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone
from reversion.models import Revision, Version

from bulletins.models import Subscriber
from content import search_index
from content.image_files import private_storage
from content.models import Content, Status
from iawp_site.backup import (
    RestoreError,
    restore_backup,
    restoring,
    site_models,
    write_backup,
    writing,
)
from news.models import Post
from pages.models import Page
from tests.factories import PostFactory
from tests.reading import parse, texts

pytestmark = pytest.mark.django_db(transaction=True)

LANGUAGES = ("en", "es", "fr", "pt-br")
FORMAT_1_ARCHIVE = Path(__file__).parent / "format_1_backup.tar.gz"


def every_page(client) -> dict[str, bytes]:
    paths = ["/robots.txt", "/sitemap.xml"]
    for language in LANGUAGES:
        paths += [f"/{language}/{page}" for page in (
            "", "news/", "events/", "events/past/", "events/2011/11/", "about/", "bulletins/",
            "regions/latin-america/", "news/feed/rss/", "events/feed/atom/", "events/calendar.ics",
            "bulletins/feed/", "search/?q=2011",
        )]  # fmt: skip
        for item in Content.objects.all():
            paths.append(item.get_absolute_url(language))
    cache.clear()
    pages = {}
    for path in paths:
        response = client.get(path, follow=True)
        assert response.status_code == 200, path
        pages[path] = response.content
    return pages


@pytest.fixture
def site(settings):
    call_command("load_demo_content", verbosity=0)
    post = Post.objects.filter(original_language="en").first()
    with reversion.create_revision():
        post.title_fr = "Une traduction ajoutée plus tard"
        post.save()
    Subscriber.objects.create(
        email="reader@example.org", language="es", confirmed_at=post.published_at,
        consent_given_at=post.published_at, consent_form="page", consent_wording="2026-11",
    )  # fmt: skip
    return post


def first_difference(before, after, changed) -> str:
    if not changed:
        return ""
    old, new = (pages[changed[0]].decode().splitlines() for pages in (before, after))
    return changed[0] + "\n" + "\n".join(list(difflib.unified_diff(old, new, lineterm=""))[:20])


def private_media_root() -> Path:
    return Path(private_storage().location)


def wipe(settings) -> None:
    call_command("flush", "--no-input", verbosity=0)
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    shutil.rmtree(private_media_root(), ignore_errors=True)
    cache.clear()


def nothing_written(settings) -> bool:
    """No row, and not even a folder made in either storage."""
    media = Path(settings.MEDIA_ROOT)
    return not Content.objects.exists() and not media.exists() and not private_media_root().exists()


def backup_of_site() -> bytes:
    archive = io.BytesIO()
    write_backup(archive)
    return archive.getvalue()


def test_a_restored_site_serves_exactly_the_same_pages(client, site, settings):
    before = every_page(client)
    archive = io.BytesIO()
    manifest = write_backup(archive)
    assert manifest["media"]  # the posters and their renditions are in it

    wipe(settings)
    assert not Content.objects.exists()
    archive.seek(0)
    restore_backup(archive)

    # Search included ("search/?q=2011"): its index is not archived but made again.
    after = every_page(client)
    assert after.keys() == before.keys()
    changed = [path for path in before if before[path] != after[path]]
    assert changed == [], first_difference(before, after, changed)
    assert Version.objects.get_for_object(Post.objects.get(pk=site.pk)).exists()
    assert Subscriber.objects.get().email == "reader@example.org"


def test_pages_cached_before_a_restore_are_not_served_after_it(client, site, settings):
    archive = backup_of_site()
    wipe(settings)
    assert site.title_en not in parse(client.get("/en/news/")).text_content()  # now cached

    restore_backup(io.BytesIO(archive))

    assert site.title_en in parse(client.get("/en/news/")).text_content()


def test_the_command_writes_one_zip_and_restores_it(site, settings, tmp_path):
    archive = tmp_path / "site.zip"
    call_command("backup_site", str(archive), verbosity=0)
    assert zipfile.is_zipfile(archive) and not (tmp_path / "site.zip.partial").exists()
    with zipfile.ZipFile(archive) as opened:
        manifest = json.loads(opened.read("manifest.json"))
        models = {json.loads(line)["model"] for line in opened.open("data.jsonl")}
    assert manifest["format"] == 2 and manifest["rows"] == sum(manifest["models"].values())
    assert {"content.content", "news.post", "reversion.version"} <= models
    # Derived from the rows: made again by the restore, never archived.
    assert "content.searchentry" not in models | set(manifest["models"])

    wipe(settings)
    call_command("restore_site", str(archive), "--dry-run", verbosity=0)
    assert nothing_written(settings)
    call_command("restore_site", str(archive), verbosity=0)
    assert Content.objects.count() > 10


def test_restoring_over_a_site_is_refused(site, tmp_path):
    archive = io.BytesIO()
    write_backup(archive)
    archive.seek(0)
    with pytest.raises(RestoreError, match="not empty"):
        restore_backup(archive)


def rewritten(archive: bytes, change: Callable[[str, bytes], bytes | None]) -> io.BytesIO:
    """The archive with each part passed through `change(name, content)` (None drops it)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(archive)) as source, zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            content = change(name, source.read(name))
            if content is not None:
                target.writestr(name, content)
    out.seek(0)
    return out


def with_manifest(content: bytes, **changes) -> bytes:
    return json.dumps({**json.loads(content), **changes}).encode()


def with_row_added(row: dict) -> Callable[[str, bytes], bytes]:
    """Adds a row at the end, counted in the manifest."""

    def change(name: str, content: bytes) -> bytes:
        if name == "data.jsonl":
            return content + json.dumps(row).encode() + b"\n"
        if name == "manifest.json":
            return with_manifest(content, rows=json.loads(content)["rows"] + 1)
        return content

    return change


def test_a_failed_restore_leaves_the_target_unchanged(site, settings):
    # A row every check before writing accepts, that fails as it is saved: the files and
    # most rows would load.
    bad_row = {"model": "events.event", "pk": 999999, "fields": {"start_date": "not a date"}}
    archive = backup_of_site()
    wipe(settings)
    with pytest.raises(RestoreError, match="failed and was undone"):
        restore_backup(rewritten(archive, with_row_added(bad_row)))
    assert not Content.objects.exists()
    media = Path(settings.MEDIA_ROOT)
    assert not media.exists() or not [path for path in media.rglob("*") if path.is_file()]
    with pytest.raises(RestoreError, match="cannot be read"):
        restore_backup(io.BytesIO(b"not an archive at all"))


def altered_in_the_middle(archive: bytes, name: str) -> bytes:
    """The archive with one byte of the stored (compressed) contents of `name` changed."""
    with zipfile.ZipFile(io.BytesIO(archive)) as opened:
        entry = opened.getinfo(name)
    # A zip entry's local header: 30 bytes, the name's and the extra field's lengths last.
    name_length, extra_length = struct.unpack_from("<HH", archive, entry.header_offset + 26)
    middle = entry.header_offset + 30 + name_length + extra_length + entry.compress_size // 2
    return archive[:middle] + bytes([archive[middle] ^ 0xFF]) + archive[middle + 1 :]


def first_file(archive: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(archive)) as opened:
        return next(name for name in opened.namelist() if name.startswith("media/"))


DAMAGES = {
    "cut short": lambda archive: archive[: len(archive) * 2 // 3],
    "a row altered": lambda archive: altered_in_the_middle(archive, "data.jsonl"),
    "a file altered": lambda archive: altered_in_the_middle(archive, first_file(archive)),
}


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_a_damaged_archive_is_refused_before_anything_is_written(site, settings, damage):
    archive = backup_of_site()
    wipe(settings)
    with pytest.raises(RestoreError, match="cannot be read"):
        restore_backup(io.BytesIO(damage(archive)))
    assert nothing_written(settings)


def dropping_last_row(name: str, content: bytes) -> bytes:
    return content.rstrip(b"\n").rsplit(b"\n", 1)[0] + b"\n" if name == "data.jsonl" else content


def dropping_renditions(name: str, content: bytes) -> bytes | None:
    return None if name.startswith("media/renditions/") else content


def naming_a_file_outside_its_folder(name: str, content: bytes) -> bytes | None:
    if name == "manifest.json":
        return with_manifest(content, media=["../../escaped.txt"])
    return None if name.startswith("media/") else content


def of_another_format(name: str, content: bytes) -> bytes:
    return with_manifest(content, format=3) if name == "manifest.json" else content


TAMPERED = {
    "a row missing": (dropping_last_row, "rows, its manifest"),
    "a file missing": (dropping_renditions, "do not match its manifest"),
    "a row of an unknown model": (
        with_row_added({"model": "shop.order", "pk": 1, "fields": {}}),
        "unknown model",
    ),
    "a file outside its folder": (naming_a_file_outside_its_folder, "Unsafe file name"),
    "another format": (of_another_format, "Unknown backup format: 3"),
}


@pytest.mark.parametrize("change, refusal", TAMPERED.values(), ids=TAMPERED.keys())
def test_an_archive_that_does_not_match_its_manifest_is_refused(site, settings, change, refusal):
    archive = backup_of_site()
    wipe(settings)
    with pytest.raises(RestoreError, match=refusal):
        restore_backup(rewritten(archive, change))
    assert nothing_written(settings)


def test_a_file_the_manifest_does_not_list_is_refused(site, settings):
    archive = io.BytesIO(backup_of_site())
    with zipfile.ZipFile(archive, "a") as opened:
        opened.writestr("media/../../escaped.txt", b"not from this site")
    wipe(settings)
    archive.seek(0)
    with pytest.raises(RestoreError, match="do not match its manifest"):
        restore_backup(archive)
    assert nothing_written(settings)


# An archive of the first format


def test_an_archive_of_the_first_format_still_restores_and_serves_its_pages(client):
    with FORMAT_1_ARCHIVE.open("rb") as source:
        manifest = restore_backup(source)

    assert manifest["format"] == 1
    # Every row it holds, and the privacy notice a migrate writes on every site since.
    restored = sum(model._base_manager.count() for model in site_models())
    assert restored == manifest["rows"] + 1
    assert Page.objects.filter(key="privacy").exists()
    items = Content.objects.published()
    assert items.count() > 20
    for item in items:
        for language, url in item.urls_by_language().items():
            response = client.get(url)
            assert response.status_code == 200, url
            assert texts(parse(response), "//h1") == [item.localized(language).title], url
    # The photo taken off an item, kept privately for the revision that shows it.
    (photo,) = manifest["private_media"]
    assert private_storage().exists(photo)
    shown_before = Revision.objects.get(comment__startswith="The photo, before")
    assert shown_before.user.username == "amara"
    assert any(photo in version.serialized_data for version in shown_before.version_set.all())
    assert Subscriber.objects.get().language == "fr"


def test_a_restored_site_finds_its_items_and_takes_new_ones(client):
    with FORMAT_1_ARCHIVE.open("rb") as source:
        restore_backup(source)
    item = Content.objects.published().filter(original_language="en").latest("published_at")
    word = max(item.title_en.split(), key=len)

    search = client.get(f"/en/search/?q={word}")
    assert item.title_en in texts(parse(search), "//main//a")
    # Restored rows keep their ids: the next item must not take one of them (PostgreSQL's
    # sequences are set past them).
    added = PostFactory()
    assert added.pk > Content.objects.exclude(pk=added.pk).latest("pk").pk


# Memory


def add_posts(count: int) -> None:
    """`count` published news items of about 5 KB each, written as the benchmark writes its
    items (bench/generate.py): thousands in seconds."""
    from bench.generate import insert

    now = timezone.now()
    paragraph = "<p>" + "Waste pickers sort, sell and are paid fairly for their work. " * 12
    for start in range(0, count, 500):
        insert([
            Post(
                region="africa", status=Status.PUBLISHED, original_language="en",
                published_at=now - timedelta(minutes=number),
                title_en=f"Cooperative news number {number}",
                summary_en=f"What cooperative {number} did this week.",
                body_en=f"{paragraph}{number}</p>" * 6,
            )
            for number in range(start, min(start + 500, count))
        ])  # fmt: skip


def peak_memory(work: Callable[[], object]) -> int:
    """The most memory Python held at once while `work` ran, in bytes."""
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def backup_and_restore_peaks(count: int, folder: Path, settings) -> tuple[int, int]:
    add_posts(count)
    archive = folder / f"{count}.zip"  # on disk: in memory, the archive itself would count
    with archive.open("wb") as target:
        backup = peak_memory(lambda: write_backup(target))
    wipe(settings)
    with archive.open("rb") as source:
        restore = peak_memory(lambda: restore_backup(source))
    assert Post.objects.count() == count
    wipe(settings)
    return backup, restore


# Rows are streamed a batch at a time: with batches of 60 rows, 300 items (600 rows with their
# Content rows) already take several batches, so an archive that held every row would show its
# growth from N to 2N here as clearly as at 15,000 items, in a tenth of the time.
ITEMS = 300
ROWS_IN_A_BATCH = 60
MB = 1024 * 1024


def test_a_backup_and_a_restore_of_twice_the_items_take_no_more_memory(
    tmp_path, settings, monkeypatch
):
    # Before streaming, both held every row at once: 900 MB at 15,000 items.
    monkeypatch.setattr(writing, "ROWS_AT_A_TIME", ROWS_IN_A_BATCH)
    monkeypatch.setattr(restoring, "ROWS_AT_A_TIME", ROWS_IN_A_BATCH)
    # A restore ends by rebuilding the search index, in batches of items of its own.
    monkeypatch.setattr(search_index, "INDEXING_BATCH", ROWS_IN_A_BATCH)
    smaller = backup_and_restore_peaks(ITEMS, tmp_path, settings)
    larger = backup_and_restore_peaks(2 * ITEMS, tmp_path, settings)
    for what, at_n, at_2n in zip(("backup", "restore"), smaller, larger, strict=True):
        assert at_2n < 1.5 * at_n + 2 * MB, f"{what}: {at_n / MB:.1f} MB, then {at_2n / MB:.1f} MB"
        # Far below what holding every row took (180 MB at 1,500 items, 360 MB at 3,000);
        # the margin leaves room for new kinds' rows and the search index's rebuild.
        assert at_2n < 60 * MB, f"{what}: {at_2n / MB:.1f} MB"
