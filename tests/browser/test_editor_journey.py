"""An editor writes a post with a translation, previews it, publishes it and finds it on the
public site, in a real browser at phone and desktop widths."""

import itertools

from playwright.sync_api import expect

from tests.site_server import EDITOR

from .conftest import open_context, save_screenshot

_numbers = itertools.count(1)


def test_editor_writes_previews_and_publishes_a_translated_post(browser, base_url, viewport):
    number = next(_numbers)
    title_en = f"Waste pickers meet the city council {number}"
    title_es = f"Recicladores se reúnen con el concejo municipal {number}"
    context = open_context(browser, viewport)
    page = context.new_page()
    # The admin must work under the Content-Security-Policy: nothing it needs is refused.
    refused = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )

    page.goto(f"{base_url}/admin/")
    page.fill("#id_username", EDITOR["username"])
    page.fill("#id_password", EDITOR["password"])
    page.click("input[type=submit]")
    page.goto(f"{base_url}/admin/news/post/add/")

    # One language switch for the whole form: English first, then Spanish.
    page.fill("#id_title_en", title_en)
    page.fill("#id_summary_en", "The council heard the cooperative's proposal.")
    # The body is typed into the rich-text editor, as an editor would.
    body = page.locator(".field-body_en [contenteditable][role=textbox]")
    body.click()
    page.keyboard.type("The cooperative asked to be paid for collection.")
    page.locator('#language-switch button[data-language="es"]').click()
    page.fill("#id_title_es", title_es)
    assert page.locator("#id_title_es").is_visible()
    assert not page.locator("#id_title_en").is_visible()
    page.select_option("#id_region", "latin-america")
    page.select_option("#id_status", "draft")
    save_screenshot(page, f"editor-add-post-{viewport['width']}")
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist .success")).to_have_count(1)

    # Preview the draft in Spanish: exactly the public page, with a banner, only for editors.
    with context.expect_page() as preview_info:
        page.locator(".preview-links").get_by_role("link", name="Preview in Español").click()
    preview = preview_info.value
    preview.wait_for_load_state()
    assert preview.locator("h1").inner_text() == title_es
    assert preview.locator(".preview-banner").is_visible()
    slug_es = f"recicladores-se-reunen-con-el-concejo-municipal-{number}"
    anonymous = open_context(browser, viewport).new_page()
    assert anonymous.goto(f"{base_url}/es/news/{slug_es}/").status == 404

    page.select_option("#id_status", "published")
    page.click("input[name=_save]")
    # The editor's body reached the page through the server's sanitiser.
    page.wait_for_url("**/admin/news/post/")
    expect(page.locator(".messagelist .success")).to_have_count(1)

    english = anonymous.goto(f"{base_url}/en/news/waste-pickers-meet-the-city-council-{number}/")
    assert english.status == 200
    assert "asked to be paid for collection" in anonymous.locator(".item-text").inner_text()

    public = anonymous.goto(f"{base_url}/es/news/{slug_es}/")
    assert public.status == 200
    assert anonymous.locator("h1").inner_text() == title_es
    anonymous.goto(f"{base_url}/es/news/")
    assert anonymous.get_by_role("link", name=title_es).count() == 1
    anonymous.context.close()
    context.close()
    assert refused == []
