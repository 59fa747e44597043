"""A visitor's path through the site, in a real browser, at phone and desktop widths."""

from pathlib import Path

from icalendar import Calendar

from .conftest import save_screenshot


def test_visitor_reads_news_switches_language_and_stays_on_the_item(
    page, base_url, samples, viewport
):
    post = samples["post"]
    page.goto(f"{base_url}/")
    assert page.url == f"{base_url}/en/"  # the browser asks for English by default
    page.get_by_role("navigation", name="Main").get_by_role("link", name="News").click()
    assert page.url == f"{base_url}/en/news/"
    page.locator(f'a[href="/en/news/{post["slug"]["en"]}/"]').first.click()
    assert page.url.endswith(f"/en/news/{post['slug']['en']}/")
    english_title = page.locator("h1").inner_text()

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Español").click()
    assert page.url == f"{base_url}/es/news/{post['slug']['es']}/"
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator("h1").inner_text() != english_title
    assert page.locator("aside.notice").count() == 0
    save_screenshot(page, f"journey-news-item-es-{viewport['width']}")


def test_visitor_reaches_an_untranslated_item_and_sees_the_notice(page, base_url, samples):
    page.goto(f"{base_url}/fr/news/{samples['spanish_only_post']}/")
    notice = page.locator("aside.notice")
    assert "pas encore disponible en français" in notice.inner_text()
    assert page.locator("h1").get_attribute("lang") == "es"
    notice.get_by_role("link", name="Español").click()
    assert page.url == f"{base_url}/es/news/{samples['spanish_only_post']}/"
    assert page.locator("aside.notice").count() == 0


def test_visitor_browses_events_month_and_downloads_the_ics(page, base_url, samples, viewport):
    event = samples["timed_event"]
    page.goto(f"{base_url}/pt-br/")
    page.get_by_role("navigation", name="Principal").get_by_role("link", name="Eventos").click()
    assert page.url == f"{base_url}/pt-br/events/"
    page.get_by_role("link", name="Visão mensal").click()
    year, month = event["month"]
    if not page.url.endswith(f"/pt-br/events/{year}/{month}/"):
        page.goto(f"{base_url}/pt-br/events/{year}/{month}/")
    table = page.get_by_role("table")
    assert table.locator("thead th").count() == 7
    page.locator(f'a[href="/pt-br/events/{event["slug"]["pt-br"]}/"]').first.click()
    assert page.url.endswith(f"/pt-br/events/{event['slug']['pt-br']}/")
    save_screenshot(page, f"journey-event-pt-br-{viewport['width']}")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Adicionar à minha agenda (.ics)").click()
    calendar = Calendar.from_ical(Path(download_info.value.path()).read_bytes())
    (component,) = calendar.walk("VEVENT")
    assert str(component["SUMMARY"]) == page.locator("h1").inner_text()
    assert component["DTSTART"].params["TZID"]
