def test_home_page_renders(client, site_tree):
    response = client.get("/en/")
    assert response.status_code == 200
