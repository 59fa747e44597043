"""The demo's member organisations and topics, and the demo items that name them."""

import pytest
from django.core.management import call_command

from directory.models import Organisation, Topic
from events.models import Event
from news.models import Post

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo_content", verbosity=0)


def test_the_demo_has_a_dozen_organisations_three_topics_and_items_naming_them(demo):
    assert Organisation.objects.published().count() >= 12
    assert Topic.objects.published().count() == 3
    assert len({o.region for o in Organisation.objects.all()}) == 5
    assert Post.objects.filter(topics__isnull=False).exists()
    assert Event.objects.filter(organised_by__isnull=False).exists()
    call_command("load_demo_content", verbosity=0)
    assert Organisation.objects.count() >= 12 and Topic.objects.count() == 3


@pytest.mark.parametrize("language", ("en", "es", "fr", "pt-br"))
def test_every_demo_organisation_and_topic_has_a_page(demo, client, language):
    about = client.get(f"/{language}/about/").content.decode()
    for item in [*Organisation.objects.all(), *Topic.objects.all()]:
        response = client.get(item.get_absolute_url(language))
        assert response.status_code == 200, item
        if isinstance(item, Organisation):
            assert item.get_absolute_url(language) in about
