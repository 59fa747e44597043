from modeltranslation.translator import TranslationOptions, register

from pages.models import Page, SiteSettings


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body")
    required_languages = ()


@register(SiteSettings)
class SiteSettingsTranslationOptions(TranslationOptions):
    fields = ("tagline", "introduction")
    required_languages = ()
