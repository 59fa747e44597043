from django.urls import path

from . import topics

app_name = "topics"
urlpatterns = [
    path("", topics.TopicListView.as_view(), name="list"),
    path("preview/<int:pk>/", topics.TopicPreviewView.as_view(), name="preview"),
    path("<slug:slug>/feed/rss/", topics.TopicFeed(), name="rss"),
    path("<slug:slug>/feed/atom/", topics.TopicAtomFeed(), name="atom"),
    path("<slug:slug>.ics", topics.topic_calendar, name="ics"),
    path("<slug:slug>/", topics.TopicDetailView.as_view(), name="detail"),
]
