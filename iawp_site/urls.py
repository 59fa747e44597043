from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.static import serve

from documents import serving as document_serving
from editorial import password_reset, scope, time_zone_input, translation_views
from pages import views

admin.site.site_header = _("IAWP editors")
admin.site.site_title = _("IAWP editors")
admin.site.index_title = _("News, events and pages")

handler403 = "pages.views.permission_denied"

# The admin lives outside the language prefixes: editors get it in their browser's language.
urlpatterns = [
    path(
        f"{settings.ADMIN_URL}translations/",
        admin.site.admin_view(translation_views.translation_dashboard),
        name="translation_dashboard",
    ),
    path(
        f"{settings.ADMIN_URL}translations/files/",
        admin.site.admin_view(translation_views.translation_files),
        name="translation_files",
    ),
    path(
        f"{settings.ADMIN_URL}time-zones.json",
        admin.site.admin_view(time_zone_input.time_zone_names),
        name="admin_time_zone_names",
    ),
    # In place of Django's "View on site" shortcut, which knows no regions or drafts.
    path(
        f"{settings.ADMIN_URL}r/<str:content_type_id>/<str:object_id>/",
        admin.site.admin_view(scope.view_on_site),
        name="admin_view_on_site",
    ),
    *password_reset.urlpatterns,
    path(settings.ADMIN_URL, admin.site.urls),
    # Django's set_language view: the admin's language chooser posts here.
    path("i18n/", include("django.conf.urls.i18n")),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    # A document's file: one address per document and language, whatever file it holds.
    path(
        "documents/file/<int:pk>/<str:language>/",
        document_serving.document_file,
        name="document_file",
    ),
    path("sitemap.xml", views.sitemap_index, name="sitemap"),
    path("sitemap-<str:section>.xml", views.sitemap_section, name="sitemap_section"),
]

urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path("about/", views.AboutView.as_view(), name="about"),
    path("pages/<slug:slug>/", views.StandingPageView.as_view(), name="page"),
    path("regions/", include("pages.region_urls")),
    path("search/", views.SearchView.as_view(), name="search"),
    path("news/", include("news.urls")),
    path("events/", include("events.urls")),
    path("organisations/", include("directory.urls")),
    path("topics/", include("pages.topic_urls")),
    path("documents/", include("documents.urls")),
    path("bulletins/", include("bulletins.urls")),
    prefix_default_language=True,
)

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]
