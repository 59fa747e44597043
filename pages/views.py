"""The pages that know every kind of content: home, About and the other standing pages,
search, the sitemap, robots.txt and the 403 page (region pages: regions.py; topics: topics.py)."""

from django import forms
from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.http import Http404, HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_safe
from django.views.generic import ListView, TemplateView

from content import kinds
from content.languages import current_language, language_codes
from content.models import Region
from content.page_languages import language_context, same_page_in_every_language
from directory.forms import TopicFilterMixin
from directory.models import Organisation, Topic
from directory.relations import naming
from news.models import Post
from pagecache.middleware import keep_when_asked_again
from pagecache.pieces import (
    PageItemsPiece,
    reuse_piece,
)
from pagecache.query import uses_query
from pages.models import Page, SiteSettings
from pages.search import SearchResults, SearchTooSlow, clean_query, results_page, search
from pages.sitemaps import all_sections, section_named


class HomeView(TemplateView):
    template_name = "home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        published = Post.objects.published()
        featured = PageItemsPiece(
            published.filter(featured=True)[:3], self.request, "home:featured"
        )
        latest = PageItemsPiece(
            published.exclude(pk__in=featured.numbers())[:6], self.request, "home:latest"
        )
        site = reuse_piece(self.request, "site-settings", SiteSettings.load)
        context.update(
            featured_posts=featured,
            latest_posts=latest,
            site_text=site.localized(),
        )
        urls = same_page_in_every_language(self.request)
        context.update(language_context(self.request, urls, x_default="/"))
        return context


class AboutView(TemplateView):
    template_name = "about.html"

    def get_page(self) -> Page | None:
        return Page.objects.filter(key="about").first()

    def page_urls(self, page: Page) -> dict[str, str]:
        return same_page_in_every_language(self.request)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = self.get_page()
        if page is None:
            raise Http404
        localized = page.localized()
        urls = self.page_urls(page)
        context.update(
            language_context(
                self.request,
                urls,
                exists_in=page.available_languages or language_codes(),
                x_default=urls[page.original_language],
            ),
            page=page,
            text=localized,
            organisations=reuse_piece(
                self.request, f"about:organisations:{current_language()}", members_by_region
            ),
        )
        return context


def members_by_region() -> list[tuple[str, list[dict]]]:
    """The member organisations under each region's name, by name: one query, read once per
    page version."""
    organisations = Organisation.objects.in_directory().only(
        "pk", "name", "region", "country", "city", "original_language", *slug_columns()
    )
    regions = dict(Region.choices)
    grouped: dict[str, list[dict]] = {}
    for organisation in organisations:
        grouped.setdefault(organisation.region, []).append(
            {
                "name": organisation.name,
                "language": organisation.name_language,
                "url": organisation.get_absolute_url(),
                "place": organisation.place,
            }
        )
    return [(regions[code], grouped[code]) for code in regions if code in grouped]


def slug_columns() -> list[str]:
    from content.languages import localized_field, stored_language_codes

    return [
        localized_field(field, code)
        for field in ("title", "slug")
        for code in stored_language_codes()
    ]


class StandingPageView(AboutView):
    """Any other standing page, at its own address in each language (/es/pages/quienes-somos/)."""

    def get_page(self) -> Page | None:
        return Page.with_slug(self.kwargs["slug"], current_language())

    def page_urls(self, page: Page) -> dict[str, str]:
        return {code: page.get_absolute_url(code) for code in language_codes()}


def permission_denied(request, exception):
    """403s: in the admin's frame for editors (saying why), Django's plain page elsewhere."""
    from django.views.defaults import permission_denied as plain_permission_denied

    from editorial.scope import admin_permission_denied

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
        "Disallow: /*/organisations/preview/",
        "Disallow: /*/topics/preview/",
        "Disallow: /*/documents/preview/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_safe
def sitemap_index(request):
    """/sitemap.xml: where each section is, with its latest change."""
    return sitemap_views.index(request, all_sections(), sitemap_url_name="sitemap_section")


@require_safe
@uses_query("p")
def sitemap_section(request, section: str):
    """/sitemap-news-3.xml; `?p=` pages the site's own pages when they outgrow one file."""
    sitemap = section_named(section)
    if sitemap is None:
        raise Http404
    template = getattr(sitemap, "template_name", "sitemap.xml")
    return sitemap_views.sitemap(
        request, {section: sitemap}, section=section, template_name=template
    )


class SearchForm(TopicFilterMixin, forms.Form):
    # The topic comes from the mixin, which would otherwise place it first.
    field_order = ["q", "kind", "region", "topic"]

    q = forms.CharField(label=_("Search for"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        # Called when the form is made: the kinds register as the apps start.
        choices=lambda: [("", _("Everything")), *kinds.kind_choices()],
    )
    region = forms.ChoiceField(
        label=_("Region"), required=False, choices=[("", _("All regions")), *Region.choices]
    )


class SearchView(ListView):
    template_name = "search.html"
    context_object_name = "results"
    paginate_by = settings.NEWS_PER_PAGE
    query_parameters = frozenset({"page", *SearchForm.base_fields})

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
        self.too_slow = False
        try:
            return search(
                self.get_query(),
                current_language(),
                kind=cleaned.get("kind", ""),
                region=cleaned.get("region", ""),
                within=self.topic_condition(cleaned.get("topic")),
            )
        except SearchTooSlow:
            # The database gave up at the time limit: the visitor is asked for other words,
            # and this page is not kept (it says nothing about the next try).
            self.too_slow = True
            return SearchResults([], limited=False)

    @staticmethod
    def topic_condition(topic: str | None):
        """Results narrowed to the items that name a topic: a condition on Content."""
        if not topic:
            return None
        chosen = Topic.objects.published().filter(pk=topic).first()
        return naming(chosen) if chosen else None

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if self.too_slow:
            patch_cache_control(response, no_store=True)
        elif self.get_query():
            # Most searches are asked once: the page cache keeps one only when asked again.
            keep_when_asked_again(response)
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cleaned = getattr(self.get_form(), "cleaned_data", {})
        query = self.get_query()
        kept = {name: value for name, value in cleaned.items() if value and name != "q"}
        filter_query = urlencode({"q": query, **kept}) if query else ""
        chosen_filters = {name: cleaned.get(name) or "" for name in ("kind", "region", "topic")}
        context.update(
            language_context(self.request, same_page_in_every_language(self.request)),
            chosen_filters=chosen_filters,
            filters_key=urlencode(chosen_filters),
            form=self.get_form(),
            query=query,
            too_slow=self.too_slow,
            more_than=self.object_list.limited and settings.SEARCH_RESULT_LIMIT,
            filter_query=filter_query,
            # Each result's excerpt knows the language of the field it quotes.
            page_results=results_page(list(context["results"]), query, current_language()),
        )
        return context
