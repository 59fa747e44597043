"""Every old address of an imported post or page answers with a permanent redirect to its new
address in the same language; archives and feeds to the matching list or feed."""

import pytest
from django.core.exceptions import ValidationError

from content.editing import save_edit
from news.models import Post
from redirects.models import Redirect


@pytest.fixture
def imported(run_import, uploads):
    run_import("polylang.xml", "--uploads", str(uploads))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # The WXR <link>, with and without a language prefix.
        ("/2011/11/13/durban-delegation/", "/en/news/durban-delegation/"),
        ("/en/2011/11/13/durban-delegation/", "/en/news/durban-delegation/"),
        ("/es/2011/11/14/recicladores-en-durban/", "/es/news/recicladores-en-durban/"),
        ("/2011/11/14/recicladores-en-durban/", "/es/news/recicladores-en-durban/"),
        ("/pt-br/2011/11/15/catadores-em-durban/", "/pt-br/news/catadores-em-durban/"),
        ("/fr/2011/11/20/calendar/", "/fr/news/calendar/"),
        ("/2011/11/20/calendar", "/fr/news/calendar/"),
        # By number, on the root or a language's home.
        ("/?p=12", "/en/news/durban-delegation/"),
        ("/?p=13", "/es/news/recicladores-en-durban/"),
        ("/es/?p=15", "/pt-br/news/catadores-em-durban/"),
        ("/en/?p=12&utm_source=x", "/en/news/durban-delegation/"),
        ("/?page_id=8", "/es/pages/quienes-somos/"),
        # Pages.
        ("/who-we-are/", "/en/pages/who-we-are/"),
        ("/es/quienes-somos/", "/es/pages/quienes-somos/"),
        # Archives and feeds.
        ("/category/press-releases/", "/en/news/?category=press-release"),
        ("/es/category/press-releases-es/", "/es/news/?category=press-release"),
        ("/category/africa/", "/en/news/?region=africa"),
        # Tags and categories that became topics: the topic's page, in the tag's language.
        ("/tag/climate/", "/en/topics/climate/"),
        ("/es/tag/clima-es/", "/es/topics/clima/"),
        ("/tag/clima-es/", "/es/topics/clima/"),
        ("/pt-br/tag/recycling-pt-br/", "/pt-br/topics/reciclagem/"),
        ("/fr/category/campagnes/", "/fr/topics/campagnes/"),
        ("/feed/", "/en/news/feed/rss/"),
        ("/es/feed/", "/es/news/feed/rss/"),
    ],
)
def test_each_old_address_redirects_to_the_new_one_in_its_language(client, imported, old, new):
    response = client.get(old)
    assert response.status_code == 301, old
    assert response["Location"] == new
    assert client.get(new).status_code == 200


def test_a_redirect_is_answered_without_the_database_once_made(
    client, imported, django_assert_num_queries
):
    assert client.get("/2011/11/13/durban-delegation/").status_code == 301
    assert client.get("/es/?p=13").status_code == 301
    with django_assert_num_queries(0):
        assert client.get("/2011/11/13/durban-delegation/").status_code == 301
        assert client.get("/es/?p=13").status_code == 301


def test_a_draft_or_deleted_items_old_address_leads_nowhere(client, imported):
    assert client.get("/?p=14").status_code == 302  # to the home page, as any unknown one
    assert client.get("/?p=14", follow=True).status_code == 200
    post = Post.objects.get(title_en="Waste pickers go to Durban & COP 17")
    post.status = "draft"
    save_edit(post)
    assert client.get("/2011/11/13/durban-delegation/").status_code == 404
    post.delete()
    assert not Redirect.objects.filter(old_path="/2011/11/13/durban-delegation/").exists()


def test_a_changed_address_is_followed(client, imported):
    post = Post.objects.get(title_en="Waste pickers go to Durban & COP 17")
    post.slug_en = "durban-2011"
    save_edit(post)
    assert client.get("/2011/11/13/durban-delegation/")["Location"] == "/en/news/durban-2011/"


def test_an_editors_redirect_never_points_to_a_missing_page_or_loops(db, client):
    Redirect.objects.create(old_path="/old-news/", target_path="/en/news/")
    assert client.get("/old-news/")["Location"] == "/en/news/"
    for target, field in [
        ("/en/nothing/here/", "target_path"),
        ("https://elsewhere.example/", "target_path"),
        ("/old-news/", "target_path"),
    ]:
        with pytest.raises(ValidationError) as refused:
            Redirect(old_path="/another/", target_path=target).full_clean()
        assert field in refused.value.message_dict
    with pytest.raises(ValidationError):
        Redirect(old_path="/loop/", target_path="/loop/").full_clean()
    with pytest.raises(ValidationError):
        Redirect(old_path="/en/news/", target_path="/en/events/").full_clean()  # a chain


def test_an_editors_redirect_from_an_address_that_answers_404(db, client):
    Redirect.objects.create(old_path="/en/news/gone-away/", target_path="/en/events/")
    assert client.get("/en/news/gone-away/")["Location"] == "/en/events/"


def test_the_committee_edits_redirects_in_the_admin(committee, africa_editor):
    response = committee.post(
        "/admin/redirects/redirect/add/",
        {"old_path": "/2010/01/01/old/", "language": "es", "target_path": "/es/news/"},
    )
    assert response.status_code == 302
    assert Redirect.objects.get().old_path == "/2010/01/01/old/"
    assert africa_editor.get("/admin/redirects/redirect/").status_code == 403
