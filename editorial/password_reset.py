"""Editors reset a forgotten password by email, from the admin's log-in page.

Django's views and the admin's own templates do the work. The one change: the link in the
email is built from SITE_URL, never from the request's Host header, so a crafted request
cannot send an editor a reset link that points anywhere else.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import path


class PasswordResetView(auth_views.PasswordResetView):
    @property
    def extra_email_context(self):
        site = urlsplit(settings.SITE_URL)
        return {"domain": site.netloc, "protocol": site.scheme, "site_name": site.netloc}


urlpatterns = [
    path(
        f"{settings.ADMIN_URL}password_reset/",
        PasswordResetView.as_view(),
        name="admin_password_reset",
    ),
    path(
        f"{settings.ADMIN_URL}password_reset/done/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        f"{settings.ADMIN_URL}reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        f"{settings.ADMIN_URL}reset/done/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]
