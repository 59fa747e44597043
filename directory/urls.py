from django.urls import path

from . import feeds, views

app_name = "directory"
urlpatterns = [
    path("", views.OrganisationListView.as_view(), name="organisations"),
    path("preview/<int:pk>/", views.OrganisationPreviewView.as_view(), name="preview"),
    path("<slug:slug>/feed/rss/", feeds.OrganisationFeed(), name="rss"),
    path("<slug:slug>/feed/atom/", feeds.OrganisationAtomFeed(), name="atom"),
    path("<slug:slug>/", views.OrganisationDetailView.as_view(), name="organisation"),
]
