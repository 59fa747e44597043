"""Share links as a phone user meets them: on every item page, working with no script, and
nothing asked of another host (WhatsApp, Telegram...) before the visitor taps one."""

from urllib.parse import urlsplit

import pytest

from .conftest import LANGUAGES, PHONE, open_context, public_pages

ITEM_PAGES = ("news-detail", "vacancy", "event-detail", "organisation", "topic")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_request_leaves_the_site_until_a_share_link_is_tapped(
    browser, base_url, samples, language
):
    own_host = urlsplit(base_url).netloc
    requested = []
    context = open_context(browser, PHONE, java_script_enabled=False)

    def record(route):
        requested.append(route.request.url)
        if urlsplit(route.request.url).netloc == own_host:
            route.continue_()
        else:
            route.abort()  # counted, never sent: the test needs no network

    context.route("**/*", record)
    page = context.new_page()
    for kind in ITEM_PAGES:
        page.goto(base_url + public_pages(samples)[kind].format(lang=language))
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_load_state("networkidle")
        share = page.locator("section.share")
        assert share.is_visible(), kind
        assert share.locator("a").count() == 3
        address = share.locator("input").input_value()
        assert address == page.url.split("?")[0]
    assert [url for url in requested if urlsplit(url).netloc != own_host] == []
    page.locator("section.share a", has_text="WhatsApp").click()
    outside = [url for url in requested if urlsplit(url).netloc != own_host]
    assert [urlsplit(url).netloc for url in outside] == ["wa.me"]
    context.close()
