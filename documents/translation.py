from modeltranslation.translator import TranslationOptions, register

from .models import Document


# The shared fields are registered on Content; registering the kind lets modeltranslation
# rewrite its lookups (Document.objects.filter(title=...)).
@register(Document)
class DocumentTranslationOptions(TranslationOptions):
    fields = ()
