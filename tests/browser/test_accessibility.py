"""Accessibility as a screen-reader or keyboard user meets the site: axe-core finds nothing on
any page type in any language, the skip link works, focus is visible, the month is a table."""

import json

import pytest

from tests.site_server import EDITOR, ROOT

from .conftest import DESKTOP, LANGUAGES, PHONE, open_context, public_pages

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# The names of the page types; their addresses come from the demo database at run time.
PAGE_TYPES = list(
    public_pages(
        {
            "post": {"slug": {"en": ""}},
            "timed_event": {"slug": {"en": ""}, "month": [2024, 1]},
            "spanish_only_post": "",
            "vacancy": "",
            "approximate_event": "",
            "bulletin": 0,
            "organisation": "",
            "topic": "",
            "document": "",
        }
    )
)


def axe_violations(page) -> list[dict]:
    """axe-core is injected as an inline script, which the site's Content-Security-Policy
    rightly refuses: the pages checked are opened with `bypass_csp` (the policy itself is
    tested in tests/hardening and by the editor's journey)."""
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `make test` (it runs npm ci)")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    return [
        {
            "id": violation["id"],
            "help": violation["help"],
            "targets": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in result
    ]


@pytest.fixture(scope="module")
def axe_page(browser):
    context = open_context(browser, DESKTOP, bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_axe_finds_no_violations_on_public_pages(axe_page, base_url, samples, page_type, language):
    path = public_pages(samples)[page_type].format(lang=language)
    axe_page.goto(base_url + path)
    violations = axe_violations(axe_page)
    assert violations == [], json.dumps(violations, indent=1, ensure_ascii=False)


@pytest.fixture(scope="module")
def editor_page(browser, base_url):
    context = open_context(
        browser, DESKTOP, bypass_csp=True, extra_http_headers={"Accept-Language": "es"}
    )
    page = context.new_page()
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", EDITOR["username"])
    page.fill("#id_password", EDITOR["password"])
    page.click("input[type=submit]")
    yield page
    context.close()


ADMIN_SCREENS = {
    "dashboard": "/admin/",
    "news-list": "/admin/news/post/",
    "news-add": "/admin/news/post/add/",
    "events-list": "/admin/events/event/",
    "event-add": "/admin/events/event/add/",
}


@pytest.mark.parametrize("screen", ADMIN_SCREENS)
def test_axe_finds_no_violations_on_the_editors_main_screens(editor_page, base_url, screen):
    editor_page.goto(base_url + ADMIN_SCREENS[screen])
    violations = axe_violations(editor_page)
    assert violations == [], json.dumps(violations, indent=1, ensure_ascii=False)


def test_admin_login_page_has_no_violations(browser, base_url):
    context = open_context(browser, DESKTOP, bypass_csp=True)
    page = context.new_page()
    page.goto(f"{base_url}/admin/login/")
    assert axe_violations(page) == []
    context.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_keyboard_user_skips_to_content_with_a_visible_focus(browser, base_url, viewport):
    context = open_context(browser, viewport, bypass_csp=True)
    page = context.new_page()
    page.goto(f"{base_url}/fr/news/")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip-link")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert skip.inner_text() == "Aller au contenu"
    box = skip.bounding_box()
    assert box and box["y"] >= 0, "the focused skip link is on screen"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # The next Tab lands inside the main content, past the header and menus.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null")
    outline = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, parseFloat(s.outlineWidth)]; }"
    )
    assert outline[0] != "none" and outline[1] >= 2, outline
    context.close()


def test_every_link_and_control_can_be_reached_by_keyboard(browser, base_url):
    context = open_context(browser, DESKTOP, bypass_csp=True)
    page = context.new_page()
    page.goto(f"{base_url}/en/events/?region=africa")  # a filter in use opens the form
    visible = page.evaluate(
        "() => [...document.querySelectorAll('a[href], button, select, summary, input')]"
        ".map((element, index) => { element.dataset.key = index; return element; })"
        ".filter(element => element.checkVisibility()).map(element => element.dataset.key)"
    )
    reached = set()
    for _ in range(len(visible) + 3):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("document.activeElement.dataset.key"))
    assert set(visible) <= reached
    context.close()


def test_month_view_reads_as_a_table_to_a_screen_reader(browser, base_url, samples):
    context = open_context(browser, DESKTOP, bypass_csp=True)
    page = context.new_page()
    year, month = samples["timed_event"]["month"]
    page.goto(f"{base_url}/en/events/{year}/{month}/")
    table = page.get_by_role("table")
    assert table.locator("caption").inner_text().endswith(str(year))
    headers = page.get_by_role("columnheader")
    assert headers.count() == 7
    assert headers.first.locator("abbr").get_attribute("title") == "Monday"
    cell_links = table.locator("a.day-event")
    assert cell_links.count() >= 1
    # Each title in the grid is a link to its event, named by the title itself.
    assert cell_links.first.get_attribute("href").startswith("/en/events/")
    assert cell_links.first.inner_text().strip()
    context.close()
