"""A regional editor's form on a 360-pixel phone, in their language: one language switch for
the whole form, the fields that matter first, the item opening on its original language,
and the lists readable without scrolling sideways."""

import pytest
from PIL import Image
from playwright.sync_api import expect

from tests.site_server import EDITOR

from .conftest import PHONE, save_screenshot

LANGUAGES = ["en", "es", "fr", "pt-br"]


def sign_in(browser, base_url, language):
    context = browser.new_context(
        viewport=PHONE, locale=language, extra_http_headers={"Accept-Language": language}
    )
    page = context.new_page()
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", EDITOR["username"])
    page.fill("#id_password", EDITOR["password"])
    page.click("input[type=submit]")
    return context, page


def top(page, selector) -> float:
    return page.locator(selector).first.bounding_box()["y"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_event_form_has_one_language_switch_and_its_text_first(browser, base_url, language):
    context, page = sign_in(browser, base_url, language)
    page.goto(f"{base_url}/admin/events/event/add/")
    switch = page.locator("#language-switch")
    expect(switch).to_be_visible()
    # No row of tabs per field, and no second switch.
    assert page.locator(".ui-tabs-nav:visible").count() == 0
    assert page.locator("#modeltranslation-main-switch:visible").count() == 0
    # The form starts in the editor's language, which is marked as the original.
    expect(page.locator("#id_original_language")).to_have_value(language)
    expect(switch.locator(f'button[data-language="{language}"]')).to_have_attribute(
        "aria-pressed", "true"
    )
    title = "#id_title_" + language.replace("-", "_")
    expect(page.locator(title)).to_be_visible()
    # Language, title and text; then the event's dates and place; then publishing.
    order = [
        top(page, "#id_original_language"),
        top(page, title),
        top(page, "#id_start_date"),
        top(page, "#id_event_type"),
        top(page, "#id_status"),
    ]
    assert order == sorted(order), order
    # Switching language switches every field at once.
    other = "es" if language != "es" else "fr"
    switch.locator(f'button[data-language="{other}"]').click()
    expect(page.locator("#id_title_" + other)).to_be_visible()
    expect(page.locator("#id_summary_" + other)).to_be_visible()
    expect(page.locator(title)).to_be_hidden()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    save_screenshot(page, f"phone-event-form-{language}")
    context.close()


def test_an_item_opens_on_its_original_language(browser, base_url):
    context, page = sign_in(browser, base_url, "fr")
    # Demo items not written in English; the editor's admin is in French.
    page.goto(f"{base_url}/admin/news/post/?coverage=missing-en")
    page.locator("#result_list tbody th a").first.click()
    original = page.locator("#id_original_language").input_value()
    assert original not in ("en", "fr")
    expect(page.locator(f'#language-switch button[data-language="{original}"]')).to_have_attribute(
        "aria-pressed", "true"
    )
    expect(page.locator("#id_title_" + original.replace("-", "_"))).to_be_visible()
    expect(page.locator("#id_title_fr")).to_be_hidden()
    context.close()


@pytest.mark.parametrize("path", ["news/post", "events/event"])
def test_the_lists_fit_a_phone(browser, base_url, path):
    context, page = sign_in(browser, base_url, "es")
    page.goto(f"{base_url}/admin/{path}/")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    save_screenshot(page, f"phone-list-{path.replace('/', '-')}-es")
    context.close()


def test_a_missing_date_is_caught_before_the_photo_is_sent(browser, base_url, tmp_path):
    photo = tmp_path / "assembly.jpg"
    Image.new("RGB", (800, 500), "#2a7d4f").save(photo, "JPEG")
    context, page = sign_in(browser, base_url, "es")
    page.goto(f"{base_url}/admin/events/event/add/")
    posts = []
    page.on("request", lambda request: posts.append(request) if request.method == "POST" else None)
    page.fill("#id_title_es", "Asamblea de la cooperativa")
    page.set_input_files("#id_image", str(photo))
    page.fill("#id_image_alt_es", "Integrantes de la cooperativa en ronda")
    page.click("input[name=_save]")
    page.wait_for_timeout(500)
    # Nothing was sent: the browser stopped at the empty start date, photo still chosen.
    assert posts == []
    assert page.evaluate("document.getElementById('id_start_date').validity.valueMissing")
    assert page.evaluate("document.getElementById('id_image').files.length") == 1
    # The title of the original language is required; the others are not.
    assert page.evaluate("document.getElementById('id_title_es').required")
    assert not page.evaluate("document.getElementById('id_title_en').required")
    # A link typed without https:// is taken as it is (the site adds the scheme).
    page.fill("#id_online_url", "example.org/asamblea")
    assert page.evaluate("document.getElementById('id_online_url').validity.valid")
    page.fill("#id_start_date", "not a date")
    assert page.evaluate("document.getElementById('id_start_date').validity.patternMismatch")
    context.close()
