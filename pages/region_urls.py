from django.urls import path

from . import regions

app_name = "regions"
urlpatterns = [
    path("", regions.RegionListView.as_view(), name="list"),
    path("<slug:region>/feed/rss/", regions.RegionFeed(), name="rss"),
    path("<slug:region>/feed/atom/", regions.RegionAtomFeed(), name="atom"),
    path("<slug:region>/", regions.RegionView.as_view(), name="detail"),
]
