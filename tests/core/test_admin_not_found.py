"""An address in the admin that does not exist answers with the admin's 404, never the public site's."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/admin/pages/99999/edit/", "/admin/no-such-screen/"])
def test_an_admin_404_stays_in_the_admin(admin_client, site_tree, path):
    response = admin_client.get(path)
    assert response.status_code == 404
    assert "wagtailadmin/404.html" in [template.name for template in response.templates]
    assert "404.html" not in [template.name for template in response.templates]


def test_an_admin_404_is_not_redirected_under_a_language_prefix(admin_client, site_tree):
    response = admin_client.get("/admin/pages/99999/edit/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 404
    assert "Location" not in response.headers


def test_a_public_address_without_a_language_still_goes_to_the_visitors_language(client, site_tree):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 302
    assert response.headers["Location"] == "/ru/"
