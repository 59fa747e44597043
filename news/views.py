from iawp_site.views import ContentDetailView, ContentPreviewView, FilteredListView

from .forms import PostFilterForm
from .models import Post


class PostListView(FilteredListView):
    model = Post
    filter_form_class = PostFilterForm
    template_name = "news/post_list.html"
    context_object_name = "posts"

    def get_queryset(self):
        self.queryset = Post.objects.published()
        return super().get_queryset()


class PostDetailView(ContentDetailView):
    model = Post
    template_name = "news/post_detail.html"


class PostPreviewView(ContentPreviewView):
    model = Post
    template_name = "news/post_detail.html"
