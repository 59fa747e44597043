from django.http import Http404
from django.utils.translation import gettext as _

from content.feeds import AtomWithItemLanguage, ContentFeed
from content.languages import current_language

from .models import Organisation
from .relations import items_naming


class OrganisationFeed(ContentFeed):
    """The news and events that name one organisation, newest first."""

    filters = {}

    def get_object(self, request, slug):
        self.language = current_language()
        organisation = Organisation.objects.published().find_by_slug(slug, self.language)
        if organisation is None:
            raise Http404
        return organisation

    def title(self, organisation):
        return _("%(name)s: news and events") % {"name": organisation.name}

    def description(self, organisation):
        return organisation.localized().summary

    def link(self, organisation):
        return organisation.get_absolute_url()

    def items(self, organisation):
        # Each as its own kind, so its entry's identity is the one the kind's feed gives it.
        return [item.specific for item in items_naming(organisation)[: self.limit]]


class OrganisationAtomFeed(OrganisationFeed):
    feed_type = AtomWithItemLanguage
    subtitle = OrganisationFeed.description
