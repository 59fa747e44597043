"""A translated file is untrusted input: over any bound (size, entries, lines of one text, a
field's length or characters, time) nothing is applied and the translator is told which."""

from unittest import mock

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db.models.signals import post_save
from django.utils import translation

from editorial.content_po import ImportLimits, export_po, import_po
from news.models import Post
from tests.factories import EventFactory, PostFactory
from tests.reading import parse

pytestmark = pytest.mark.django_db

BODY = "<p>Delegates from twelve countries met in Pune.</p>"


@pytest.fixture(autouse=True)
def in_english():
    """The messages read here are the English ones, whatever language an earlier test left
    active in this thread."""
    with translation.override("en"):
        yield


@pytest.fixture
def posts():
    first = PostFactory(languages=("en",), title_en="Congress report", body_en=BODY)
    second = PostFactory(languages=("en",), title_en="Vacancy", body_en="<p>Apply.</p>")
    return first, second


def translated(texts: dict[str, str], *, last_translator: str = "Equipo") -> str:
    po = export_po("es")
    for entry in po:
        if entry.msgctxt in texts:
            entry.msgstr = texts[entry.msgctxt]
    po.metadata["Last-Translator"] = f"{last_translator} <equipo@example.org>"
    return str(po)


def nothing_applied(*items) -> bool:
    for item in items:
        item.refresh_from_db()
    return all(not item.title_es and not item.body_es for item in items)


def refused(report) -> str:
    assert not report.ok and not report.applied
    return " ".join(report.errors)


@pytest.fixture
def never_parsed():
    """Fails the test if polib is asked to read the file."""
    with mock.patch("editorial.content_po.read_po", side_effect=AssertionError("parsed")):
        yield


def limits(**bounds) -> ImportLimits:
    return ImportLimits(**{"max_bytes": 10_000_000, "max_entries": 1000, "seconds": 60, **bounds})


def test_a_file_over_the_configured_size_is_refused_before_parsing(posts, settings, never_parsed):
    settings.TRANSLATION_IMPORT_MAX_BYTES = 2000
    text = translated({f"news.post:{posts[0].pk}:body": "<p>" + "Texto. " * 400 + "</p>"})
    assert "larger than 2.0" in refused(import_po(text))
    assert nothing_applied(*posts)


def test_the_admin_checks_an_uploads_size_before_reading_it(posts, committee, settings):
    settings.TRANSLATION_IMPORT_MAX_BYTES = 2000
    text = translated({f"news.post:{posts[0].pk}:title": "Informe " * 300})
    upload = SimpleUploadedFile("es.po", text.encode())
    with mock.patch("editorial.translation_views.import_po", side_effect=AssertionError("read")):
        response = committee.post("/admin/translations/files/", {"file": upload})
    report = parse(response).xpath('string(//div[@class="translation-report"])')
    assert "Nothing was imported" in report and "larger than 2.0" in report
    assert nothing_applied(*posts)


def test_the_command_refuses_a_file_over_the_size(posts, settings, tmp_path):
    settings.TRANSLATION_IMPORT_MAX_BYTES = 2000
    path = tmp_path / "es.po"
    path.write_text(translated({f"news.post:{posts[0].pk}:title": "Informe " * 300}))
    with pytest.raises(CommandError, match="larger than 2.0"):
        call_command("import_translations", str(path), verbosity=0)
    assert nothing_applied(*posts)


def test_too_many_entries_are_refused_before_parsing(posts, settings, never_parsed):
    settings.TRANSLATION_IMPORT_MAX_ENTRIES = 3
    text = translated({f"news.post:{posts[0].pk}:title": "Informe"})  # 4 entries
    assert "more than 3 entries" in refused(import_po(text))
    assert nothing_applied(*posts)


def test_a_title_longer_than_its_column_is_refused_with_its_context(posts):
    first, second = posts
    text = translated(
        {
            f"news.post:{first.pk}:title": "Informe " * 30,  # 240 characters; the column is 200
            f"news.post:{second.pk}:title": "Vacante",
        }
    )
    message = refused(import_po(text))
    assert f"news.post:{first.pk}:title" in message
    assert "at most 200 characters (it has 240)" in message
    assert nothing_applied(*posts)


def test_an_events_own_field_is_bounded_by_its_column_too(posts):
    event = EventFactory(languages=("en",), title_en="Assembly", organisers_en="The Alliance")
    text = translated({f"events.event:{event.pk}:organisers": "La Alianza " * 40})
    assert f"events.event:{event.pk}:organisers" in refused(import_po(text))
    event.refresh_from_db()
    assert not event.organisers_es


def test_an_over_long_translator_credit_is_refused(posts):
    text = translated({f"news.post:{posts[0].pk}:title": "Informe"}, last_translator="E" * 250)
    assert "Last-Translator: " in refused(import_po(text))
    assert nothing_applied(*posts)


def test_a_nul_character_is_refused_before_parsing(posts, never_parsed):
    text = translated({f"news.post:{posts[0].pk}:title": "Informe\x00 del congreso"})
    message = refused(import_po(text))
    assert "NUL character" in message and "Line " in message
    assert nothing_applied(*posts)


@pytest.mark.parametrize(
    ("field", "text", "shown"),
    [
        ("title", "Informe\x0b del congreso", "U+000B"),  # pasted from a word processor
        ("title", "Informe\ndel congreso", "U+000A"),  # a title is one line
        ("title", "Informe\x85", "U+0085"),
        ("body", "<p>Se reunieron.\x0c</p>", "U+000C"),
    ],
)
def test_a_control_character_is_refused_with_its_context(posts, field, text, shown):
    message = refused(import_po(translated({f"news.post:{posts[0].pk}:{field}": text})))
    assert f"news.post:{posts[0].pk}:{field}" in message and shown in message
    assert nothing_applied(*posts)


def test_line_breaks_and_tabs_are_welcome_in_a_body(posts):
    body = "<p>Se reunieron.</p>\n<p>\tDelegadas de doce países.</p>"
    report = import_po(translated({f"news.post:{posts[0].pk}:body": body}))
    assert report.ok, report.errors
    posts[0].refresh_from_db()
    assert "Delegadas de doce países" in posts[0].body_es


def test_a_text_split_over_too_many_lines_is_refused_before_parsing(posts, never_parsed):
    text = translated({f"news.post:{posts[0].pk}:title": "x"}).replace(
        'msgstr "x"', 'msgstr ""\n' + '"x"\n' * 60
    )
    message = refused(import_po(text, limits=limits(max_lines_per_text=50)))
    assert "more than 50 lines" in message
    assert nothing_applied(*posts)


@pytest.mark.parametrize(
    "shape",
    [
        "# a comment\n" * 60,  # a translator comment grows like a text does
        '#. a\nmsgctxt "x"\n' * 30,  # and keeps growing across msgctxt lines
        'msgid ""\nmsgstr "Language: es' + "\\nx" * 60 + '"\n',  # so do the header's lines
        '"x"\r' * 60,  # polib ends lines at a lone carriage return
        '"x"\n\n' * 60,  # and skips the blank lines between pieces
    ],
)
def test_other_shapes_that_slow_polib_down_are_refused_too(posts, never_parsed, shape):
    text = shape + 'msgctxt "a"\nmsgid "b"\nmsgstr ""\n' + shape
    assert "more than 50 lines" in refused(import_po(text, limits=limits(max_lines_per_text=50)))


def test_a_text_in_many_continuation_lines_within_bounds_imports_whole(posts):
    first, _second = posts
    title = "Informe del congreso de recicladores de Pune"
    body = "".join(f"<p>Párrafo {number}.</p>\n" for number in range(3000))
    po = polib.pofile(translated({}))
    for entry in po:
        if entry.msgctxt == f"news.post:{first.pk}:title":
            entry.msgstr = title
        if entry.msgctxt == f"news.post:{first.pk}:body":
            entry.msgstr = body
    # Wrapped as PO editors do: one piece per character of the title, one line per paragraph.
    text = polib.POFile.__str__(po)
    text = text.replace(f'msgstr "{title}"', 'msgstr ""\n' + "".join(f'"{c}"\n' for c in title))
    assert '"I"\n"n"\n"f"\n' in text and text.count('"<p>P') == 3000
    report = import_po(text)
    assert report.ok, report.errors
    first.refresh_from_db()
    assert first.title_es == title
    assert first.body_es.count("<p>") == 3000


def test_running_out_of_time_while_checking_applies_nothing(posts):
    text = translated({f"news.post:{post.pk}:title": "Informe" for post in posts})
    clock = iter([0.0, 0.0, 100.0, 100.0, 100.0, 100.0])
    with mock.patch("editorial.content_po.time") as time:
        time.monotonic.side_effect = lambda: next(clock)
        message = refused(import_po(text, limits=limits(seconds=20)))
    assert "longer than 20 seconds" in message
    assert nothing_applied(*posts)


def test_running_out_of_time_while_applying_undoes_what_was_saved(posts):
    text = translated({f"news.post:{post.pk}:title": "Informe" for post in posts})
    now = [0.0]

    def late(**_kwargs):
        now[0] = 100.0  # the first save took the rest of the budget

    post_save.connect(late, sender=Post)
    try:
        with mock.patch("editorial.content_po.time") as time:
            time.monotonic.side_effect = lambda: now[0]
            message = refused(import_po(text, limits=limits(seconds=20)))
    finally:
        post_save.disconnect(late, sender=Post)
    assert "longer than 20 seconds" in message
    assert nothing_applied(*posts)


def test_the_command_has_no_time_budget_to_run_out_of(posts, settings, tmp_path):
    settings.TRANSLATION_IMPORT_SECONDS = 0  # the admin page would give up at once
    path = tmp_path / "es.po"
    path.write_text(translated({f"news.post:{posts[0].pk}:title": "Informe"}))
    call_command("import_translations", str(path), verbosity=0)
    posts[0].refresh_from_db()
    assert posts[0].title_es == "Informe"


def test_the_list_of_problems_is_bounded(posts):
    po = export_po("es")
    for number in range(80):
        po.append(polib.POEntry(msgctxt=f"news.post:{900000 + number}:title", msgid="x"))
    report = import_po(str(po))
    assert len(report.errors) == 51
    assert report.errors[-1] == "There are more problems: correct these first."


def test_an_over_long_title_through_the_admin_is_a_message_not_an_error_page(posts, committee):
    # On PostgreSQL this used to reach the database and end in a 500.
    text = translated({f"news.post:{posts[0].pk}:title": "Informe " * 30})
    response = committee.post(
        "/admin/translations/files/", {"file": SimpleUploadedFile("es.po", text.encode())}
    )
    assert response.status_code == 200
    assert "at most 200 characters" in parse(response).xpath(
        'string(//div[@class="translation-report"])'
    )
    assert nothing_applied(*posts)
