"""Every dependency points one way: the page cache knows no kind of content and is told by
the apps (iawp_site/cache_registry.py) what changes pages."""

import ast
from datetime import date
from pathlib import Path

import pytest
from django.core.cache import cache

from bulletins.models import Bulletin, BulletinItem
from events.models import Event
from iawp_site import cache_registry
from iawp_site.models import Content, FormerSlug, Page, SiteSettings
from iawp_site.page_cache import VERSION_KEY, bump_version
from news.models import Post

from .factories import PostFactory

SITE = Path(__file__).resolve().parent.parent / "iawp_site"
CACHE_LAYER = (
    "page_cache.py",
    "near_cache.py",
    "fragments.py",
    "compression.py",
    "redis_cache.py",
    "release.py",
    "cache_registry.py",
)
# The kinds of content, and the content core's models: the cache is told about them, it
# never asks.
FORBIDDEN = ("news", "events", "bulletins", "iawp_site.models")


def imported_modules(source: str) -> list[str]:
    """Every module a file imports, at its top or inside functions, relative ones resolved
    within iawp_site."""
    names = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = "iawp_site." * bool(node.level) + (node.module or "")
            if node.module:
                names.append(base)
            else:  # from . import models
                names.extend(f"iawp_site.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("module", CACHE_LAYER)
def test_the_cache_layer_imports_no_kind_of_content(module):
    imported = imported_modules((SITE / module).read_text())
    wrong = [
        name
        for name in imported
        if any(name == banned or name.startswith(f"{banned}.") for banned in FORBIDDEN)
    ]
    assert wrong == [], f"iawp_site/{module} imports {wrong}: register with cache_registry"


def test_the_guard_sees_imports_inside_functions():
    source = "def f():\n    from news.models import Post\n    from .models import Content\n"
    assert imported_modules(source) == ["news.models", "iawp_site.models"]


def test_each_app_registered_what_changes_its_pages():
    assert set(cache_registry.invalidating_models()) == set(MAKERS)
    assert cache_registry.card_template(Post) == "includes/post_card.html"
    assert cache_registry.card_template(Event) == "includes/event_card.html"
    assert cache_registry.card_template(Content) is None


def make_bulletin() -> Bulletin:
    return Bulletin.objects.create(region="europe", period=date(2026, 12, 1), title_en="Dec")


MAKERS = {
    Content: lambda: PostFactory(),  # every kind saves its Content row
    Page: lambda: Page.objects.create(key="about", title_en="About"),
    SiteSettings: lambda: SiteSettings.load(),
    FormerSlug: lambda: FormerSlug.objects.create(
        content=PostFactory(), language="en", slug="an-old-address"
    ),
    Bulletin: make_bulletin,
    BulletinItem: lambda: BulletinItem.objects.create(
        bulletin=make_bulletin(), content=PostFactory(region="europe")
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("model", MAKERS, ids=lambda model: model.__name__)
def test_saving_or_deleting_a_registered_model_bumps_the_page_version(
    model, django_capture_on_commit_callbacks
):
    instance = MAKERS[model]()
    for change in (instance.save, instance.delete):
        before = cache.get(VERSION_KEY)
        with django_capture_on_commit_callbacks() as callbacks:
            change()
        assert cache.get(VERSION_KEY) != before
        # Once more after the commit: a page made from what the database showed in between
        # must not be kept under the new version.
        assert bump_version in callbacks
