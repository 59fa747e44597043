"""A vacancy is a JobPosting that Google's job search accepts: every property Google lists as
required, the recommended ones the vacancy really has, in every language; a closed vacancy
is an article only."""

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import ValidationError

from news.models import Post
from tests.factories import PostFactory
from tests.reading import parse

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "es", "fr", "pt-br")
# Google Search Central, "Job posting (JobPosting) structured data": the required properties.
# jobLocation may be left out only for fully remote work, given as jobLocationType
# TELECOMMUTE with applicantLocationRequirements (at least one country).
GOOGLE_REQUIRED = {"datePosted", "description", "hiringOrganization", "jobLocation", "title"}
GOOGLE_REQUIRED_REMOTE = (GOOGLE_REQUIRED - {"jobLocation"}) | {
    "jobLocationType",
    "applicantLocationRequirements",
}
PACIFIC = ZoneInfo("America/Los_Angeles")


def json_ld(client, post: Post, language: str) -> dict:
    tree = parse(client.get(post.get_absolute_url(language)))
    (block,) = tree.xpath('//script[@type="application/ld+json"]/text()')
    return json.loads(block)


def vacancy(**fields) -> Post:
    return PostFactory(
        category=Post.Category.VACANCY,
        application_deadline=datetime(2030, 5, 26, 23, 59, tzinfo=PACIFIC),
        deadline_time_zone="America/Los_Angeles",
        employment_type="full-time",
        **fields,
    )


@time_machine.travel("2030-05-01 12:00Z", tick=False)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_vacancy_at_a_workplace_has_every_required_property(client, language):
    post = vacancy(job_city="Buenos Aires", job_country="AR")
    data = json_ld(client, post, language)
    assert data["@type"] == "JobPosting"
    assert GOOGLE_REQUIRED <= set(data), GOOGLE_REQUIRED - set(data)
    assert all(data[name] for name in GOOGLE_REQUIRED)
    assert data["inLanguage"] == language
    assert data["jobLocation"]["address"] == {
        "@type": "PostalAddress", "addressCountry": "AR", "addressLocality": "Buenos Aires",
    }  # fmt: skip
    assert data["hiringOrganization"]["@type"] == "Organization"
    assert data["employmentType"] == "FULL_TIME"
    assert data["validThrough"] == "2030-05-26T23:59:00-07:00"  # with its zone
    assert "jobLocationType" not in data


@time_machine.travel("2030-05-01 12:00Z", tick=False)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_fully_remote_vacancy_names_where_applicants_may_live(client, language):
    post = vacancy(remote=True, applicant_countries=["BR", "IN", "ZA"])
    data = json_ld(client, post, language)
    assert GOOGLE_REQUIRED_REMOTE <= set(data), GOOGLE_REQUIRED_REMOTE - set(data)
    assert data["jobLocationType"] == "TELECOMMUTE"
    assert data["applicantLocationRequirements"] == [
        {"@type": "Country", "name": code} for code in ("BR", "IN", "ZA")
    ]
    assert "jobLocation" not in data


@time_machine.travel("2030-05-01 12:00Z", tick=False)
def test_the_page_says_where_the_work_is_done(client_in, client):
    post = vacancy(remote=True, applicant_countries=["BR", "IN"])
    page = client.get(post.get_absolute_url("fr")).content.decode()
    assert "Entièrement à distance" in page and "Brésil, Inde" in page
    assert "Temps plein" in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_closed_vacancy_drops_the_job_posting(client, language):
    post = vacancy(job_country="AR")
    with time_machine.travel("2030-05-27 07:00Z", tick=False):  # a minute after the deadline
        data = json_ld(client, post, language)
    assert data["@type"] == "NewsArticle"
    assert "validThrough" not in data


def test_an_editor_must_say_where_a_vacancy_is(db):
    post = Post(category=Post.Category.VACANCY, title_en="Organiser", original_language="en")
    with pytest.raises(ValidationError) as error:
        post.clean()
    assert "job_country" in error.value.message_dict
    post.remote = True
    with pytest.raises(ValidationError) as error:
        post.clean()
    assert "applicant_countries" in error.value.message_dict
