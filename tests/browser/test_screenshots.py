"""Every page type in every language at phone and desktop width, kept as screenshots in
test-artifacts/screenshots/ (not committed) for anyone to look at, and checked for what a
designer would catch first: a visible title and nothing wider than the screen."""

import pytest

from .conftest import DESKTOP, LANGUAGES, PHONE, open_context, public_pages, save_screenshot


@pytest.fixture(scope="module", params=[PHONE, DESKTOP], ids=["phone", "desktop"])
def shooting_page(request, browser):
    context = open_context(browser, request.param)
    page = context.new_page()
    yield page, request.param
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_fits_the_screen(shooting_page, base_url, samples, language):
    page, viewport = shooting_page
    for name, template in public_pages(samples).items():
        page.goto(base_url + template.format(lang=language))
        assert page.locator("h1").is_visible(), name
        overflow = page.evaluate("document.documentElement.scrollWidth") - viewport["width"]
        assert overflow <= 0, f"{name} is {overflow}px wider than the screen"
        save_screenshot(page, f"{name}-{language}-{viewport['width']}")
