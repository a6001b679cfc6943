"""Pages for search tests: standard pages whose words sit in the title, summary or body."""

import factory

from tests.conftest import publish_translation
from tests.factories import StandardPageFactory


class TextPageFactory(StandardPageFactory):
    """A standard page whose ``text`` becomes one paragraph of its body."""

    class Params:
        text = "A paragraph about the work of the Mission."

    summary = ""
    body = factory.LazyAttribute(lambda page: [("paragraph", f"<p>{page.text}</p>")])


def translate_page(page, locale, **fields):
    """A live translation of ``page`` in ``locale`` with ``fields`` replaced, as a translator would leave it."""
    translated = publish_translation(page, locale)
    for name, value in fields.items():
        if name == "text":
            name, value = "body", [("paragraph", f"<p>{value}</p>")]
        setattr(translated, name, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated
