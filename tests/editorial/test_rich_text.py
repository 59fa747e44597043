"""Rich text: the structure of an article survives, anything that could run does not."""

import pytest

from tests.admin_forms import submit_change_form
from tests.factories import PostFactory
from tests.reading import parse

pytestmark = pytest.mark.django_db

XSS_VECTORS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    '<a href="JaVaScRiPt:alert(1)">click</a>',
    '<a href="&#106;avascript:alert(1)">click</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>',
    '<p onclick="alert(1)" onmouseover="alert(1)">hover</p>',
    '<p style="background:url(javascript:alert(1))">styled</p>',
    '<iframe src="https://example.org"></iframe>',
    "<svg><script>alert(1)</script></svg>",
    '<svg onload="alert(1)"></svg>',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button>go</button></form>',
    '<input autofocus onfocus="alert(1)">',
    '<body onload="alert(1)">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    '<link rel="stylesheet" href="javascript:alert(1)">',
    "<style>body{background:red}</style>",
    '<div style="width: expression(alert(1))">old IE</div>',
    '<a href="https://example.org" target="_blank" onclick="alert(1)">ok link</a>',
    "<scr<script>ipt>alert(1)</script>",
    '"><script>alert(1)</script>',
]


@pytest.mark.parametrize("vector", XSS_VECTORS)
def test_hostile_markup_is_removed_on_save_and_never_reaches_the_page(client, vector):
    post = PostFactory(body_en=f"<p>Before</p>{vector}<p>After</p>")
    post.refresh_from_db()
    page = client.get(post.get_absolute_url("en")).content.decode()
    body = parse(client.get(post.get_absolute_url("en"))).xpath('//div[@class="item-text"]')[0]
    for element in body.iter():
        assert element.tag not in {"script", "iframe", "object", "embed", "form", "input", "style",
                                   "svg", "math", "meta", "base", "link", "img"}  # fmt: skip
        for name, value in element.attrib.items():
            assert not name.startswith("on"), (name, value)
            assert name != "style"
            assert not value.strip().lower().startswith(("javascript:", "data:")), value
    assert "alert(1)</script>" not in page.split('<div class="item-text"')[1].split("</article>")[0]


def test_the_structure_of_an_article_survives(client):
    body = (
        "<h2>Resolutions</h2><p>Intro with <strong>bold</strong>, <em>emphasis</em> and a "
        '<a href="https://example.org/report">link</a>.</p><ul><li>One</li><li>Two</li></ul>'
        "<ol><li>First</li></ol><blockquote><p>A quote</p></blockquote><h3>Next</h3>"
    )
    post = PostFactory(body_en=body)
    tree = parse(client.get(post.get_absolute_url("en")))
    text = tree.xpath('//div[@class="item-text"]')[0]
    assert text.xpath("./h2/text()") == ["Resolutions"] and text.xpath("./h3/text()") == ["Next"]
    assert text.xpath(".//strong/text()") == ["bold"] and text.xpath(".//em/text()") == ["emphasis"]
    assert text.xpath(".//a/@href") == ["https://example.org/report"]
    assert text.xpath("./ul/li/text()") == ["One", "Two"]
    assert text.xpath("./blockquote/p/text()") == ["A quote"]


def test_the_admin_offers_the_rich_text_editor_with_its_own_scripts(committee):
    post = PostFactory(region="africa")
    tree = parse(committee.get(f"/admin/news/post/{post.pk}/change/"))
    assert tree.xpath('//textarea[@name="body_en"][@data-django-prose-editor-configurable]')
    scripts = tree.xpath("//script/@src")
    assert any("django_prose_editor" in src for src in scripts)
    assert all(src.startswith("/") and not src.startswith("//") for src in scripts)


def test_a_body_saved_through_the_admin_is_sanitised(committee):
    post = PostFactory(region="africa")
    response = submit_change_form(
        committee,
        f"/admin/news/post/{post.pk}/change/",
        body_en='<p onclick="x()">Kept</p><script>alert(1)</script>',
    )
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.body_en == "<p>Kept</p>"
