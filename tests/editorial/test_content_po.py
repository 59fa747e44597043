"""Translating content by file: export, translate in a PO editor, import; nothing lost."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from content.editing import save_edit
from editorial.content_po import export_po, import_po
from tests.factories import EventFactory, PostFactory
from tests.reading import parse

pytestmark = pytest.mark.django_db


def entries(po) -> dict[str, polib.POEntry]:
    return {entry.msgctxt: entry for entry in po}


@pytest.fixture
def items():
    missing = PostFactory(
        languages=("en",),
        title_en="Congress report",
        body_en="<p>Delegates met.</p>",
        region="africa",
    )
    outdated = PostFactory(languages=("en", "es"), title_en="Vacancy", region="europe")
    outdated.summary_en = "An updated summary."
    save_edit(outdated)
    translated = PostFactory(title_en="All done", region="africa")
    event = EventFactory(
        languages=("fr",), title_fr="Rencontre", organisers_fr="La coordination", region="africa"
    )
    return missing, outdated, translated, event


def test_export_lists_missing_and_outdated_fields_with_context(items):
    missing, outdated, translated, event = items
    po = entries(export_po("es"))
    assert po[f"news.post:{missing.pk}:title"].msgid == "Congress report"
    assert po[f"news.post:{missing.pk}:title"].msgstr == ""
    assert po[f"news.post:{missing.pk}:body"].msgid == "<p>Delegates met.</p>"
    stale = po[f"news.post:{outdated.pk}:summary"]
    assert stale.msgid == "An updated summary." and stale.fuzzy and stale.msgstr
    assert f"news.post:{outdated.pk}:title" not in po  # still current
    assert not [key for key in po if key.startswith(f"news.post:{translated.pk}:")]
    assert po[f"events.event:{event.pk}:organisers"].msgid == "La coordination"


def test_export_can_be_narrowed_by_region_and_kind(items):
    missing, outdated, translated, event = items
    africa_news = entries(export_po("es", region="africa", kind="news"))
    assert {key.split(":")[1] for key in africa_news} == {str(missing.pk)}


def translate(po, texts: dict[str, str]) -> str:
    for entry in po:
        if entry.msgctxt in texts:
            entry.msgstr = texts[entry.msgctxt]
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
    po.metadata["Last-Translator"] = "Equipo de traducción <traduccion@example.org>"
    return str(po)


def test_round_trip_updates_exactly_those_fields_and_credits_the_translator(items, client):
    missing, outdated, *_rest = items
    po = export_po("es")
    text = translate(
        po,
        {
            f"news.post:{missing.pk}:title": "Informe del congreso",
            f"news.post:{missing.pk}:body": (
                '<p onclick="x()">Se reunieron.</p><script>alert(1)</script>'
            ),
            f"news.post:{outdated.pk}:summary": "Un resumen actualizado.",
        },
    )
    report = import_po(text)
    assert report.ok and len(report.applied) == 3 and report.stale == []
    missing.refresh_from_db()
    outdated.refresh_from_db()
    assert missing.title_es == "Informe del congreso"
    assert missing.body_es == "<p>Se reunieron.</p>"  # sanitised like any save
    assert missing.summary_es in ("", None)  # left untranslated in the file
    assert missing.translator_es == "Equipo de traducción"
    assert outdated.summary_es == "Un resumen actualizado."
    assert outdated.translation_state["es"] == "translated"
    page = parse(client.get(missing.get_absolute_url("es")))
    assert page.xpath("string(//h1)") == "Informe del congreso"
    assert "Equipo de traducción" in page.xpath('string(//p[@class="translation-credit"])')


def test_an_entry_whose_original_changed_since_export_is_reported_not_applied(items):
    missing, outdated, *_rest = items
    po = export_po("es")
    missing.title_en = "Congress report (corrected)"
    save_edit(missing)
    text = translate(
        po,
        {
            f"news.post:{missing.pk}:title": "Informe del congreso",
            f"news.post:{outdated.pk}:summary": "Un resumen actualizado.",
        },
    )
    report = import_po(text)
    assert report.stale == [f"news.post:{missing.pk}:title"]
    assert report.applied == [f"news.post:{outdated.pk}:summary"]
    missing.refresh_from_db()
    assert not missing.title_es


@pytest.mark.parametrize(
    "bad_file",
    [
        "this is not a po file at all\x00\x01",
        'msgid "unterminated',
        # A well-formed file in a language the site does not have.
        'msgid ""\nmsgstr ""\n"Language: de\\n"\n\n'
        'msgctxt "news.post:1:title"\nmsgid "x"\nmsgstr "y"\n',
    ],
)
def test_a_malformed_file_is_refused_whole(items, bad_file):
    report = import_po(bad_file)
    assert not report.ok and report.errors


def test_one_bad_entry_stops_the_whole_import(items):
    missing, outdated, *_rest = items
    po = export_po("es")
    po.append(polib.POEntry(msgctxt="news.post:999999:title", msgid="Ghost", msgstr="Fantasma"))
    po.append(polib.POEntry(msgctxt="iawp_site.page:1:title", msgid="x", msgstr="y"))
    text = translate(po, {f"news.post:{missing.pk}:title": "Informe del congreso"})
    report = import_po(text)
    assert not report.ok
    assert any("news.post:999999:title" in error for error in report.errors)
    missing.refresh_from_db()
    assert not missing.title_es


def test_management_commands_round_trip(items, tmp_path):
    missing, *_rest = items
    path = tmp_path / "es.po"
    call_command(
        "export_translations",
        "--language",
        "es",
        "--region",
        "africa",
        "-o",
        str(path),
        verbosity=0,
    )
    po = polib.pofile(str(path))
    path.write_text(translate(po, {f"news.post:{missing.pk}:title": "Informe"}), encoding="utf-8")
    call_command("import_translations", str(path), "--translator", "Ana", verbosity=0)
    missing.refresh_from_db()
    assert (missing.title_es, missing.translator_es) == ("Informe", "Ana")
    (tmp_path / "broken.po").write_text('msgid "x', encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("import_translations", str(tmp_path / "broken.po"), verbosity=0)


def test_admin_pages_export_and_import(items, committee, africa_editor):
    missing, outdated, _translated, event = items
    download = committee.get("/admin/translations/files/", {"language": "es", "kind": "news"})
    assert download["Content-Disposition"] == 'attachment; filename="iawp-content-es.po"'
    po = polib.pofile(download.content.decode())
    assert {entry.msgctxt.split(":")[1] for entry in po} == {str(missing.pk), str(outdated.pk)}
    regional = polib.pofile(
        africa_editor.get("/admin/translations/files/", {"language": "es"}).content.decode()
    )
    assert {entry.msgctxt.split(":")[1] for entry in regional} == {str(missing.pk), str(event.pk)}

    text = translate(po, {f"news.post:{missing.pk}:title": "Informe del congreso"})
    response = committee.post(
        "/admin/translations/files/",
        {"file": SimpleUploadedFile("es.po", text.encode()), "translator": "Ana"},
    )
    assert "1 translation applied." in parse(response).xpath(
        'string(//div[@class="translation-report"])'
    )
    broken = committee.post(
        "/admin/translations/files/", {"file": SimpleUploadedFile("es.po", b"\xff\xfe garbage")}
    )
    assert "Nothing was imported" in broken.content.decode()
    # A regional editor cannot import into another region's item.
    other = translate(export_po("es"), {f"news.post:{outdated.pk}:summary": "Otro"})
    refused = africa_editor.post(
        "/admin/translations/files/", {"file": SimpleUploadedFile("es.po", other.encode())}
    )
    assert "region you do not edit" in refused.content.decode()
    outdated.refresh_from_db()
    assert outdated.summary_es != "Otro"
