from modeltranslation.translator import TranslationOptions, register

from content.models import TRANSLATED_FIELDS, Content


@register(Content)
class ContentTranslationOptions(TranslationOptions):
    fields = TRANSLATED_FIELDS
    # Any language can be an item's original: none is required by modeltranslation;
    # Content.clean() asks for a title in the item's own original language instead.
    required_languages = ()
