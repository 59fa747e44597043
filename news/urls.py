from django.urls import path

from . import feeds, views

app_name = "news"
urlpatterns = [
    path("", views.PostListView.as_view(), name="list"),
    path("feed/rss/", feeds.NewsFeed(), name="rss"),
    path("feed/atom/", feeds.NewsAtomFeed(), name="atom"),
    path("preview/<int:pk>/", views.PostPreviewView.as_view(), name="preview"),
    path("<slug:slug>/", views.PostDetailView.as_view(), name="detail"),
]
