from django.db.models import Case, Count, IntegerField, Value, When
from django_countries import countries

from content.languages import current_language
from content.views import ContentDetailView, FilteredListView
from editorial.previews import ContentPreviewView
from pagecache.pieces import PageItemsPiece, reuse_piece

from .collation import sorted_by_name
from .forms import OrganisationFilterForm
from .models import Organisation
from .relations import items_naming
from .structured_data import organisation_data

# The items an organisation's page lists; the feed has the rest of its story.
ITEMS_ON_PAGE = 20


def directory_counts() -> dict:
    """How many public organisations each region and each country has, the countries in
    the order of their names in the visitor's language: one grouped query."""
    rows = (
        Organisation.objects.published()
        .order_by()
        .values_list("region", "country")
        .annotate(number=Count("pk"))
    )
    regions, by_country = {}, {}
    for region, country, number in rows:
        regions[region] = regions.get(region, 0) + number
        if country:
            by_country[country] = by_country.get(country, 0) + number
    named = [(code, str(countries.name(code)), number) for code, number in by_country.items()]
    return {"regions": regions, "countries": sorted_by_name(named)}


class OrganisationListView(FilteredListView):
    """Every member organisation, by country (countries in the visitor's alphabet)."""

    model = Organisation
    filter_form_class = OrganisationFilterForm
    template_name = "directory/organisation_list.html"
    context_object_name = "organisations"
    paginate_by = 100  # the Alliance has about 50: one page, grouped by country

    def counts(self) -> dict:
        return reuse_piece(self.request, f"directory-counts:{current_language()}", directory_counts)

    def get_filter_form_kwargs(self) -> dict:
        return {"counts": self.counts()}

    def list_queryset(self):
        # The database sorts: countries by their place in the visitor's order, then names.
        order = [code for code, _name, _number in self.counts()["countries"]]
        by_country = Case(
            *(When(country=code, then=Value(place)) for place, code in enumerate(order)),
            default=Value(len(order)),
            output_field=IntegerField(),
        )
        return Organisation.objects.published().order_by(by_country, "name", "pk")

    def get_context_data(self, **kwargs):
        return super().get_context_data(total=sum(self.counts()["regions"].values()), **kwargs)


class OrganisationDetailView(ContentDetailView):
    model = Organisation
    template_name = "directory/organisation_detail.html"

    def structured_data(self, item):
        return organisation_data(item, self.request)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        item = self.object
        context["items"] = PageItemsPiece(
            items_naming(item)[:ITEMS_ON_PAGE], self.request, f"organisation-items:{item.pk}"
        )
        context["feed_slug"] = item.slug_for(current_language())
        return context


class OrganisationPreviewView(ContentPreviewView, OrganisationDetailView):
    pass
