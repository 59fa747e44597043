"""Every dependency points one way (README, "Layout"): read from the code with `ast`, every
import counted, those inside functions too (a lazy import that dodges a cycle is a cycle).

Each package may import those in lower layers and itself, never one beside or above it."""

import ast
from datetime import date
from pathlib import Path

import pytest
from django.core.cache import cache

from bulletins.models import Bulletin, BulletinItem
from content import kinds
from content.models import Content, FormerSlug
from documents.models import DocumentFile
from events.models import Event
from news.models import Post
from pagecache import registry
from pagecache.middleware import VERSION_KEY, bump_version
from pages.models import Page, SiteSettings
from redirects.models import Redirect

from .factories import DocumentFactory, PostFactory

ROOT = Path(__file__).resolve().parent.parent
LAYERS = [
    {"adapters"},
    {"pagecache"},
    {"content"},
    {"editorial"},
    # Items name organisations and topics: the directory is below the kinds that name them.
    {"directory"},
    # News and events attach documents, which name organisations and topics.
    {"documents"},
    {"news", "events"},
    {"bulletins"},
    {"pages"},
    {"redirects"},
    {"wordpress"},
    {"iawp_site"},
]
PACKAGES = set().union(*LAYERS)
LAYER_OF = {package: number for number, layer in enumerate(LAYERS) for package in layer}


def project_modules() -> dict[str, Path]:
    """Every module of the project's packages; migrations, demo texts and tests aside."""
    modules = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if "migrations" in parts or "demo" in parts:
                continue
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            modules[name] = path
    return modules


def imported_modules(source: str, module: str, is_package: bool = False) -> list[str]:
    """Every module a file imports, at its top or inside functions, relative imports resolved;
    `from package import name` counts `package.name` when that is a module."""
    names = []
    here = module.split(".") if is_package else module.split(".")[:-1]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = here[: len(here) - (node.level - 1)]
                base = ".".join(anchor + ([node.module] if node.module else []))
            names.append(base)
            names.extend(f"{base}.{alias.name}" for alias in node.names)
    return names


def project_graph() -> dict[str, set[str]]:
    modules = project_modules()
    graph = {}
    for name, path in modules.items():
        imported = imported_modules(path.read_text(), name, path.name == "__init__.py")
        graph[name] = {other for other in imported if other in modules and other != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan's algorithm)."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_imports_itself_back_through_others():
    assert cycles(project_graph()) == []


def test_each_package_imports_only_those_below_it():
    wrong = []
    for module, imported in project_graph().items():
        package = module.split(".")[0]
        for other in imported:
            target = other.split(".")[0]
            if target != package and LAYER_OF[target] >= LAYER_OF[package]:
                wrong.append(f"{module} -> {other}")
    assert wrong == []


def test_the_guard_sees_what_it_must():
    source = (
        "from . import models\n"
        "def f():\n"
        "    from news.models import Post\n"
        "    from ..kinds import named\n"
    )
    found = imported_modules(source, "content.templatetags.site_tags")
    assert {"content.templatetags.models", "news.models", "content.kinds"} <= set(found)
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    # The project's own packages are all there, each with its modules.
    graph = project_graph()
    assert {"pagecache.middleware", "content.models", "pages.views"} <= set(graph)
    assert "content.models" in graph["news.models"]


def test_each_kind_registered_itself():
    assert [kind.name for kind in kinds.all_kinds()] == [
        "news",
        "events",
        "organisations",
        "topics",
        "documents",
    ]
    assert kinds.of_model(Post).card_template == "includes/post_card.html"
    assert registry.card_template(Event) == "includes/event_card.html"
    assert registry.card_template(Content) is None
    assert sorted(kinds.accessors()) == ["document", "event", "organisation", "post", "topic"]


def make_bulletin() -> Bulletin:
    return Bulletin.objects.create(region="europe", period=date(2026, 12, 1), title_en="Dec")


MAKERS = {
    Content: lambda: PostFactory(),  # every kind saves its Content row
    Page: lambda: Page.objects.create(key="about", title_en="About"),
    SiteSettings: lambda: SiteSettings.load(),
    FormerSlug: lambda: FormerSlug.objects.create(
        content=PostFactory(), language="en", slug="an-old-address"
    ),
    Redirect: lambda: Redirect.objects.create(old_path="/feed/", target_path="/en/news/"),
    Bulletin: make_bulletin,
    DocumentFile: lambda: DocumentFile.objects.create(
        document=DocumentFactory(), language="en", file="documents/x/a.pdf", file_format="pdf"
    ),
    BulletinItem: lambda: BulletinItem.objects.create(
        bulletin=make_bulletin(), content=PostFactory(region="europe")
    ),
}


def test_each_app_registered_what_changes_its_pages():
    assert set(registry.invalidating_models()) == set(MAKERS)


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
