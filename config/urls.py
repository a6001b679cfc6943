from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from core import admin_create, admin_views
from core import views as core_views
from core.media import media_urlpatterns

urlpatterns = [
    path("healthz/", core_views.healthz, name="healthz"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": core_views.Sitemap}}, name="sitemap"),
    # Wagtail's login and password reset with the site's lockout, limits and audit log; the
    # same names as Wagtail's, so every reverse() and url_name check finds these.
    path("admin/login/", admin_views.LoginView.as_view(), name="wagtailadmin_login"),
    path("admin/password_reset/", admin_views.PasswordResetView.as_view(), name="wagtailadmin_password_reset"),
    # A new page is saved only when the editor saves or publishes it (core/admin_create.py).
    # Wrapped as Wagtail wraps its own admin views: login and admin access required, the user's
    # language and time zone, the user in the log entries.
    path(
        "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/",
        require_admin_access(admin_create.CreatePageView.as_view()),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.SERVE_MEDIA:
    # Image renditions only, for set-ups without a separate media server; documents go through
    # /documents/ (privacy checks), originals are never served (core/media.py, docs/media.md).
    urlpatterns += media_urlpatterns(settings.MEDIA_URL.lstrip("/"))

urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler400 = "core.views.bad_request"
handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
