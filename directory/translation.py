from modeltranslation.translator import TranslationOptions, register

from .models import Organisation, Topic


# The shared fields are registered on Content; registering the kinds lets modeltranslation
# rewrite their lookups (Organisation.objects.filter(summary=...)).
@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ()


@register(Topic)
class TopicTranslationOptions(TranslationOptions):
    fields = ()
