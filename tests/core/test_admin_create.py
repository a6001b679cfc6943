"""A new page is saved only when the editor saves or publishes it; existing pages keep autosave."""

import pytest
from django.urls import reverse

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def test_new_page_form_has_no_background_save(admin_client, site_tree):
    response = admin_client.get(reverse("wagtailadmin_pages:add", args=["home", "standardpage", site_tree.home.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "data-edit-form" in html
    assert "w-autosave#save" not in html
    assert "w-autosave-indicator" not in html


def test_existing_page_form_keeps_the_background_save(admin_client, site_tree):
    page = site_tree.home.add_child(instance=StandardPage(title="Privacy", slug="privacy"))
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    assert "w-autosave#save" in response.content.decode()
