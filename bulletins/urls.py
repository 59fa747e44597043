from django.urls import path

from . import feeds, views

app_name = "bulletins"
urlpatterns = [
    path("", views.ArchiveView.as_view(), name="archive"),
    path("feed/", feeds.BulletinFeed(), name="feed"),
    path("subscribe/", views.SubscribeView.as_view(), name="subscribe"),
    path("subscribe/check-your-inbox/", views.check_your_inbox, name="subscribe_sent"),
    path("confirm/<str:token>/", views.ConfirmView.as_view(), name="confirm"),
    path("unsubscribe/<str:token>/", views.UnsubscribeView.as_view(), name="unsubscribe"),
    path("<int:pk>/", views.BulletinDetailView.as_view(), name="detail"),
]
