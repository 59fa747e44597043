"""A busy day in the month grid: "+N more" leads to that day's events."""

from datetime import date

import pytest

from tests.factories import EventFactory
from tests.reading import parse, texts

pytestmark = pytest.mark.django_db

HEADING = {
    "en": "Events on 14 May 2030",
    "es": "Eventos del 14 de mayo de 2030",
    "fr": "Événements du 14 mai 2030",
    "pt-br": "Eventos de 14 de maio de 2030",
}


@pytest.mark.parametrize("language", ["en", "es", "fr", "pt-br"])
def test_more_than_a_cell_holds_links_to_the_days_events(client, language):
    on_the_day = [
        EventFactory(start_date=date(2030, 5, 14), region="africa").localized(language).title
        for _ in range(5)
    ]
    EventFactory(start_date=date(2030, 5, 15), region="africa")
    EventFactory(start_date=date(2030, 5, 25), date_precision="late", region="africa")
    month = parse(client.get(f"/{language}/events/2030/5/?region=africa"))
    (more,) = month.xpath('//table[@class="month"]//a[@class="day-more"]')
    assert more.get("href") == f"/{language}/events/2030/5/14/?region=africa"
    day = parse(client.get(more.get("href")))
    assert texts(day, "//h1") == [HEADING[language]]
    assert sorted(texts(day, '//*[contains(@class,"card-title")]')) == sorted(on_the_day)


@pytest.mark.parametrize("path", ["/en/events/2030/2/30/", "/en/events/2030/13/1/",
                                  "/en/events/99999/1/1/", "/en/events/2030/5/0/"])  # fmt: skip
def test_a_day_that_cannot_be_is_a_404(client, path):
    assert client.get(path).status_code == 404
