from modeltranslation.translator import TranslationOptions, register

from .models import Post


# The shared fields are registered on Content; a post adds no translated field of its own,
# but registering it lets modeltranslation rewrite lookups such as Post.objects.filter(title=...).
@register(Post)
class PostTranslationOptions(TranslationOptions):
    fields = ()
