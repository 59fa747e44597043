"""A reader subscribes from a page's footer, confirms through the emailed link, and reads
the bulletin on the web; another leaves through the link in the email."""

import re

from .conftest import save_screenshot


def emailed_path(output: str, kind: str) -> str:
    """The path of the first link of `kind` in what the console email backend printed."""
    return re.search(rf"https?://[^/\s]+(/[\w-]+/bulletins/{kind}/[^\s/]+/)", output).group(1)


def test_reader_subscribes_confirms_and_reads(page, base_url, samples, site_manage, viewport):
    address = f"lectora-{viewport['width']}@example.org"
    page.goto(f"{base_url}/es/news/")
    footer = page.locator("footer form.subscribe")
    footer.get_by_label("Dirección de correo electrónico").fill(address)
    footer.locator("summary").click()
    footer.get_by_label("África").check()
    footer.get_by_role("button").click()
    assert page.url == f"{base_url}/es/bulletins/subscribe/check-your-inbox/"
    assert page.locator("h1").inner_text() == "Revisa tu correo"
    save_screenshot(page, f"journey-bulletin-sent-es-{viewport['width']}")

    output = site_manage("send_bulletins")
    confirm = emailed_path(output.split(address, 1)[1], "confirm")
    page.goto(base_url + confirm)
    page.locator("main button").click()
    assert page.locator("[role=status]").is_visible()
    stored = site_manage(
        "shell", "-c",
        f"from bulletins.models import Subscriber; s = Subscriber.objects.get(email='{address}'); "
        "print(s.language, s.regions, s.consent_form)",
    )  # fmt: skip
    assert stored.strip().splitlines()[-1].split() == ["es", "['africa']", "footer"]

    page.get_by_role("link", name="Leer boletines anteriores").first.click()
    page.locator(f'a[href="/es/bulletins/{samples["bulletin"]}/"]').click()
    assert page.locator("article .event-card").count() == 7
    save_screenshot(page, f"journey-bulletin-es-{viewport['width']}")


def test_a_tampered_link_gets_a_clear_page(page, base_url):
    response = page.goto(f"{base_url}/fr/bulletins/unsubscribe/abc:def/")
    assert response.status == 400
    assert page.locator("main a[href='/fr/bulletins/subscribe/']").count() == 1
