from modeltranslation.translator import TranslationOptions, register

from .models import Bulletin


@register(Bulletin)
class BulletinTranslationOptions(TranslationOptions):
    fields = ("title", "introduction")
    required_languages = ()
