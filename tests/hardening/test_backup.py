"""Nothing lost: one archive holds the site, restoring it into an empty database gives back
the very same pages, and a restore that fails leaves the target as it was."""

import difflib
import io
import json
import shutil
import tarfile
from pathlib import Path

import pytest
import reversion
from django.core.cache import cache
from django.core.management import call_command
from reversion.models import Version

from bulletins.models import Subscriber
from content.models import Content
from iawp_site.backup import RestoreError, restore_backup, write_backup
from news.models import Post

pytestmark = pytest.mark.django_db(transaction=True)

LANGUAGES = ("en", "es", "fr", "pt-br")


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


def wipe(settings) -> None:
    call_command("flush", "--no-input", verbosity=0)
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    cache.clear()


def test_a_restored_site_serves_exactly_the_same_pages(client, site, settings):
    before = every_page(client)
    archive = io.BytesIO()
    manifest = write_backup(archive)
    assert manifest["media"]  # the posters and their renditions are in it

    wipe(settings)
    assert not Content.objects.exists()
    archive.seek(0)
    restore_backup(archive)

    after = every_page(client)
    assert after.keys() == before.keys()
    changed = [path for path in before if before[path] != after[path]]
    assert changed == [], first_difference(before, after, changed)
    assert Version.objects.get_for_object(Post.objects.get(pk=site.pk)).exists()
    assert Subscriber.objects.get().email == "reader@example.org"


def test_the_command_writes_one_archive_and_restores_it(site, settings, tmp_path):
    archive = tmp_path / "site.tar.gz"
    call_command("backup_site", str(archive), verbosity=0)
    assert tarfile.is_tarfile(archive) and not (tmp_path / "site.tar.gz.partial").exists()
    wipe(settings)
    call_command("restore_site", str(archive), verbosity=0)
    assert Content.objects.count() > 10


def test_restoring_over_a_site_is_refused(site, tmp_path):
    archive = io.BytesIO()
    write_backup(archive)
    archive.seek(0)
    with pytest.raises(RestoreError, match="not empty"):
        restore_backup(archive)


def broken_copy(archive: io.BytesIO) -> io.BytesIO:
    """The same archive with one bad row at the end: the files and most rows would load."""
    archive.seek(0)
    out = io.BytesIO()
    with (
        tarfile.open(fileobj=archive, mode="r:gz") as source,
        tarfile.open(fileobj=out, mode="w:gz") as target,
    ):
        for member in source.getmembers():
            content = source.extractfile(member).read()
            if member.name == "data.json":
                rows = json.loads(content)
                rows.append(
                    {"model": "events.event", "pk": 999999, "fields": {"start_date": "not a date"}}
                )
                content = json.dumps(rows).encode()
                member.size = len(content)
            target.addfile(member, io.BytesIO(content))
    out.seek(0)
    return out


def test_a_failed_restore_leaves_the_target_unchanged(site, settings):
    archive = io.BytesIO()
    write_backup(archive)
    wipe(settings)
    with pytest.raises(RestoreError):
        restore_backup(broken_copy(archive))
    assert not Content.objects.exists()
    media = Path(settings.MEDIA_ROOT)
    assert not media.exists() or not [path for path in media.rglob("*") if path.is_file()]
    with pytest.raises(RestoreError, match="cannot be read"):
        restore_backup(io.BytesIO(b"not an archive at all"))
