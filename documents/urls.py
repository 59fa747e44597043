from django.urls import path

from . import feeds, views

app_name = "documents"
urlpatterns = [
    path("", views.DocumentListView.as_view(), name="list"),
    path("feed/rss/", feeds.DocumentFeed(), name="rss"),
    path("feed/atom/", feeds.DocumentAtomFeed(), name="atom"),
    path("preview/<int:pk>/", views.DocumentPreviewView.as_view(), name="preview"),
    path("<slug:slug>/", views.DocumentDetailView.as_view(), name="detail"),
]
