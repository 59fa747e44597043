"""The views every kind of content builds on: a filtered, paginated list and an item's page."""

from datetime import date

from django.conf import settings
from django.db.models import Case, When
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils.http import urlencode
from django.views.generic import DetailView, ListView

from content.languages import current_language
from content.models import FormerSlug
from content.page_languages import language_context, same_page_in_every_language
from content.structured_data import share_image
from pagecache.pieces import (
    DeferredQuerySet,
    PiecePaginator,
    reuse_piece,
)


class PiecedListMixin:
    """Lists count their items once per page version (see pieces.PiecePaginator)."""

    def active_filters(self) -> dict[str, str]:
        return {}  # lists with filters say which valid ones are in use

    def list_identity(self) -> str:
        """This list, as its reused pieces are named: only the valid filters count, so a
        query string full of junk cannot make the cache keep a key per junk value."""
        return f"{self.request.path}?{urlencode(sorted(self.active_filters().items()))}"

    def get_paginator(self, queryset, per_page, **kwargs):
        return PiecePaginator(
            queryset, per_page, request=self.request, name=self.list_identity(), **kwargs
        )


class FilteredListView(PiecedListMixin, ListView):
    """A paginated list narrowed by a GET form whose valid values survive pagination and the
    language switcher. Invalid values are dropped and reported by the form, never a 500."""

    filter_form_class = None
    paginate_by = settings.NEWS_PER_PAGE
    # Filters the list's feeds understand too, and the context name of their query string.
    feed_filters: tuple[str, ...] = ()
    feed_query_name = ""
    # What the page cache lets through of a query string (pagecache/query.py).
    query_parameters = frozenset({"page"})

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.filter_form_class is not None:
            cls.query_parameters = frozenset({"page", *cls.filter_form_class.base_fields})

    def get_filter_form(self):
        if not hasattr(self, "_filter_form"):
            self._filter_form = self.filter_form_class(
                self.request.GET or None, **self.get_filter_form_kwargs()
            )
            self._filter_form.is_valid()
        return self._filter_form

    def get_filter_form_kwargs(self) -> dict:
        return {}

    def active_filters(self) -> dict[str, str]:
        form = self.get_filter_form()
        cleaned = getattr(form, "cleaned_data", {})
        return {name: value for name, value in cleaned.items() if value}

    def get_queryset(self):
        # Built only if read: a list's count and the items of each of its pages are
        # reused per page version, and building the query was a fifth of a list page.
        return DeferredQuerySet(self.model, self.filtered_queryset)

    def filtered_queryset(self):
        return self.get_filter_form().filter(self.list_queryset(), self.active_filters())

    def list_queryset(self):
        """What the list shows before the visitor's filters."""
        return super().get_queryset()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filter_query = urlencode(self.active_filters())
        page = context["page_obj"]
        canonical_query = filter_query
        if page is not None and page.number > 1:
            canonical_query = urlencode({**self.active_filters(), "page": page.number})
        urls = same_page_in_every_language(self.request)
        context.update(
            language_context(
                self.request,
                urls,
                canonical=self.request.path + (f"?{canonical_query}" if canonical_query else ""),
            ),
            filter_form=self.get_filter_form(),
            filter_query=filter_query,
        )
        if self.feed_query_name:
            feed_filters = {
                name: value
                for name, value in self.active_filters().items()
                if name in self.feed_filters
            }
            context[self.feed_query_name] = urlencode(feed_filters)
        return context


def share_image_context(item, localized, request) -> dict | None:
    image = share_image(item)
    if image is None:
        return None
    return {
        **image,
        "absolute_url": request.build_absolute_uri(image["url"]),
        "alt": localized.image_alt,
    }


def translation_credit(item, language: str) -> dict | None:
    """Who translated the version shown, and when, for a translated version only."""
    if language == item.original_language:
        return None
    translated_on = item.translated_on.get(language)
    if not translated_on:
        return None
    return {
        "translator": item.text_in("translator", language),
        "date": date.fromisoformat(translated_on),
    }


class ContentDetailView(DetailView):
    """One published item, found by its slug in any language and always served at the address
    of the language it is shown in (a slug from another language redirects there)."""

    context_object_name = "item"

    def get_queryset(self):
        return self.model.objects.published()

    def get_object(self, queryset=None):
        slug, language = self.kwargs["slug"], current_language()
        if queryset is None:
            # The item an address leads to is the same until content changes or a scheduled
            # moment comes, which is what the page version says: read once per version.
            name = f"item:{self.model._meta.label}:{language}:{slug}"
            item = reuse_piece(self.request, name, lambda: self.find_object(slug, language))
        else:
            item = self.find_object(slug, language, queryset)
        if item is None:
            raise Http404
        return item

    def find_object(self, slug: str, language: str, queryset=None):
        queryset = queryset if queryset is not None else self.get_queryset()
        item = queryset.find_by_slug(slug, language)
        if item is None:
            # An address the item used to have: get() answers with a permanent redirect.
            former = (
                FormerSlug.objects.filter(slug=slug, content__in=queryset)
                .order_by(Case(When(language=language, then=0), default=1), "-created_at")
                .first()
            )
            item = queryset.filter(pk=former.content_id).first() if former else None
        return item

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        own_url = self.item_facts()["urls"][current_language()]
        if request.path != own_url:
            query = request.META.get("QUERY_STRING")
            return HttpResponsePermanentRedirect(own_url + (f"?{query}" if query else ""))
        context = self.get_context_data(object=self.object)
        return self.render_to_response(context)

    def item_facts(self) -> dict:
        """What the page says of its item that only an edit can change (its addresses in
        every language, its schema.org data, ...): worked out once per page version,
        language and host."""
        item, request = self.object, self.request
        name = f"facts:{item._meta.label}:{item.pk}:{current_language()}:{request.scheme}"
        return reuse_piece(request, f"{name}:{request.get_host()}", lambda: self.facts(item))

    def facts(self, item) -> dict:
        return {"urls": item.urls_by_language(), "structured_data": self.structured_data(item)}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        item = self.object
        facts = self.item_facts()
        urls = facts["urls"]
        localized = item.localized()
        context.update(
            language_context(
                self.request,
                urls,
                exists_in=item.available_languages,
                x_default=urls[item.original_language],
                canonical=urls[localized.language],
            ),
            text=localized,
            translation_credit=translation_credit(item, localized.language),
            share_image=share_image_context(item, localized, self.request),
            # What the share links pass on: this page's own address in the visitor's
            # language, never with the query string it was reached by.
            share_url=self.request.build_absolute_uri(urls[current_language()]),
            structured_data=facts["structured_data"],
        )
        return context

    def structured_data(self, item) -> dict | None:
        return None
