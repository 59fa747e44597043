"""The translators' gate: complete catalogues, no string left unmarked, compiled catalogues in
step with their sources, and translations served on a machine without GNU gettext."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

ROOT = Path(settings.BASE_DIR)
CATALOGUES = sorted((ROOT / "locale").glob("*/LC_MESSAGES/django.po"))
SOURCES = (
    "adapters",
    "pagecache",
    "content",
    "editorial",
    "news",
    "events",
    "directory",
    "documents",
    "bulletins",
    "pages",
    "redirects",
    "wordpress",
    "iawp_site",
    "templates",
    "static",
    "manage.py",
    "pyproject.toml",
)


def catalogue_id(path: Path) -> str:
    return path.parts[-3]


def test_every_site_language_but_english_has_a_catalogue():
    folders = {catalogue_id(path) for path in CATALOGUES}
    assert folders == {"es", "fr", "pt_BR"}


@pytest.mark.parametrize("path", CATALOGUES, ids=catalogue_id)
def test_catalogue_is_complete_and_not_fuzzy(path):
    catalogue = polib.pofile(str(path))
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []
    for entry in catalogue:
        if entry.msgid_plural:
            assert all(entry.msgstr_plural.values()), entry.msgid


@pytest.mark.parametrize("path", CATALOGUES, ids=catalogue_id)
def test_compiled_catalogue_is_in_step_with_its_source(path, tmp_path):
    compiled = path.with_suffix(".mo")
    assert compiled.exists(), f"{compiled} is missing: run `make setup`"
    fresh = tmp_path / "fresh.mo"
    polib.pofile(str(path)).save_as_mofile(str(fresh))
    assert compiled.read_bytes() == fresh.read_bytes(), (
        f"{compiled} is out of date: run `make setup`"
    )


def test_no_user_visible_string_is_missing_from_the_catalogues(tmp_path):
    """Run makemessages on a copy of the code: it must find nothing the catalogues lack."""
    if not shutil.which("xgettext"):
        if os.environ.get("CI"):
            pytest.fail("CI needs GNU gettext's xgettext: `make test` installs it.")
        pytest.skip("GNU gettext is not installed (apt-get install gettext)")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, tmp_path / name)
    (tmp_path / "locale" / "es" / "LC_MESSAGES").mkdir(parents=True)
    command = [sys.executable, "manage.py", "makemessages", "-l", "es", "--no-location", "-v0"]
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "iawp_site.settings"}
    subprocess.run(command, cwd=tmp_path, check=True, env=environment)
    found = {
        (e.msgctxt, e.msgid)
        for e in polib.pofile(str(tmp_path / "locale/es/LC_MESSAGES/django.po"))
    }
    known = {
        (e.msgctxt, e.msgid) for e in polib.pofile(str(ROOT / "locale/es/LC_MESSAGES/django.po"))
    }
    assert sorted(found - known, key=str) == [], "run `make messages` and translate the new strings"


@pytest.mark.django_db
def test_translations_compile_and_serve_without_gnu_gettext(
    client, settings, monkeypatch, tmp_path
):
    """A fresh machine: the .po files only, and no gettext tool on the PATH at all."""
    locale = tmp_path / "locale"
    shutil.copytree(ROOT / "locale", locale, ignore=shutil.ignore_patterns("*.mo"))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert shutil.which("msgfmt") is None
    settings.LOCALE_PATHS = [locale]  # also resets Django's translation caches
    call_command("compile_translations", verbosity=0)
    compiled = sorted(path.parts[-3] for path in locale.glob("*/LC_MESSAGES/django.mo"))
    assert compiled == ["es", "fr", "pt_BR"]
    tree = client.get("/pt-br/news/").content.decode()
    assert "<h1>Notícias</h1>" in tree
