"""A database made by main before the package split (#17) migrates to the new layout with
everything in it: every item still served at its address in every language, with its
heading; old addresses still redirecting; every row, revision and permission kept; the old
revisions still restorable. How the fixture was made: make_before_layout_split.py."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MANIFEST = json.loads((HERE / "before_layout_split.json").read_text())
# (SEQUENCE, event): an event whose calendar SEQUENCE ran ahead of its edit number, as one
# edited before the number was added would.
LONG_EDITED = (6, 11)


@pytest.fixture(scope="module")
def after_upgrade(tmp_path_factory):
    folder = tmp_path_factory.mktemp("upgrade")
    database = folder / "site.sqlite3"
    shutil.copy(HERE / "before_layout_split.sqlite3", database)
    shutil.copytree(HERE / "uploads", folder / "media")
    with sqlite3.connect(database) as connection:  # an event edited before edit numbers
        connection.execute(
            "UPDATE events_event SET sequence = ? WHERE content_ptr_id = ?", LONG_EDITED
        )
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "iawp_site.settings",
        "SQLITE_PATH": str(database),
        "MEDIA_ROOT": str(folder / "media"),
        "PAGE_CACHE": "false",
    }
    environment.pop("DATABASE_URL", None)  # the fixture is a SQLite file, whatever CI runs
    environment.pop("CACHE_URL", None)
    migrate = [sys.executable, "manage.py", "migrate", "--no-input", "-v0"]
    subprocess.run(migrate, cwd=ROOT, env=environment, check=True)
    served = subprocess.run(
        [sys.executable, str(HERE / "served_after_upgrade.py")],
        cwd=ROOT,
        env={**environment, "PYTHONPATH": str(ROOT)},
        input=json.dumps({**MANIFEST, "long_edited_event": LONG_EDITED[1]}),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(served.stdout.strip().splitlines()[-1])


def test_every_item_is_served_at_its_address_in_every_language(after_upgrade):
    assert len(MANIFEST["pages"]) > 90  # 22 items in up to four languages, and the lists
    assert after_upgrade["pages"] == MANIFEST["pages"]


def test_old_addresses_still_redirect_to_the_new_ones(after_upgrade):
    assert after_upgrade["former_slugs"] == MANIFEST["former_slugs"]


# Models added after the old site was made bring their permissions (add, change, delete and
# view of each) and the groups' grants of them: the directory's organisations and topics (#20:
# the regional editors' group gets those of organisations and may view topics, 5; the
# committee's all of them, 8) and redirects.Redirect (#19: four of each); the committee may
# add and delete standing pages (#23: 2 more grants), and the privacy notice is a new page;
# documents and their files (#21: four of each; both groups get all eight, 16 grants).
ADDED_KIND_PERMISSIONS = {"add", "change", "delete", "view"}
ADDED_PERMISSION_ROWS = {
    "auth_permission": 8 + 4 + 8,
    "auth_group_permissions": 13 + 4 + 2 + 16,
    "iawp_site_page": 1,
}


def test_every_row_is_kept_in_its_table(after_upgrade):
    expected = {
        table: count + ADDED_PERMISSION_ROWS.get(table, 0)
        for table, count in MANIFEST["rows"].items()
    }
    assert after_upgrade["rows"] == expected
    assert MANIFEST["rows"]["reversion_version"] > 40


def test_each_item_knows_its_kind_and_keeps_its_image(after_upgrade):
    assert after_upgrade["kinds"] == ["events.event", "news.post"]
    assert after_upgrade["images"] == MANIFEST["images"]


def test_an_old_revision_is_restored(after_upgrade):
    assert after_upgrade["reverted_title_es"] == MANIFEST["revert"]["title_es_before"]


def test_migrate_builds_the_search_index_of_the_old_site(after_upgrade):
    assert after_upgrade["searched"] > 40
    assert after_upgrade["search_misses"] == []


def test_the_editor_keeps_every_permission(after_upgrade):
    before = sorted(label.split(".")[1] for label in MANIFEST["permissions"])
    added = set(after_upgrade["permissions"]) - set(before)
    assert set(before) <= set(after_upgrade["permissions"])
    # Only those of the kinds added since (the regional editor's: organisations, documents
    # and their files, and viewing topics).
    assert added == {
        f"{action}_{model}"
        for action in ADDED_KIND_PERMISSIONS
        for model in ("organisation", "document", "documentfile")
    } | {"view_topic"}


def test_an_event_edited_before_edit_numbers_keeps_its_calendar_sequence(after_upgrade):
    # Calendar apps ignore an update whose SEQUENCE goes down.
    assert after_upgrade["long_edited_sequences"] == [LONG_EDITED[0], LONG_EDITED[0] + 1]


def test_each_event_counts_the_days_it_covers(after_upgrade):
    counted = after_upgrade["event_days"]
    assert counted and all(days == covered for days, covered in counted)
    assert any(days > 1 for days, _covered in counted)  # the demo has events of several days
