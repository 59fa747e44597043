"""Site-wide guards: migrations in step with models, one <h1> per page."""

import pytest
from django.core.management import call_command

from pages.models import Page

from .factories import EventFactory, PostFactory
from .reading import parse

pytestmark = pytest.mark.django_db


def test_no_missing_migrations():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.mark.parametrize("language", ["en", "es", "fr", "pt-br"])
def test_every_page_has_exactly_one_h1(client, language):
    post = PostFactory(languages=("es",))
    event = EventFactory(languages=("fr",))
    Page.objects.create(key="about", title_en="About", body_en="<h1>Not allowed</h1><p>x</p>")
    urls = [
        f"/{language}/",
        f"/{language}/news/",
        f"/{language}/news/?region=africa",
        f"/{language}/about/",
        post.get_absolute_url(language),
        f"/{language}/events/",
        f"/{language}/events/past/",
        f"/{language}/events/2024/5/",
        event.get_absolute_url(language),
        f"/{language}/no-such-page/",
    ]
    for url in urls:
        tree = parse(client.get(url))
        assert len(tree.xpath("//h1")) == 1, url


def test_rich_text_keeps_structure_and_drops_scripts():
    post = PostFactory(
        body_en='<h2>Heading</h2><p onclick="x()">Text <a href="javascript:alert(1)">bad</a> '
        '<a href="https://example.org">good</a></p><script>alert(1)</script>'
        '<p style="color:red">s</p>'
    )
    post.refresh_from_db()
    assert "<h2>Heading</h2>" in post.body_en
    assert "onclick" not in post.body_en and "<script" not in post.body_en
    assert "javascript:" not in post.body_en and "style=" not in post.body_en
    assert 'href="https://example.org"' in post.body_en
