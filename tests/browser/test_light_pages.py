"""Pages light enough for a cheap phone on a slow, costly connection: no script, nothing from
another host, small HTML and CSS, no web fonts, images sized and lazy below the fold."""

from urllib.parse import parse_qs, urlsplit

import pytest

from .conftest import LANGUAGES, PHONE, open_context, public_pages

HTML_BUDGET = 30 * 1024
CSS_BUDGET = 15 * 1024
FIRST_VIEW_BUDGET = 150 * 1024
LIST_PAGES = (
    "home",
    "news-list",
    "news-filtered",
    "events-upcoming",
    "events-past",
    "events-month",
    "organisations",
    "topics",
    "documents",
)


@pytest.fixture(scope="module")
def visit(browser, base_url):
    """Open a path at phone size; return (page, responses) with every response it caused."""
    contexts = {
        True: open_context(browser, PHONE),
        False: open_context(browser, PHONE, java_script_enabled=False),
    }
    pages = []

    def open_path(path: str, javascript: bool = True):
        if pages:
            pages.pop().close()
        page = contexts[javascript].new_page()
        pages.append(page)
        responses = []
        page.on("response", lambda response: responses.append(response))
        page.goto(base_url + path, wait_until="load")
        return page, responses

    yield open_path
    for context in contexts.values():
        context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_loads_anything_from_another_host_or_any_script(visit, samples, language):
    for name, template in public_pages(samples).items():
        page, responses = visit(template.format(lang=language))
        hosts = {urlsplit(response.url).netloc for response in responses}
        assert hosts == {urlsplit(page.url).netloc}, name
        kinds = {response.request.resource_type for response in responses}
        assert kinds <= {"document", "stylesheet", "image"}, (name, kinds)
        # Structured data (JSON-LD) is a data block, never run; nothing else may be a script.
        assert page.locator("script:not([type='application/ld+json'])").count() == 0, name


@pytest.mark.parametrize("page_type", LIST_PAGES)
def test_list_pages_stay_within_the_html_budget(visit, samples, page_type):
    for language in LANGUAGES:
        _page, responses = visit(public_pages(samples)[page_type].format(lang=language))
        document = next(r for r in responses if r.request.resource_type == "document")
        assert len(document.body()) <= HTML_BUDGET, (page_type, language, len(document.body()))


def test_css_in_total_stays_within_budget_and_loads_no_fonts(visit):
    page, responses = visit("/en/")
    stylesheets = [r for r in responses if r.request.resource_type == "stylesheet"]
    assert stylesheets
    assert sum(len(r.body()) for r in stylesheets) <= CSS_BUDGET
    assert not [r for r in responses if r.request.resource_type == "font"]
    assert all(b"@font-face" not in r.body() for r in stylesheets)
    assert page.evaluate("document.fonts.size") == 0


def test_home_first_view_stays_within_150_kb(visit):
    _page, responses = visit("/es/")
    total = sum(len(response.body()) for response in responses if response.status < 300)
    assert total <= FIRST_VIEW_BUDGET, total


@pytest.mark.parametrize("page_type", ["home", "news-list", "news-detail"])
def test_images_have_sizes_and_only_those_below_the_fold_wait(visit, samples, page_type):
    page, _responses = visit(public_pages(samples)[page_type].format(lang="en"))
    images = page.evaluate(
        """() => [...document.images].map(img => ({
            src: img.src, width: img.getAttribute('width'), height: img.getAttribute('height'),
            loading: img.loading, top: img.getBoundingClientRect().top + window.scrollY,
            alt: img.getAttribute('alt')}))"""
    )
    assert images, page_type
    fold = PHONE["height"]
    for image in images:
        assert image["width"] and image["height"], image
        assert image["alt"], image
        if image["top"] > fold * 2:
            assert image["loading"] == "lazy", image
        if image["top"] < fold:
            assert image["loading"] != "lazy", image


def test_the_site_works_with_javascript_turned_off(visit, samples):
    page, _responses = visit("/fr/news/", javascript=False)
    page.locator("main summary").click()
    page.select_option("select[name=region]", "global")
    page.get_by_role("button", name="Afficher").click()
    assert "region=global" in page.url
    assert page.locator("h2.card-title").count() >= 1
    page.get_by_role("link", name="Português (Brasil)").click()
    address = urlsplit(page.url)
    assert address.path == "/pt-br/news/"
    assert parse_qs(address.query) == {"region": ["global"]}
    year, month = samples["timed_event"]["month"]
    page, _responses = visit(f"/pt-br/events/{year}/{month}/", javascript=False)
    page.locator("nav.month-nav a[rel=next]").click()
    assert page.get_by_role("table").is_visible()
