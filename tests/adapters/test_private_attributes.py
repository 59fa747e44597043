"""The private parts of libraries the project uses (adapters/): each still there, in the shape
the adapter expects. An upgrade that changes one fails here, before it breaks a page."""

import pytest
from csp.middleware import CSPMiddleware
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.paginator import Paginator
from django.db.models.fields.files import FieldFile
from django.http import HttpResponse
from django.test import RequestFactory
from reversion.admin import VersionAdmin

from adapters import csp_private, django_private


def test_response_headers_are_kept_in_a_store_that_can_be_copied():
    response = HttpResponse("x", content_type="text/plain")
    store = django_private.header_store(response.headers)
    assert store["content-type"] == ("Content-Type", "text/plain")
    other = HttpResponse("y")
    django_private.set_header_store(other, store)
    assert other["Content-Type"] == "text/plain"


def test_a_requests_query_string_can_be_replaced_before_or_after_it_is_parsed():
    for parsed_first in (False, True):
        request = RequestFactory().get("/es/news/", {"region": "africa", "fbclid": "abc"})
        if parsed_first:
            assert request.GET["fbclid"] == "abc"
        django_private.replace_query_string(request, "region=africa")
        assert request.GET.dict() == {"region": "africa"}
        assert request.get_full_path() == "/es/news/?region=africa"


def test_the_paginator_count_can_be_computed_past_its_cache():
    assert hasattr(Paginator.count, "func")
    assert django_private.uncounted_count(Paginator(list(range(7)), 3)) == 7


def test_djangos_redis_client_keeps_its_pool_where_the_adapter_reads_it():
    backend = RedisCache("redis://127.0.0.1:6390/3", {})  # no connection is made
    assert isinstance(django_private.cache_client(backend), RedisCacheClient)
    assert django_private.redis_connection_pool(backend).connection_kwargs["db"] == 3


def test_an_upload_is_fresh_until_stored():
    upload = SimpleUploadedFile("a.jpg", b"data")
    assert django_private.is_fresh_upload(upload)
    assert not django_private.is_stored_file(upload)
    assert "_committed" in FieldFile.__init__.__code__.co_names


def test_django_csp_keeps_the_names_the_fast_policy_reads():
    request = RequestFactory().get("/")
    middleware = CSPMiddleware(lambda request: HttpResponse())
    middleware.process_request(request)
    assert not csp_private.nonce_was_used(request)
    str(request.csp_nonce)  # a template asks for it
    assert csp_private.nonce_was_used(request)
    csp_private.refuse_later_nonces(request, middleware)
    with pytest.raises(Exception):  # noqa: B017 (django-csp raises its own error)
        str(request.csp_nonce)


def test_a_csp_decorator_marks_the_response_as_the_adapter_expects():
    from csp.decorators import csp_exempt

    view = csp_exempt()(lambda request: HttpResponse())
    assert csp_private.has_own_policy(view(RequestFactory().get("/")))


@pytest.mark.parametrize(
    "name", ["_reversion_order_version_queryset", "_reversion_revisionform_view"]
)
def test_reversion_keeps_the_hooks_the_region_scope_overrides(name):
    # editorial/scope.py overrides these (checked against django-reversion 6.4).
    assert callable(getattr(VersionAdmin, name))
