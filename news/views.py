from content.structured_data import job_posting, news_article
from content.views import ContentDetailView, FilteredListView
from directory.relations import named_in
from editorial.previews import ContentPreviewView

from .forms import PostFilterForm
from .models import Post


class PostListView(FilteredListView):
    model = Post
    filter_form_class = PostFilterForm
    template_name = "news/post_list.html"
    context_object_name = "posts"
    feed_filters = ("region", "category")
    feed_query_name = "news_feed_query"

    def list_queryset(self):
        return Post.objects.published()


class PostDetailView(ContentDetailView):
    model = Post
    template_name = "news/post_detail.html"

    def facts(self, item) -> dict:
        return {**super().facts(item), "named": named_in(item)}

    def get_context_data(self, **kwargs):
        return super().get_context_data(named=self.item_facts()["named"], **kwargs)

    def structured_data(self, item):
        if item.category == Post.Category.VACANCY and self.is_listable_job(item):
            return job_posting(item, self.request)
        return news_article(item, self.request)

    @staticmethod
    def is_listable_job(post: Post) -> bool:
        """A vacancy job search engines may list: it says where the work is, and it is still
        open (or has no deadline). A closed one is only an article: Google asks for the
        JobPosting markup of an expired job to be removed. The page cache renews the page
        when the deadline passes (Post.objects.next_deadline_step)."""
        still_open = post.application_deadline is None or post.is_open
        return post.has_workplace and still_open


class PostPreviewView(ContentPreviewView):
    model = Post
    template_name = "news/post_detail.html"
