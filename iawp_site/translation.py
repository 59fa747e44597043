from modeltranslation.translator import TranslationOptions, register

from .models import TRANSLATED_FIELDS, Content, Page, SiteSettings


@register(Content)
class ContentTranslationOptions(TranslationOptions):
    fields = TRANSLATED_FIELDS
    # Any language can be an item's original: none is required by modeltranslation;
    # Content.clean() asks for a title in the item's own original language instead.
    required_languages = ()


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body")
    required_languages = ()


@register(SiteSettings)
class SiteSettingsTranslationOptions(TranslationOptions):
    fields = ("tagline", "introduction")
    required_languages = ()
