from datetime import UTC, datetime

import pytest
from django.core.files.storage import default_storage
from django.core.management.base import CommandError
from PIL import Image
from reversion.models import Version

from content.models import Content, Status
from news.models import Post
from pages.models import Page
from redirects.models import Redirect
from wordpress.models import ImportedEntry

from .conftest import EXPORTS


def cop17() -> Post:
    return Post.objects.get(title_en="Waste pickers go to Durban & COP 17")


def test_a_polylang_translation_group_becomes_one_item_with_a_text_per_language(
    run_import, uploads
):
    run_import("polylang.xml", "--uploads", str(uploads))
    post = cop17()
    assert post.original_language == "en"  # the earliest post of the group
    assert post.title_es == "Recicladores en Durban: la COP 17"
    assert post.title_pt_br == "Catadores em Durban"
    assert not post.title_fr
    assert (post.slug_en, post.slug_es) == ("durban-delegation", "recicladores-en-durban")
    assert post.status == Status.PUBLISHED
    assert post.published_at == datetime(2011, 11, 13, 10, tzinfo=UTC)
    # Last changed: the latest change of any of its languages (the Portuguese post).
    assert Content.objects.filter(pk=post.pk).values_list("updated_at", flat=True)[0] == (
        datetime(2011, 11, 15, 10, tzinfo=UTC)
    )
    assert post.category == Post.Category.PRESS_RELEASE
    assert post.region == "africa"
    assert post.byline == "Communication secretariat"
    assert post.summary_en == "A waste picker delegation at COP 17."
    assert post.translation_state["es"] in ("translated", "missing")


def test_the_text_is_cleaned_as_on_every_save(run_import, uploads):
    output = run_import("polylang.xml", "--uploads", str(uploads))
    body = cop17().body_en
    assert "wp:paragraph" not in body and "[gallery" not in body and "[caption" not in body
    assert "<figure><img " in body and "<figcaption>Members at work in Durban</figcaption>" in body
    assert 'alt="Sorting at a depot"' in body
    assert "[gallery] removed" in output
    # Classic-editor text with blank lines becomes paragraphs; odd characters survive.
    spanish = cop17().body_es
    assert spanish.count("<p>") == 2 and "Niños, cooperativas y «acción» — juntos." in spanish


def test_links_to_other_imported_posts_lead_to_their_new_addresses(run_import, uploads):
    run_import("polylang.xml", "--uploads", str(uploads))
    body = cop17().body_en
    assert 'href="/fr/news/calendar/"' in body
    draft = Post.objects.get(title_en="Notes for the steering committee")
    assert f'href="/en/news/{draft.slug_en}/"' in body


def test_images_go_through_the_checks_and_renditions_of_an_upload(run_import, uploads):
    run_import("polylang.xml", "--uploads", str(uploads))
    post = cop17()
    assert post.image and post.image_alt_en == "Waste pickers sorting plastic at a depot"
    assert post.image_caption_en == "Sorters at a depot"
    assert post.image_renditions
    with default_storage.open(post.image.name) as stored, Image.open(stored) as image:
        assert not image.getexif()  # where the photo was taken is gone


def test_drafts_scheduled_posts_and_pages(run_import, uploads):
    run_import("polylang.xml", "--uploads", str(uploads))
    draft = Post.objects.get(title_en="Notes for the steering committee")
    assert draft.status == Status.DRAFT
    scheduled = Post.objects.get(title_en="Congress in Buenos Aires")
    assert scheduled.status == Status.PUBLISHED
    assert scheduled.published_at == datetime(2099, 5, 1, 12, tzinfo=UTC)
    assert not scheduled.is_public
    page = Page.objects.get(key="wordpress-7")
    assert (page.title_en, page.title_es) == ("Who we are", "Quiénes somos")
    assert page.get_absolute_url("es") == "/es/pages/quienes-somos/"
    assert "wp:paragraph" not in page.body_en


def test_comments_and_menus_are_not_imported(run_import, uploads):
    output = run_import("polylang.xml", "--uploads", str(uploads))
    assert "Great news" not in str(list(Post.objects.values_list("body_en", flat=True)))
    assert "1 × nav_menu_item: not imported: not a post or a page" in output


def test_each_item_has_a_revision_that_says_where_it_came_from(run_import, uploads):
    run_import("polylang.xml", "--uploads", str(uploads))
    versions = Version.objects.get_for_object(cop17())
    assert [version.revision.comment for version in versions] == ["Imported from WordPress"]


def test_the_report_counts_per_kind_and_language(run_import, uploads):
    output = run_import("polylang.xml", "--uploads", str(uploads))
    lines = output.splitlines()
    assert any(line.split() == ["news", "en", "3", "0", "0", "0"] for line in lines), output
    assert any(line.split() == ["news", "es", "1", "0", "0", "0"] for line in lines), output
    assert any(line.split() == ["page", "es", "1", "0", "0", "0"] for line in lines), output
    assert "Imported without errors." in output


def test_a_missing_image_is_reported_never_fatal(run_import, tmp_path):
    empty = tmp_path / "empty-uploads"
    empty.mkdir()
    output = run_import("polylang.xml", "--uploads", str(empty))
    assert "featured image left out: 2011/11/street.jpg: not found" in output
    assert not cop17().image
    assert "<figcaption>" not in cop17().body_en
    assert "Members at work in Durban" in cop17().body_en  # the caption stays as text


def test_running_again_updates_and_never_duplicates(run_import, uploads):
    run_import("polylang.xml", "--uploads", str(uploads))
    counts = (Post.objects.count(), Page.objects.count(), Redirect.objects.count())
    image = cop17().image.name
    output = run_import("polylang.xml", "--uploads", str(uploads))
    assert (Post.objects.count(), Page.objects.count(), Redirect.objects.count()) == counts
    assert cop17().image.name == image  # the same picture is not stored twice
    assert any(line.split() == ["news", "en", "0", "3", "0", "0"] for line in output.splitlines())


def test_an_editors_later_change_is_kept_unless_overwrite(run_import, uploads):
    from content.editing import save_edit

    run_import("polylang.xml", "--uploads", str(uploads))
    post = cop17()
    post.title_es = "Recicladores en Durban (corregido)"
    save_edit(post)
    output = run_import("polylang.xml", "--uploads", str(uploads))
    assert "changed by an editor since the last import" in output
    assert cop17().title_es == "Recicladores en Durban (corregido)"
    run_import("polylang.xml", "--uploads", str(uploads), "--overwrite")
    assert cop17().title_es == "Recicladores en Durban: la COP 17"


def test_a_dry_run_writes_nothing(run_import, uploads, settings):
    output = run_import("polylang.xml", "--uploads", str(uploads), "--dry-run")
    assert "Dry run: nothing was written" in output
    assert any(line.split() == ["news", "en", "3", "0", "0", "0"] for line in output.splitlines())
    assert not Content.objects.exists() and not Redirect.objects.exists()
    # The privacy notice is every install's (its migration): no imported page joins it.
    assert not ImportedEntry.objects.exists() and not Page.objects.exclude(key="privacy").exists()
    media = settings.MEDIA_ROOT
    assert not media.exists() or not [path for path in media.rglob("*") if path.is_file()]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"<html><body>Hello</body></html>", "not a WordPress export"),
        ((EXPORTS / "polylang.xml").read_bytes()[:3000], "not complete XML"),
        (b"", "empty"),
        (
            b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss><channel/></rss>',
            "DTD",
        ),
        (
            (EXPORTS / "polylang.xml").read_bytes().replace(b">1.2<", b">9.9<"),
            "version 9.9",
        ),
    ],
)
def test_a_file_that_is_not_a_complete_export_imports_nothing(
    run_import, tmp_path, content, reason
):
    bad = tmp_path / "bad.xml"
    bad.write_bytes(content)
    with pytest.raises(CommandError) as refused:
        run_import(str(bad))
    assert "Nothing was imported" in str(refused.value) and reason in str(refused.value)
    assert not Content.objects.exists()


def test_a_file_too_large_imports_nothing(run_import, settings):
    settings.WORDPRESS_IMPORT_MAX_BYTES = 1000
    with pytest.raises(CommandError, match="at most 0 MB"):
        run_import("polylang.xml")
    assert not Content.objects.exists()


def test_a_failure_half_way_leaves_nothing_behind(run_import, uploads, settings, monkeypatch):
    from wordpress import importer

    def fail(self, groups):
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(importer.Importer, "archives", fail)
    with pytest.raises(RuntimeError):
        run_import("polylang.xml", "--uploads", str(uploads))
    assert not Content.objects.exists() and not Redirect.objects.exists()
    assert not [path for path in settings.MEDIA_ROOT.rglob("*") if path.is_file()]
