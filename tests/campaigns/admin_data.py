"""POST data for the campaign pages' admin forms (Wagtail renders StreamFields with JavaScript)."""

from wagtail.test.utils.form_data import nested_form_data, streamfield


def index_form_data(page, **overrides):
    data = {
        "title": page.title,
        "slug": page.slug,
        "introduction": page.introduction,
        "body": streamfield([]),
        "action-publish": "action-publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def year_form_data(*, title, slug, year, date="", **overrides):
    data = {
        "title": title,
        "slug": slug,
        "year": year,
        "date": date,
        "slogan": "Solidarity is stronger than repression",
        "body": streamfield([]),
        "suggested_actions": streamfield(
            [
                (
                    "action",
                    {"title": "Write a letter", "description": "To a political prisoner.", "link": "", "link_text": ""},
                )
            ]
        ),
        "gallery": streamfield([]),
        "action-publish": "action-publish",
    }
    data.update(overrides)
    return nested_form_data(data)
