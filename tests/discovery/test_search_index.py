"""Search reads an index that follows every change an editor or a translator makes, folds
accents in every language, and never holds a worker long: past its bounds the visitor gets
a clear page, never an error."""

import importlib
import io
import threading
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from reversion.models import Version

from content.editing import save_edit
from content.models import SearchCard, SearchEntry
from content.search_index import FTS_TABLE, index_is_missing, rebuild_index
from editorial.content_po import export_po, import_po
from tests.admin_forms import errors, submit_change_form
from tests.factories import EventFactory, PostFactory, TopicFactory
from tests.reading import parse, texts

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "es", "fr", "pt-br")
DAY = timedelta(days=1)


def found(client, language: str, query: str, **filters) -> list[str]:
    response = client.get(f"/{language}/search/", {"q": query, **filters})
    assert response.status_code == 200
    return texts(parse(response), '//li[@class="result"]//h2')


# Following every change


def test_an_editors_save_is_found_at_once_under_its_new_words(committee, client):
    post = PostFactory(title_en="Cooperative signs a contract", region="africa")
    assert found(client, "en", "contract") == ["Cooperative signs a contract"]
    url = f"/admin/news/post/{post.pk}/change/"
    saved = submit_change_form(committee, url, title_en="Cooperative wins a tender")
    assert saved.status_code == 302, errors(saved)
    assert found(client, "en", "tender") == ["Cooperative wins a tender"]
    assert found(client, "en", "contract") == []


def test_a_translation_imported_by_file_is_found_in_its_language(client):
    post = PostFactory(languages=("en",), title_en="Pickers map their routes")
    # Untranslated, the Spanish page shows (and search finds) the English words.
    assert found(client, "es", "routes") == ["Pickers map their routes"]
    po = export_po("es")
    for entry in po:
        if entry.msgctxt == f"news.post:{post.pk}:title":
            entry.msgstr = "Los recicladores trazan sus rutas"
    assert import_po(str(po)).ok
    assert found(client, "es", "rutas") == ["Los recicladores trazan sus rutas"]
    assert found(client, "es", "routes") == []
    assert found(client, "en", "routes") == ["Pickers map their routes"]


def test_a_restored_version_is_found_by_its_restored_words(committee, client):
    post = PostFactory(title_en="Assembly", region="africa")
    url = f"/admin/news/post/{post.pk}/change/"
    for title in ("Assembly in Nairobi", "Assembly in Kampala"):  # each save a revision
        assert submit_change_form(committee, url, title_en=title).status_code == 302
    assert found(client, "en", "Nairobi") == []
    nairobi = Version.objects.get_for_object(post).last()
    restored = submit_change_form(committee, f"/admin/news/post/{post.pk}/history/{nairobi.pk}/")
    assert restored.status_code == 302, errors(restored)
    assert found(client, "en", "Nairobi") == ["Assembly in Nairobi"]
    assert found(client, "en", "Kampala") == []


def test_unpublished_and_deleted_items_leave_the_results(committee, client):
    kept = PostFactory(title_en="Recycling law passes")
    withdrawn = PostFactory(title_en="Recycling law delayed")
    deleted = EventFactory(title_en="Recycling law hearing")
    assert len(found(client, "en", "recycling law")) == 3
    changelist = committee.post(
        "/admin/news/post/", {"action": "unpublish", "_selected_action": [withdrawn.pk]}
    )
    assert changelist.status_code == 302
    gone = committee.post(f"/admin/events/event/{deleted.pk}/delete/", {"post": "yes"})
    assert gone.status_code == 302
    assert found(client, "en", "recycling law") == [kept.title_en]
    for model in (SearchEntry, SearchCard):
        assert not model.objects.filter(content_id__in=[withdrawn.pk, deleted.pk]).exists()


def test_an_item_scheduled_for_later_is_found_only_once_it_is_out(client, settings):
    import datetime

    import time_machine
    from django.utils import timezone

    later = timezone.now() + datetime.timedelta(days=2)
    PostFactory(title_en="Congress opens", published_at=later)
    assert found(client, "en", "congress") == []
    with time_machine.travel(later + datetime.timedelta(minutes=1)):
        assert found(client, "en", "congress") == ["Congress opens"]


def test_items_published_within_this_minute_are_found_only_once_their_second_has_come(client):
    """SQLite reads most matches' time of publication to the minute, from their place in the
    word index: this minute's are checked to the second."""
    import time_machine

    moment = timezone.now().replace(second=30, microsecond=0) - timedelta(minutes=5)
    for title, offset in (
        ("Compost fair last month", -DAY * 30),
        ("Compost fair an hour ago", -timedelta(hours=1)),
        ("Compost fair this minute", -timedelta(seconds=20)),
        ("Compost fair in ten seconds", timedelta(seconds=10)),
        ("Compost fair next minute", timedelta(seconds=40)),
    ):
        PostFactory(languages=("en",), title_en=title, summary_en="", published_at=moment + offset)
    already_out = [
        "Compost fair this minute",
        "Compost fair an hour ago",
        "Compost fair last month",
    ]
    with time_machine.travel(moment, tick=False):
        assert found(client, "en", "compost") == already_out
    with time_machine.travel(moment + timedelta(seconds=15), tick=False):
        assert found(client, "en", "compost") == ["Compost fair in ten seconds", *already_out]
    with time_machine.travel(moment + timedelta(minutes=1), tick=False):
        assert found(client, "en", "compost")[:2] == [
            "Compost fair next minute",
            "Compost fair in ten seconds",
        ]


def test_an_index_numbered_under_another_list_of_languages_is_made_again_at_migrate(
    client, django_capture_on_commit_callbacks
):
    """Entries carry their language's place among the site's in their number (order_key);
    taking a language out of LANGUAGES moves the places of those after it."""
    PostFactory(title_en="Waste pickers in Pune", title_es="Recicladores en Pune")
    assert not index_is_missing()
    # As if the entries had been numbered when Spanish came third.
    spanish = SearchEntry.objects.get(language="es")
    spanish.order_key += 1
    spanish.save()
    assert index_is_missing()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("migrate", verbosity=0)
    assert not index_is_missing()
    assert found(client, "es", "Pune") == ["Recicladores en Pune"]
    assert found(client, "en", "Pune") == ["Waste pickers in Pune"]


def test_migrate_builds_a_missing_index_and_a_command_rebuilds_it(
    client, django_capture_on_commit_callbacks
):
    PostFactory(title_en="Waste pickers in Pune")
    SearchEntry.objects.all().delete()
    assert found(client, "en", "Pune") == []
    # Run what waits for the commit: cached search pages go out of date with the old index.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("migrate", verbosity=0)
    assert found(client, "en", "Pune") == ["Waste pickers in Pune"]
    SearchEntry.objects.filter(language="en").delete()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("rebuild_search_index", stdout=io.StringIO())
    assert found(client, "en", "Pune") == ["Waste pickers in Pune"]
    assert SearchEntry.objects.count() == len(LANGUAGES)


def test_an_index_made_before_result_cards_gets_them_at_the_upgrade(
    client, django_capture_on_commit_callbacks
):
    """An upgrade from the index without cards (content 0005): its results would be empty."""
    PostFactory(title_en="Waste pickers in Pune", category="report")
    SearchCard.objects.all().delete()
    assert found(client, "en", "Pune") == []
    with django_capture_on_commit_callbacks(execute=True):
        call_command("migrate", verbosity=0)
    assert found(client, "en", "Pune") == ["Waste pickers in Pune"]
    category = parse(client.get("/en/search/?q=Pune")).xpath('string(//span[@class="category"])')
    assert category == "Report"
    assert SearchCard.objects.count() == SearchEntry.objects.count() == len(LANGUAGES)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="headings rank PostgreSQL's matches")
def test_an_index_made_before_headings_ranks_by_title_again_after_the_upgrade(client):
    """Content 0007 makes each entry's heading (title and summary words) from its card."""
    title_match = PostFactory(languages=("en",), title_en="Glass sorting at the depot")
    title_match.published_at = timezone.now() - DAY
    save_edit(title_match)
    PostFactory(languages=("en",), title_en="A newer report", body_en="<p>Much glass was sold.</p>")
    SearchEntry.objects.update(heading=None)  # as the entries were before 0007
    assert index_is_missing()  # migrate would index again any entry the step below misses
    migration = importlib.import_module("content.migrations.0007_search_entry_headings")
    migration.fill_headings(None, SimpleNamespace(connection=connection))
    assert not SearchEntry.objects.filter(heading__isnull=True).exists()
    assert found(client, "en", "glass") == ["Glass sorting at the depot", "A newer report"]


# Accents and word forms


@pytest.mark.parametrize("language", LANGUAGES)
def test_accents_are_folded_in_every_language(client, language):
    PostFactory(
        languages=("pt-br",),
        title_pt_br="Catadores de São Paulo",
        summary_pt_br="A recuperación de materiais, dita em espanhol.",
    )
    title = ["Catadores de São Paulo"]
    assert found(client, language, "Sao Paulo") == title
    assert found(client, language, "SÃO PAULO") == title
    assert found(client, language, "recuperacion") == title
    tree = parse(client.get(f"/{language}/search/", {"q": "recuperacion"}))
    assert tree.xpath('//p[@class="excerpt"]/mark/text()') == ["recuperación"]


def test_each_language_finds_its_own_word_forms(client):
    PostFactory(
        title_en="Pickers organising cooperatives",
        title_es="Recicladores organizando cooperativas",
        title_fr="Des récupérateurs organisés en coopératives",
        title_pt_br="Catadoras organizadas em cooperativas",
    )
    if connection.vendor == "postgresql":  # stemming: other endings of the same word
        queries = {"en": "organised", "es": "organizar", "fr": "organise", "pt-br": "organizado"}
    else:  # SQLite has no stemmers: a word's beginning finds it
        queries = {"en": "organis", "es": "organiz", "fr": "organis", "pt-br": "organiz"}
    for language, query in queries.items():
        assert len(found(client, language, query)) == 1, (language, query)
    assert found(client, "fr", "cooperative") == ["Des récupérateurs organisés en coopératives"]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's prefixes; PostgreSQL stems")
def test_sqlite_finds_whole_words_first_and_word_beginnings_when_they_are_few(client, settings):
    """Word beginnings are looked up only when the words themselves match fewer items than
    search reads (they cost with the site's size): then "compost" finds "composting" too."""
    settings.SEARCH_RESULT_LIMIT = 3
    now = timezone.now()
    for days, title in enumerate(["Composting at the market", "Compost for the parks"]):
        post = PostFactory(languages=("en",), title_en=title, summary_en="", body_en="")
        post.published_at = now - DAY * (days + 1)
        save_edit(post)
    assert found(client, "en", "compost") == ["Composting at the market", "Compost for the parks"]
    assert found(client, "en", "compo") == found(client, "en", "compost")
    assert found(client, "en", "com") == []  # too short to be a word's beginning
    for days in (10, 11, 12):
        post = PostFactory(languages=("en",), title_en=f"Compost day {days}", summary_en="")
        post.published_at = now - DAY * days
        save_edit(post)
    # Three items hold the word itself: the newest of those, and the count says "more".
    tree = parse(client.get("/en/search/", {"q": "compost"}))
    assert texts(tree, '//li[@class="result"]//h2') == [
        "Compost for the parks", "Compost day 10", "Compost day 11"
    ]  # fmt: skip
    assert "More than 3 results" in tree.xpath('string(//p[@class="result-count"])')
    assert found(client, "en", "composting") == ["Composting at the market"]


# Bounds


def test_more_matches_than_search_reads_says_so_and_shows_the_newest(client, settings):
    settings.SEARCH_RESULT_LIMIT = 3
    for number in range(5):
        title = f"Plastics treaty talks, round {number + 1}"
        PostFactory(languages=("en",), title_en=title)
    response = client.get("/en/search/", {"q": "treaty"})
    tree = parse(response)
    status = tree.xpath('string(//p[@class="result-count"])')
    assert "More than 3 results" in status
    assert texts(tree, '//li[@class="result"]//h2') == [
        f"Plastics treaty talks, round {number}" for number in (5, 4, 3)
    ]
    spanish = parse(client.get("/es/search/", {"q": "treaty"}))
    status = spanish.xpath('string(//p[@class="result-count"])')
    assert "Más de 3 resultados" in status and "elija una región" in status
    # A region chosen already: only another word can narrow them.
    in_region = parse(client.get("/es/search/", {"q": "treaty", "region": "global"}))
    status = in_region.xpath('string(//p[@class="result-count"])')
    assert "Más de 3 resultados" in status and "añada una palabra para acotarlos" in status
    assert "región" not in status


def test_the_newest_matches_are_those_published_last_not_those_edited_last(client, settings):
    settings.SEARCH_RESULT_LIMIT = 2
    now = timezone.now()
    posts = {
        days: PostFactory(languages=("en",), title_en=f"Compost plan of day {days}", summary_en="")
        for days in (1, 30, 2, 60)  # written in another order than their publication
    }
    for days, post in posts.items():
        post.published_at = now - DAY * days
        save_edit(post)
    posts[60].summary_en = "A typo corrected."
    save_edit(posts[60])  # the latest edit, but published two months ago
    assert found(client, "en", "compost") == ["Compost plan of day 1", "Compost plan of day 2"]


def test_items_published_at_one_instant_come_in_the_same_order_at_every_ask(client, settings):
    # A batch published together (an import): the newest matches are the last made, on
    # both databases, so a page of results never changes between two asks.
    settings.SEARCH_RESULT_LIMIT = 2
    instant = timezone.now() - DAY
    for number in range(1, 5):
        post = PostFactory(
            languages=("en",), title_en=f"Imported sorting plan {number}", summary_en=""
        )
        post.published_at = instant
        save_edit(post)
    expected = ["Imported sorting plan 4", "Imported sorting plan 3"]
    assert [found(client, "en", "sorting") for _ in range(3)] == [expected] * 3


OLD_TITLE = "Plastics treaty talks open with waste pickers from many countries in the room"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_topic_narrows_inside_the_index_so_older_items_naming_it_are_found(
    client, settings, language
):
    settings.SEARCH_RESULT_LIMIT = 3
    topic = TopicFactory(label="campaign")
    now = timezone.now()
    # Older than the others and, with more words around "treaty", ranked below them.
    first_round = PostFactory(
        languages=("en",), title_en=OLD_TITLE, summary_en="", published_at=now - DAY * 30
    )
    first_round.topics.add(topic)
    for number in range(5):  # newer matches, more than the limit, none naming the topic
        PostFactory(
            languages=("en",),
            title_en=f"Treaty round {number + 2}",
            summary_en="",
            published_at=now - DAY * (5 - number),
        )
    assert OLD_TITLE not in found(client, language, "treaty")
    narrowed = found(client, language, "treaty", topic=topic.pk)
    assert narrowed == [OLD_TITLE]


def test_a_search_stopped_at_its_time_limit_gets_a_clear_page_that_is_not_kept(client, settings):
    if connection.vendor == "postgresql":
        pytest.skip("PostgreSQL's statement timeout is tried with a lock below")
    post = PostFactory(title_en="Compost")
    # Enough words that SQLite's checks for the deadline come round several times.
    SearchEntry.objects.bulk_create(
        SearchEntry(
            content=post,
            language=f"x{number}",
            kind="news.post",
            region="global",
            published_at=post.published_at,
            title="compost " * 50,
            order_key=number,
        )
        for number in range(300)
    )
    settings.SEARCH_TIME_LIMIT_MS = 0
    assert_stopped_page(client)


@pytest.mark.django_db(transaction=True)
def test_postgres_stops_a_search_at_the_statement_timeout(client, settings):
    if connection.vendor != "postgresql":
        pytest.skip("the statement timeout is PostgreSQL's")
    PostFactory(title_en="Compost")
    settings.SEARCH_TIME_LIMIT_MS = 200
    locked, release = threading.Event(), threading.Event()

    def hold_the_index():
        # Another session writing to the index: the search waits for it, then gives up.
        from django.db import connections, transaction

        with transaction.atomic(using="default"):
            connections["default"].cursor().execute(
                "LOCK TABLE content_searchentry IN ACCESS EXCLUSIVE MODE"
            )
            locked.set()
            release.wait(10)
        connections["default"].close()

    holder = threading.Thread(target=hold_the_index)
    holder.start()
    try:
        assert locked.wait(10)
        assert_stopped_page(client)
    finally:
        release.set()
        holder.join()
    assert found(client, "en", "compost") == ["Compost"]


def assert_stopped_page(client):
    response = client.get("/en/search/", {"q": "compost"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    message = parse(response).xpath('string(//p[@class="search-too-slow"])')
    assert "took too long" in message
    french = parse(client.get("/fr/search/", {"q": "compost"}))
    assert "trop de temps" in french.xpath('string(//p[@class="search-too-slow"])')


def test_the_word_index_is_the_databases_own():
    PostFactory(languages=("en",), title_en="Glass")
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT indexdef FROM pg_indexes WHERE tablename = 'content_searchentry'"
            )
            definitions = [row[0] for row in cursor.fetchall()]
            for language in LANGUAGES:  # one word index per language, holding only its own
                partial = f"USING gin (document) WHERE ((language)::text = '{language}'"
                assert any(partial in definition for definition in definitions), language
            cursor.execute("SELECT count(*) FROM content_searchentry WHERE document IS NULL")
            assert cursor.fetchone()[0] == 0
            # The planner knows enough of the documents' words to tell frequent from rare.
            cursor.execute(
                "SELECT attstattarget FROM pg_attribute WHERE attname = 'document' "
                "AND attrelid = 'content_searchentry'::regclass"
            )
            assert cursor.fetchone()[0] == 1000
        else:
            cursor.execute(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH 'glass'")
            assert cursor.fetchone()[0] == len(LANGUAGES)
    assert rebuild_index() == 1
