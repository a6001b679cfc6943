"""Admin URLs of the translation workflow, mounted under /admin/translations/."""

from django.urls import path

from translations import views

app_name = "translations"

urlpatterns = [
    path("status/", views.StatusReportView.as_view(), name="status_report"),
    path("status/results/", views.StatusReportView.as_view(results_only=True), name="status_report_results"),
    path(
        "start/<int:content_type_id>/<str:object_id>/<str:language_code>/",
        views.StartTranslationView.as_view(),
        name="start",
    ),
]
