"""Fixtures for end-to-end tests in the Debian Chromium, driven by Playwright.

No browser is downloaded: Playwright launches /usr/bin/chromium (Debian's package). Where it
is missing the browser tests are skipped, except in CI, where `make test` installs it and a
missing browser must fail loudly rather than pass by skipping.
"""

import os
import shutil
from pathlib import Path

import pytest

from tests.site_server import ROOT, manage, running_site, site_environment

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
PHONE = {"width": 360, "height": 640}
DESKTOP = {"width": 1280, "height": 800}
LANGUAGES = ("en", "es", "fr", "pt-br")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(config, items):
    if Path(CHROMIUM).exists():
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(f"CI needs Chromium at {CHROMIUM}: run `make test`.")
    skip = pytest.mark.skip(reason="Debian chromium is not installed (make test installs it)")
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("site")


@pytest.fixture(scope="session")
def site(site_dir):
    """(base_url, sample page addresses) of a gunicorn serving the demo content."""
    with running_site(site_dir) as running:
        yield running


@pytest.fixture(scope="session")
def site_manage(site, site_dir):
    """Runs a management command against the served site's database; returns its output
    (the email of the console backend, for instance)."""
    return lambda *args: manage(site_environment(site_dir), *args)


@pytest.fixture(scope="session")
def base_url(site):
    return site[0]


@pytest.fixture(scope="session")
def samples(site):
    return site[1]


# One Chromium per test module, not per session: Playwright's synchronous API keeps an event
# loop running in the thread while it is started, and Django refuses database work from a
# thread with a running loop. With the tests shared among pytest-xdist's workers, a worker may
# run database tests after a browser module: Playwright has stopped by then.
@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(params=[PHONE, DESKTOP], ids=["phone", "desktop"])
def viewport(request):
    return request.param


def open_context(browser, viewport, **options):
    return browser.new_context(viewport=viewport, accept_downloads=True, **options)


@pytest.fixture
def page(browser, viewport):
    context = open_context(browser, viewport)
    page = context.new_page()
    yield page
    context.close()


def save_screenshot(page, name: str) -> Path:
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    # A full-page picture should show the images a reader would scroll to.
    page.evaluate(
        "document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')"
    )
    page.wait_for_load_state("load")
    page.screenshot(path=str(path), full_page=True)
    return path


def public_pages(samples) -> dict[str, str]:
    """Every public page type, by name, as a path template with {lang}."""
    post, event = samples["post"], samples["timed_event"]
    year, month = event["month"]
    day = event.get("day", 1)
    # Slugs are those of one language; the site redirects to each language's own (301).
    return {
        "home": "/{lang}/",
        "news-list": "/{lang}/news/",
        "news-filtered": "/{lang}/news/?region=global&category=statement",
        "news-detail": "/{lang}/news/" + post["slug"]["en"] + "/",
        "news-untranslated": "/{lang}/news/" + samples["spanish_only_post"] + "/",
        "vacancy": "/{lang}/news/" + samples["vacancy"] + "/",
        "events-upcoming": "/{lang}/events/",
        "events-past": "/{lang}/events/past/",
        "events-month": f"/{{lang}}/events/{year}/{month}/",
        "events-month-approximate": "/{lang}/events/2011/11/",
        "events-day": f"/{{lang}}/events/{year}/{month}/{day}/",
        "event-detail": "/{lang}/events/" + event["slug"]["en"] + "/",
        "event-approximate": "/{lang}/events/" + samples["approximate_event"] + "/",
        "about": "/{lang}/about/",
        "standing-page": "/{lang}/pages/privacy/",
        "regions": "/{lang}/regions/",
        "region": "/{lang}/regions/latin-america/",
        "organisations": "/{lang}/organisations/",
        "organisations-filtered": "/{lang}/organisations/?region=africa",
        "organisation": "/{lang}/organisations/" + samples["organisation"] + "/",
        "topics": "/{lang}/topics/",
        "topic": "/{lang}/topics/" + samples["topic"] + "/",
        "documents": "/{lang}/documents/",
        "document": "/{lang}/documents/" + samples["document"] + "/",
        "search": "/{lang}/search/?q=2011",
        "bulletins": "/{lang}/bulletins/",
        "bulletin": f"/{{lang}}/bulletins/{samples['bulletin']}/",
        "bulletin-subscribe": "/{lang}/bulletins/subscribe/",
        "bulletin-check-inbox": "/{lang}/bulletins/subscribe/check-your-inbox/",
        "bulletin-bad-link": "/{lang}/bulletins/confirm/not-a-real-link/",
        "not-found": "/{lang}/no-such-page/",
    }
