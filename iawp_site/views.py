from datetime import date

from django import forms
from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.db.models import Case, When
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from django.views.generic import DetailView, ListView, TemplateView

from .drafts import show_draft_for_preview
from .fragments import DeferredQuerySet, RememberedCountPaginator, RememberedPageItems, remembered
from .languages import current_language, language_codes
from .models import Content, FormerSlug, Page, Region, SiteSettings
from .page_languages import language_context, same_page_in_every_language
from .roles import may_edit
from .search import clean_query, result_excerpt, search
from .structured_data import share_image


class RememberedCountMixin:
    """Lists count their items once per page version (see fragments.RememberedCountPaginator)."""

    def active_filters(self) -> dict[str, str]:
        return {}  # lists with filters say which valid ones are in use

    def list_identity(self) -> str:
        """This list, as its remembered pieces are named: only the valid filters count, so a
        query string full of junk cannot make the cache keep a key per junk value."""
        return f"{self.request.path}?{urlencode(sorted(self.active_filters().items()))}"

    def get_paginator(self, queryset, per_page, **kwargs):
        return RememberedCountPaginator(
            queryset, per_page, request=self.request, name=self.list_identity(), **kwargs
        )


class FilteredListView(RememberedCountMixin, ListView):
    """A paginated list narrowed by a GET form whose valid values survive pagination and the
    language switcher. Invalid values are dropped and reported by the form, never a 500."""

    filter_form_class = None
    paginate_by = settings.NEWS_PER_PAGE
    # Filters the list's feeds understand too, and the context name of their query string.
    feed_filters: tuple[str, ...] = ()
    feed_query_name = ""

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
        # remembered per page version, and building the query was a fifth of a list page.
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
            item = remembered(self.request, name, lambda: self.find_object(slug, language))
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
        return remembered(request, f"{name}:{request.get_host()}", lambda: self.facts(item))

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
            structured_data=facts["structured_data"],
        )
        return context

    def structured_data(self, item) -> dict | None:
        return None


@method_decorator(staff_member_required, name="dispatch")
class ContentPreviewView(ContentDetailView):
    """An item exactly as its public page will show it, whatever its status, for editors only:
    anyone else is sent to the admin's log-in page, so the public never reaches a preview.
    An item with a draft of changes is shown with the draft (iawp_site/drafts.py)."""

    draft = None
    # Edits posted from the admin's form, not saved (drafts.unsaved_preview).
    unsaved = False

    def get_queryset(self):
        return self.model.objects.all()

    def get_object(self, queryset=None):
        item = get_object_or_404(self.get_queryset(), pk=self.kwargs["pk"])
        if not may_edit(self.request.user, item):
            raise Http404  # another region's draft stays private from this editor too
        self.draft = show_draft_for_preview(self.request, item)
        return item

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        return self.preview_response()

    def preview_response(self):
        # A preview shows what the public may not see: it neither reuses the pieces public
        # pages are made of nor leaves its own among them (they are named by the item alone).
        self.request.page_version = None
        response = self.render_to_response(self.get_context_data(object=self.object))
        response["X-Robots-Tag"] = "noindex, nofollow"
        # Editors reload previews as they edit: never serve one from a cache.
        add_never_cache_headers(response)
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(is_preview=True, preview_of=self.preview_of(), **kwargs)
        item = self.object
        # The switcher moves between previews (an unsaved item has none to move to); the
        # languages offered are those the public page will offer; no public address claimed.
        if self.unsaved:
            urls = item.urls_by_language()
        else:
            urls = {code: item.preview_url(code) for code in language_codes()}
        context.update(
            language_context(self.request, urls, exists_in=item.available_languages),
            alternates=[],
            canonical_url="",
        )
        return context

    def preview_of(self) -> str:
        """What the preview banner says this is (templates/includes/preview_banner.html)."""
        if self.unsaved:
            return "unsaved"
        if self.draft is not None:
            return "draft"
        return "live" if self.object.is_public else "unpublished"


class HomeView(TemplateView):
    template_name = "home.html"

    def get_context_data(self, **kwargs):
        from news.models import Post

        context = super().get_context_data(**kwargs)
        published = Post.objects.published()
        featured = RememberedPageItems(
            published.filter(featured=True)[:3], self.request, "home:featured"
        )
        latest = RememberedPageItems(
            published.exclude(pk__in=featured.numbers())[:6], self.request, "home:latest"
        )
        site = remembered(self.request, "site-settings", SiteSettings.load)
        context.update(
            featured_posts=featured,
            latest_posts=latest,
            tagline=site.text("tagline"),
            introduction=site.text("introduction"),
        )
        urls = same_page_in_every_language(self.request)
        context.update(language_context(self.request, urls, x_default="/"))
        return context


class AboutView(TemplateView):
    template_name = "about.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = Page.objects.filter(key="about").first()
        if page is None:
            raise Http404
        localized = page.localized()
        urls = same_page_in_every_language(self.request)
        context.update(
            language_context(
                self.request,
                urls,
                exists_in=page.available_languages or language_codes(),
                x_default=urls[page.original_language],
            ),
            page=page,
            text=localized,
        )
        return context


def permission_denied(request, exception):
    """403s: in the admin's frame for editors (saying why), Django's plain page elsewhere."""
    from django.views.defaults import permission_denied as plain_permission_denied

    from .admin_scope import admin_permission_denied

    if request.path.startswith(f"/{settings.ADMIN_URL}"):
        return admin_permission_denied(request, exception)
    return plain_permission_denied(request, exception)


@require_GET
def robots_txt(request):
    """Crawlers are welcome everywhere but the editors' admin and their previews."""
    lines = [
        "User-agent: *",
        # A custom admin address (ADMIN_URL) is not advertised here.
        *(["Disallow: /admin/"] if settings.ADMIN_URL == "admin/" else []),
        "Disallow: /*/news/preview/",
        "Disallow: /*/events/preview/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


class RegionView(RememberedCountMixin, ListView):
    """All news and events of one region in one list, newest first."""

    template_name = "region.html"
    context_object_name = "items"
    paginate_by = settings.NEWS_PER_PAGE

    def get_region(self) -> Region:
        try:
            return Region(self.kwargs["region"])
        except ValueError:
            raise Http404 from None

    def get_queryset(self):
        region = self.get_region()
        return (
            Content.objects.published()
            .filter(region=region)
            .select_related("post", "event")
            .order_by("-published_at", "-pk")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = context["page_obj"]
        query = f"?page={page.number}" if page and page.number > 1 else ""
        urls = same_page_in_every_language(self.request)
        context.update(
            language_context(self.request, urls, canonical=self.request.path + query),
            region=self.get_region(),
            regions=Region,
            filter_query="",
        )
        return context


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search for"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=[("", _("News and events")), ("news", _("News")), ("events", _("Events"))],
    )
    region = forms.ChoiceField(
        label=_("Region"), required=False, choices=[("", _("All regions")), *Region.choices]
    )


class SearchView(ListView):
    template_name = "search.html"
    context_object_name = "results"
    paginate_by = settings.NEWS_PER_PAGE

    def get_form(self) -> SearchForm:
        if not hasattr(self, "_form"):
            data = self.request.GET.copy()
            if "q" in data:
                # Control characters and excess length are dropped, not refused: an odd
                # query still gets a clean page of results (or none).
                data["q"] = clean_query(data["q"])
            self._form = SearchForm(data or None)
            self._form.is_valid()
        return self._form

    def get_query(self) -> str:
        return clean_query(getattr(self.get_form(), "cleaned_data", {}).get("q", ""))

    def get_queryset(self):
        cleaned = getattr(self.get_form(), "cleaned_data", {})
        return search(
            self.get_query(),
            current_language(),
            kind=cleaned.get("kind", ""),
            region=cleaned.get("region", ""),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cleaned = getattr(self.get_form(), "cleaned_data", {})
        query = self.get_query()
        kept = {name: value for name, value in cleaned.items() if value and name != "q"}
        filter_query = urlencode({"q": query, **kept}) if query else ""
        context.update(
            language_context(self.request, same_page_in_every_language(self.request)),
            form=self.get_form(),
            query=query,
            filter_query=filter_query,
            # Each excerpt knows the language of the field it quotes (summary or body).
            excerpts={
                item.pk: result_excerpt(item.localized(), query) for item in context["results"]
            },
        )
        return context
