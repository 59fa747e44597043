"""The import's report, and its refusals, in the language of the shell it runs in (as every
gettext program reads LANGUAGE, LC_ALL, LC_MESSAGES and LANG), else the site's default."""

import pytest
from django.core.management.base import CommandError

from wordpress.report import operators_language

# Per shell locale: the table's heading, a line about a tag, a line about a post, the end.
WORDING = {
    "en_GB.UTF-8": (
        ["kind", "language", "created", "updated", "kept", "skipped"],
        "- tag climate, tag clima-es: became the topic “Climate” (en, es)",
        "- post 12 “Waste pickers go to Durban & COP 17”: [gallery] removed",
        "Imported without errors.",
    ),
    "es_CL.UTF-8": (
        ["tipo", "idioma", "creados", "actualizados", "conservados", "omitidos"],
        "- etiqueta climate, etiqueta clima-es: pasó a ser el tema «Climate» (en, es)",
        "- entrada 12 «Waste pickers go to Durban & COP 17»: [gallery] quitado",
        "Importado sin errores.",
    ),
    "fr_FR.UTF-8": (
        ["type", "langue", "créés", "mis", "à", "jour", "gardés", "ignorés"],
        "- étiquette climate, étiquette clima-es : est devenue le thème « Climate » (en, es)",
        "- article 12 « Waste pickers go to Durban & COP 17 » : [gallery] retiré",
        "Importé sans erreur.",
    ),
    "pt_BR.UTF-8": (
        ["tipo", "idioma", "criados", "atualizados", "mantidos", "ignorados"],
        "- tag climate, tag clima-es: virou o tema “Climate” (en, es)",
        "- post 12 “Waste pickers go to Durban & COP 17”: [gallery] removido",
        "Importado sem erros.",
    ),
}


@pytest.mark.parametrize("locale", list(WORDING))
def test_the_report_is_in_the_shells_language(run_import, uploads, shell_language, locale):
    shell_language(locale)
    output = run_import("polylang.xml", "--uploads", str(uploads))
    heading, tag_line, post_line, end = WORDING[locale]
    lines = output.splitlines()
    assert lines[0].split() == heading
    assert tag_line in lines and post_line in lines
    assert lines[-1] == end


def test_a_dry_run_and_a_refused_file_say_so_in_the_shells_language(
    run_import, uploads, shell_language, tmp_path
):
    shell_language("pt_BR.UTF-8")
    output = run_import("polylang.xml", "--uploads", str(uploads), "--dry-run")
    assert output.startswith("Simulação: nada foi gravado.")
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")
    with pytest.raises(CommandError) as refused:
        run_import(str(empty))
    assert str(refused.value) == "Nada foi importado. O arquivo está vazio."


@pytest.mark.parametrize(
    ("variables", "language"),
    [
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),  # a language the site has no words in
        ({"LANG": "fr_CA.UTF-8"}, "fr"),
        ({"LANG": "pt_PT.UTF-8"}, "pt-br"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "es_ES.UTF-8"}, "es"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, "fr"),
        ({"LANGUAGE": "de:pt_BR:en", "LANG": "en_US.UTF-8"}, "pt-br"),
    ],
)
def test_the_language_is_read_as_gettext_programs_read_it(monkeypatch, variables, language):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    assert operators_language() == language


def test_the_import_itself_is_the_same_whatever_the_shells_language(
    run_import, uploads, shell_language
):
    from news.models import Post

    shell_language("es_CL.UTF-8")
    run_import("polylang.xml", "--uploads", str(uploads))
    post = Post.objects.get(title_en="Waste pickers go to Durban & COP 17")
    assert post.get_absolute_url("en") == "/en/news/durban-delegation/"
    assert post.original_language == "en"
