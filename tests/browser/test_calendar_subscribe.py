"""The calendar's "Subscribe" menu with JavaScript turned off, on a phone: it opens, its links
hand the calendar to the apps by their own schemes, and the address is there to copy."""

from urllib.parse import parse_qs, urlsplit

import pytest

from .conftest import PHONE, open_context


@pytest.fixture
def phone_without_script(browser):
    context = open_context(browser, PHONE, java_script_enabled=False)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize(
    ("path", "summary", "feed_query"),
    [
        ("/es/events/?region=africa", "Suscribirse", "?region=africa"),
        ("/fr/events/past/", "S’abonner", ""),
    ],
)
def test_the_subscribe_menu_opens_without_javascript(
    phone_without_script, base_url, path, summary, feed_query
):
    page = phone_without_script
    page.goto(base_url + path)
    menu = page.locator("details.calendar-subscribe")
    address = menu.locator("input[readonly]")
    assert not address.is_visible()
    menu.locator("summary").filter(has_text=summary).click()
    assert address.is_visible()
    language = path.split("/")[1]
    file_url = f"{base_url}/{language}/events/calendar.ics{feed_query}"
    assert address.input_value() == file_url
    hrefs = [menu.locator("a").nth(index).get_attribute("href") for index in range(3)]
    webcal, google, outlook = hrefs
    assert webcal == "webcal://" + file_url.split("://", 1)[1]
    assert urlsplit(google).scheme == "https"
    assert parse_qs(urlsplit(google).query)["cid"] == [webcal]
    assert urlsplit(outlook).netloc == "outlook.live.com"
    assert parse_qs(urlsplit(outlook).query)["url"] == [file_url]
    # The address it gives is a calendar, served to be read in place.
    response = page.request.get(file_url)
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    assert response.headers["content-disposition"].startswith("inline")
    assert response.text().startswith("BEGIN:VCALENDAR")


def test_an_event_page_offers_both_apps_and_the_menu_without_javascript(
    phone_without_script, base_url, samples
):
    page = phone_without_script
    page.goto(f"{base_url}/pt-br/events/{samples['timed_event']['slug']['pt-br']}/")
    assert page.get_by_role("link", name="Adicionar ao Google Agenda").is_visible()
    assert page.get_by_role("link", name="Adicionar ao Outlook").is_visible()
    page.locator("details.calendar-subscribe summary").click()
    assert page.locator("details.calendar-subscribe input[readonly]").is_visible()
    page.select_option("select[name=tz]", "Asia/Kolkata")
    page.locator("form.zone-form button").click()
    assert "tz=Asia%2FKolkata" in page.url or "tz=Asia/Kolkata" in page.url
    assert page.locator("dd.chosen-zone").inner_text().startswith("Horário de Kolkata: ")


@pytest.mark.parametrize(("language", "summary"), [("en", "Subscribe"), ("pt-br", "Assinar")])
def test_a_topic_pages_menu_opens_without_javascript_on_that_topics_calendar(
    phone_without_script, base_url, samples, language, summary
):
    page = phone_without_script
    page.goto(f"{base_url}/{language}/topics/{samples['topic']}/")
    menu = page.locator("details.calendar-subscribe")
    address = menu.locator("input[readonly]")
    assert not address.is_visible()
    menu.locator("summary").filter(has_text=summary).click()
    assert address.is_visible()
    file_url = address.input_value()
    topic_path = urlsplit(page.url).path.rstrip("/")
    assert file_url == f"{base_url}{topic_path}.ics"
    webcal, google, outlook = (menu.locator("a").nth(index) for index in range(3))
    assert webcal.get_attribute("href") == "webcal://" + file_url.split("://", 1)[1]
    google_query = parse_qs(urlsplit(google.get_attribute("href")).query)
    assert google.is_visible() and google_query["cid"] == [webcal.get_attribute("href")]
    assert parse_qs(urlsplit(outlook.get_attribute("href")).query)["url"] == [file_url]
    response = page.request.get(file_url)
    assert response.headers["content-disposition"].startswith("inline")
    assert response.text().startswith("BEGIN:VCALENDAR")
