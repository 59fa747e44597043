"""A published item can be edited as a draft of changes and previewed before it goes live;
a new item can be previewed before its first save. Visitors see none of it until it is
published, and every preview lists the languages its public page lists."""

import io
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone
from PIL import Image
from reversion.models import Version

from content.editing import save_edit
from content.image_files import private_storage
from content.models import Content, FormerSlug, Status
from editorial.models import ContentDraft
from iawp_site.backup import restore_backup, write_backup
from news.models import Post
from pagecache.middleware import VERSION_KEY
from tests.admin_forms import errors, form_data, submit_change_form
from tests.factories import ALL_LANGUAGES, EventFactory, PostFactory
from tests.reading import parse, texts

pytestmark = pytest.mark.django_db
ADD = "/admin/news/post/add/"


def change_url(item) -> str:
    return f"/admin/news/post/{item.pk}/change/"


def published_post(**fields):
    return PostFactory(region="africa", title_en="The cooperative signs a contract", **fields)


def save_draft(client, item, **changes):
    response = submit_change_form(client, change_url(item), _save_draft="1", **changes)
    assert response.status_code == 302, errors(response)
    return response


def public_page(client_in, item, language: str):
    """The item's public page as an anonymous visitor in `language` gets it."""
    response = client_in(language).get(item.get_absolute_url(language))
    assert response.status_code == 200
    return parse(response)


def available_in(tree) -> list[str]:
    return texts(tree, '//aside[@class="notice"]//p[contains(., ":")]/a')


def photo() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 800), "#2a7d4f").save(buffer, "JPEG")
    return SimpleUploadedFile("sorting-day.jpg", buffer.getvalue(), "image/jpeg")


def public_files(settings) -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


# --- a draft of changes to a published item -------------------------------------------------


def test_a_saved_draft_leaves_the_public_page_as_it_is_in_every_language(africa_editor, client_in):
    post = published_post()
    before = {code: public_page(client_in, post, code).xpath("string(//h1)") for code in ("en",)}

    response = save_draft(
        africa_editor,
        post,
        title_en="The cooperative signs a bigger contract",
        title_fr="La coopérative signe un plus gros contrat",
        category=Post.Category.STATEMENT,
    )
    # The editor's preview is made before any visitor's page: it must leave nothing behind
    # for them (pieces of pages are shared by everyone under a page version).
    for code in ALL_LANGUAGES:
        assert africa_editor.get(post.preview_url(code)).status_code == 200

    assert response["Location"] == change_url(post)
    message = africa_editor.get(response["Location"])
    assert "Draft of changes saved; the public page is unchanged until you publish them." in (
        message.content.decode()
    )
    for code in ALL_LANGUAGES:
        page = public_page(client_in, post, code)
        assert page.xpath("string(//h1)") == before.get(code, post.localized(code).title)
        assert "Statement" not in page.xpath('string(//header[@class="item-header"])')
    post.refresh_from_db()
    assert post.title_fr.startswith("Les récupérateurs") and post.category == Post.Category.NEWS
    assert not Version.objects.exists()  # nothing of the item changed: no revision either


def test_the_change_form_reopens_with_the_draft_and_says_whose_it_is(africa_editor):
    post = published_post()
    save_draft(africa_editor, post, title_en="The cooperative signs a bigger contract")

    page = parse(africa_editor.get(change_url(post)))

    assert page.xpath('//input[@name="title_en"]/@value') == [
        "The cooperative signs a bigger contract"
    ]
    notice = " ".join(page.xpath('string(//ul[contains(@class,"draft-of-changes")])').split())
    assert "This form shows a draft of changes saved by amina on" in notice
    assert "SAST" in notice  # the editor's own zone (Africa/Johannesburg)
    assert page.xpath('//ul[contains(@class,"draft-of-changes")]//a/@href') == [
        post.preview_url("en")
    ]
    assert page.xpath('//button[@name="_discard_draft"]')
    buttons = dict(
        zip(
            page.xpath('//div[@class="submit-row"]/input/@name'),
            page.xpath('//div[@class="submit-row"]/input/@value'),
            strict=True,
        )
    )
    assert buttons["_save"] == "Publish changes"
    assert buttons["_save_draft"] == "Save as a draft of changes"


@pytest.mark.parametrize(
    ("language", "publish", "save_draft_label"),
    [
        ("es", "Publicar los cambios", "Guardar como borrador de cambios"),
        ("fr", "Publier les modifications", "Enregistrer comme brouillon de modifications"),
    ],
)
def test_the_buttons_speak_the_editors_language(africa_editor, language, publish, save_draft_label):
    post = published_post()
    page = parse(africa_editor.get(change_url(post), HTTP_ACCEPT_LANGUAGE=language))
    values = page.xpath('//div[@class="submit-row"]/input/@value')
    assert publish in values
    assert save_draft_label in values


def test_an_unpublished_item_is_saved_as_before(africa_editor):
    post = published_post(status=Status.DRAFT)
    page = parse(africa_editor.get(change_url(post)))
    assert not page.xpath('//input[@name="_save_draft"]')
    assert page.xpath('//input[@name="_save"]/@value') == ["Save"]


def test_a_scheduled_item_offers_a_draft_of_changes_too(africa_editor):
    post = published_post(published_at=timezone.now() + timedelta(days=3))
    page = parse(africa_editor.get(change_url(post)))
    assert page.xpath('//input[@name="_save"]/@value') == ["Publish changes"]
    assert page.xpath('//input[@name="_save_draft"]')


def test_a_drafts_dates_are_read_in_the_language_and_zone_they_were_typed_in(
    africa_editor, committee
):
    post = published_post()
    africa_editor.defaults["HTTP_ACCEPT_LANGUAGE"] = "fr"  # dates typed as 10/01/2027
    save_draft(africa_editor, post, published_at_0="10/01/2027", published_at_1="09:00:00")

    # The committee reads times in UTC, and English dates; Amina typed Johannesburg's (UTC+2).
    page = parse(committee.get(change_url(post)))

    assert page.xpath('//input[@name="published_at_0"]/@value') == ["2027-01-10"]
    assert page.xpath('//input[@name="published_at_1"]/@value') == ["07:00:00"]


def test_a_draft_is_checked_as_a_save_would_be_and_kept_only_when_valid(africa_editor):
    post = published_post()
    refused = submit_change_form(africa_editor, change_url(post), _save_draft="1", title_en="")
    assert refused.status_code == 200
    assert "the original language is set to English" in errors(refused)
    assert not ContentDraft.objects.exists()


def test_the_preview_shows_the_draft_and_says_so(africa_editor):
    post = published_post()
    save_draft(africa_editor, post, title_en="The cooperative signs a bigger contract")

    preview = africa_editor.get(post.preview_url("en"))

    page = parse(preview)
    assert page.xpath("string(//h1)") == "The cooperative signs a bigger contract"
    assert "draft of changes" in page.xpath('string(//p[@class="preview-banner"])')
    assert preview["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-cache" in preview["Cache-Control"]


def test_a_draft_with_a_new_address_previews_without_error(africa_editor):
    post = published_post()
    save_draft(africa_editor, post, title_en="A new headline", slug_en="", title_es="")
    page = parse(africa_editor.get(post.preview_url("en")))
    assert page.xpath("string(//h1)") == "A new headline"
    assert not FormerSlug.objects.exists()


def test_publishing_the_changes_makes_them_public_and_retires_the_draft(africa_editor, client_in):
    post = published_post()
    public_page(client_in, post, "en")  # cached for visitors
    save_draft(africa_editor, post, title_en="The cooperative signs a bigger contract")

    published = submit_change_form(africa_editor, change_url(post))  # "Publish changes"

    assert published.status_code == 302, errors(published)
    assert not ContentDraft.objects.exists()
    post.refresh_from_db()
    assert post.title_en == "The cooperative signs a bigger contract"
    assert public_page(client_in, post, "en").xpath("string(//h1)") == post.title_en
    assert Version.objects.get_for_object(post).count() == 1


def test_discarding_the_draft_brings_back_the_published_values(africa_editor):
    post = published_post()
    save_draft(africa_editor, post, title_en="A headline nobody will read")
    page = africa_editor.get(change_url(post))
    (notice_form,) = parse(page).xpath('//form[contains(@class,"draft-of-changes-actions")]')
    fields = {field.get("name"): field.get("value") for field in notice_form.xpath(".//input")}

    response = africa_editor.post(change_url(post), {**fields, "_discard_draft": ""})

    assert response.status_code == 302
    assert not ContentDraft.objects.exists()
    reopened = parse(africa_editor.get(change_url(post)))
    assert reopened.xpath('//input[@name="title_en"]/@value') == [
        "The cooperative signs a contract"
    ]
    assert not reopened.xpath('//ul[contains(@class,"draft-of-changes")]')


def test_a_draft_made_before_another_change_is_flagged(africa_editor):
    post = published_post()
    save_draft(africa_editor, post, title_en="A bigger contract")
    post.refresh_from_db()
    post.title_pt_br = "Catadores assinam um contrato"  # a translation imported meanwhile
    save_edit(post)

    page = parse(africa_editor.get(change_url(post)))

    notice = page.xpath('string(//ul[contains(@class,"draft-of-changes")])')
    assert "The item changed since this draft: compare before publishing" in notice


def test_a_form_opened_before_someone_saved_a_draft_does_not_overwrite_it(africa_editor, committee):
    post = published_post()
    opened_earlier = form_data(africa_editor.get(change_url(post)), "post_form")
    save_draft(committee, post, title_en="The committee's wording")

    refused = africa_editor.post(change_url(post), {**opened_earlier, "title_en": "Amina's"})

    assert refused.status_code == 200
    assert "chair saved a draft of changes to this item at" in errors(refused)
    assert ContentDraft.objects.get().form_data["title_en"] == ["The committee's wording"]
    post.refresh_from_db()
    assert post.title_en == "The cooperative signs a contract"


def test_the_edit_conflict_check_still_refuses_a_stale_draft_save(africa_editor, committee):
    post = published_post()
    opened_earlier = form_data(africa_editor.get(change_url(post)), "post_form")
    assert submit_change_form(committee, change_url(post), title_en="Committee").status_code == 302

    refused = africa_editor.post(
        change_url(post), {**opened_earlier, "title_en": "Amina's", "_save_draft": "1"}
    )

    assert refused.status_code == 200
    assert "chair saved this item at" in errors(refused)
    assert not ContentDraft.objects.exists()


def test_another_regions_draft_is_out_of_reach(africa_editor, committee):
    post = PostFactory(region="europe", title_en="Europe's published item")
    save_draft(committee, post, title_en="Europe's private draft")
    data = form_data(committee.get(change_url(post)), "post_form")

    assert africa_editor.get(change_url(post)).status_code == 403
    assert africa_editor.get(f"/admin/news/post/{post.pk}/draft-image/").status_code == 403
    for payload in ({**data, "_discard_draft": ""}, {**data, "_save_draft": "1"}):
        assert africa_editor.post(change_url(post), payload).status_code == 403
    preview_edits = africa_editor.post(f"/admin/news/post/{post.pk}/preview/", data)
    assert preview_edits.status_code == 403
    preview = africa_editor.get(post.preview_url("en"))
    assert preview.status_code == 404
    assert "Europe's private draft" not in preview.content.decode()
    assert ContentDraft.objects.get().form_data["title_en"] == ["Europe's private draft"]


def test_a_new_photo_in_a_draft_stays_private_until_published(
    africa_editor, client_in, settings, django_capture_on_commit_callbacks
):
    post = published_post(image_alt_en="")
    save_draft(
        africa_editor, post, image=photo(), image_alt_en="Members sorting paper at the depot"
    )

    draft = ContentDraft.objects.get()
    assert draft.new_image["width"] == 1200
    assert private_storage().exists(draft.new_image["name"])
    assert public_files(settings) == []
    assert not public_page(client_in, post, "en").xpath("//img[@class='item-image']")
    preview = parse(africa_editor.get(post.preview_url("en")))
    (source,) = preview.xpath("//img[@class='item-image']/@src")
    assert source == f"/admin/news/post/{post.pk}/draft-image/"
    image = africa_editor.get(source)
    assert image.status_code == 200 and image["Content-Type"] == "image/jpeg"
    assert client_in("en").get(source).status_code == 302  # to the log-in page

    with django_capture_on_commit_callbacks(execute=True):
        published = submit_change_form(africa_editor, change_url(post))

    assert published.status_code == 302, errors(published)
    post.refresh_from_db()
    assert post.image.name == draft.new_image["name"]
    assert (post.image_width, post.image_height) == (1200, 800)
    assert post.image_renditions
    assert Path(post.image.path).exists()
    assert not private_storage().exists(draft.new_image["name"])
    assert public_page(client_in, post, "en").xpath("//img[@class='item-image']/@src") == [
        post.image.url
    ]


@pytest.mark.django_db(transaction=True)
def test_a_backup_keeps_drafts_of_changes_and_their_photos(africa_editor, settings):
    post = published_post(image_alt_en="")
    save_draft(africa_editor, post, image=photo(), image_alt_en="Members sorting paper")
    draft = ContentDraft.objects.get()
    archive = io.BytesIO()
    write_backup(archive)

    call_command("flush", "--no-input", verbosity=0)
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    private_storage().delete(draft.new_image["name"])
    archive.seek(0)
    restore_backup(archive)

    restored = ContentDraft.objects.get()
    assert restored.content_id == post.pk and restored.author.get_username() == "amina"
    assert restored.form_data == draft.form_data
    assert private_storage().exists(draft.new_image["name"])


# --- previews before saving ----------------------------------------------------------------


def new_post_fields(client, **changes) -> dict:
    return {
        **form_data(client.get(ADD), "post_form"),
        "original_language": "en",
        "title_en": "Waste pickers open a new sorting centre",
        "body_en": "<p>The centre opens on Monday.</p><script>alert(1)</script>",
        "region": "africa",
        "status": "published",
        **changes,
    }


def test_a_new_item_is_previewed_before_its_first_save_and_nothing_is_written(africa_editor):
    fields = new_post_fields(africa_editor)
    cache_version = cache.get(VERSION_KEY)

    preview = africa_editor.post("/admin/news/post/preview/", {**fields, "_preview": "en"})

    assert preview.status_code == 200
    page = parse(preview)
    assert page.xpath("string(//h1)") == "Waste pickers open a new sorting centre"
    assert "The centre opens on Monday." in page.xpath('string(//div[@class="item-text"])')
    assert not page.xpath("//div[@class='item-text']//script")  # cleaned as a save cleans
    assert "not saved yet" in page.xpath('string(//p[@class="preview-banner"])')
    assert preview["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-cache" in preview["Cache-Control"]
    assert Content.objects.count() == 0
    assert not Version.objects.exists()
    assert cache.get(VERSION_KEY) == cache_version  # no change announced to the page cache


def test_the_preview_follows_the_chosen_language(africa_editor):
    fields = new_post_fields(
        africa_editor, title_es="Los recicladores abren un centro", body_es="<p>Abre el lunes.</p>"
    )
    preview = africa_editor.post("/admin/news/post/preview/", {**fields, "_preview": "es"})
    page = parse(preview)
    assert page.xpath("string(//h1)") == "Los recicladores abren un centro"
    assert page.xpath("/html/@lang") == ["es"]


def test_a_preview_of_a_form_with_errors_lists_them(africa_editor):
    fields = new_post_fields(africa_editor, title_en="")
    preview = africa_editor.post("/admin/news/post/preview/", {**fields, "_preview": "en"})
    assert preview.status_code == 200
    assert "Write a title." in parse(preview).xpath('string(//ul[@class="preview-errors"])')
    assert Content.objects.count() == 0


def test_the_change_form_previews_unsaved_edits(africa_editor):
    post = published_post()
    fields = form_data(africa_editor.get(change_url(post)), "post_form")

    preview = africa_editor.post(
        f"/admin/news/post/{post.pk}/preview/",
        {**fields, "title_en": "Not saved yet", "_preview": "en"},
    )

    assert parse(preview).xpath("string(//h1)") == "Not saved yet"
    post.refresh_from_db()
    assert post.title_en == "The cooperative signs a contract"
    assert not Version.objects.exists()


def test_the_preview_buttons_are_on_the_add_and_change_forms(africa_editor):
    post = published_post()
    for url, action in (
        (ADD, "/admin/news/post/preview/"),
        (change_url(post), f"/admin/news/post/{post.pk}/preview/"),
    ):
        page = parse(africa_editor.get(url))
        buttons = page.xpath('//form[@id="post_form"]//button[@name="_preview"]')
        assert [button.get("value") for button in buttons] == list(ALL_LANGUAGES)
        assert {button.get("formaction") for button in buttons} == {action}
        assert {button.get("formtarget") for button in buttons} == {"_blank"}


def test_a_photo_kept_from_a_failed_save_is_previewed_and_still_kept(africa_editor, settings):
    failed = africa_editor.post(
        ADD,
        {**new_post_fields(africa_editor, image_alt_en="Sorting paper", title_en=""),
         "image": photo()},
    )  # fmt: skip
    (reference,) = parse(failed).xpath('//input[@name="pending_image"]/@value')
    fields = new_post_fields(africa_editor, image_alt_en="Sorting paper", pending_image=reference)

    preview = africa_editor.post("/admin/news/post/preview/", {**fields, "_preview": "en"})

    (source,) = parse(preview).xpath("//img[@class='item-image']/@src")
    assert africa_editor.get(source)["Content-Type"] == "image/jpeg"
    assert public_files(settings) == []
    saved = africa_editor.post(ADD, fields)
    assert saved.status_code == 302, errors(saved)
    assert Post.objects.get().image.name.endswith("sorting-day.jpg")


# --- the language list ---------------------------------------------------------------------


def test_the_french_preview_of_a_spanish_only_item_lists_what_its_public_page_lists(
    africa_editor, client_in
):
    post = PostFactory(region="africa", languages=("es",))

    public = public_page(client_in, post, "fr")
    preview = parse(africa_editor.get(post.preview_url("fr")))

    assert available_in(public) == ["Español"]
    assert available_in(preview) == ["Español"]


def test_a_drafts_new_translation_is_listed_in_its_preview_only(africa_editor, client_in):
    post = PostFactory(region="africa", languages=("es",), title_es="Recicladores firman")
    save_draft(africa_editor, post, title_pt_br="Catadores assinam")

    assert available_in(public_page(client_in, post, "fr")) == ["Español"]
    preview = parse(africa_editor.get(post.preview_url("fr")))
    assert available_in(preview) == ["Español", "Português (Brasil)"]


# --- events ----------------------------------------------------------------------------------


def test_an_events_draft_is_previewed_with_its_new_date(africa_editor, client_in):
    event = EventFactory(region="africa", title_en="Regional assembly")
    url = f"/admin/events/event/{event.pk}/change/"
    saved = submit_change_form(africa_editor, url, _save_draft="1", start_date="2027-03-08")
    assert saved.status_code == 302, errors(saved)

    preview = parse(africa_editor.get(event.preview_url("en")))
    public = public_page(client_in, event, "en")

    assert "8 March 2027" in preview.xpath("string(//main)")
    assert "8 March 2027" not in public.xpath("string(//main)")
    assert "3 May 2024" in public.xpath("string(//main)")


def test_a_new_event_is_previewed_before_its_first_save(africa_editor):
    add = "/admin/events/event/add/"
    fields = {
        **form_data(africa_editor.get(add), "event_form"),
        "original_language": "en",
        "title_en": "Cooperative assembly",
        "region": "africa",
        "start_date": "2027-03-08",
        "_preview": "en",
    }

    preview = africa_editor.post("/admin/events/event/preview/", fields)

    assert preview.status_code == 200, preview.content.decode()[:300]
    page = parse(preview)
    assert page.xpath("string(//h1)") == "Cooperative assembly"
    assert "8 March 2027" in page.xpath("string(//main)")
    assert Content.objects.count() == 0
