from django.urls import path

from . import feeds, views

app_name = "events"
urlpatterns = [
    path("", views.EventListView.as_view(), name="list"),
    path("past/", views.PastEventListView.as_view(), name="past"),
    path("feed/rss/", feeds.UpcomingEventsFeed(), name="rss"),
    path("feed/atom/", feeds.UpcomingEventsAtomFeed(), name="atom"),
    path("month/", views.current_month_redirect, name="this_month"),
    path("<int:year>/<int:month>/", views.MonthView.as_view(), name="month"),
    path("<int:year>/<int:month>/<int:day>/", views.DayView.as_view(), name="day"),
    path("calendar.ics", views.CalendarFeedView.as_view(), name="feed"),
    path(
        "organisations/<slug:slug>.ics",
        views.OrganisationCalendarView.as_view(),
        name="organisation_calendar",
    ),
    path("<slug:slug>.ics", views.EventCalendarFileView.as_view(), name="ics"),
    path("preview/<int:pk>/", views.EventPreviewView.as_view(), name="preview"),
    path("<slug:slug>/", views.EventDetailView.as_view(), name="detail"),
]
