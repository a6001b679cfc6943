"""Demo data for the site-wide snippets: footer, social account, general contact address."""

from core.demo_tools import T, translate_everywhere
from core.models import ContactEmail, FooterText, SocialAccount

ORGANISATION = T(
    "International Observation Mission and Committee of International Control",
    ru="Международная наблюдательная миссия и Комитет международного контроля",
    be="Міжнародная назіральная місія і Камітэт міжнароднага кантролю",
    uk="Міжнародна спостережна місія та Комітет міжнародного контролю",
)
FOOTER = T(
    "A coalition of human-rights groups that watches the human-rights situation in Belarus "
    "and stands with the people who defend it.",
    ru="Коалиция правозащитных организаций, которая следит за положением с правами человека "
    "в Беларуси и поддерживает тех, кто их защищает.",
    be="Кааліцыя праваабарончых арганізацый, якая сочыць за становішчам з правамі чалавека "
    "ў Беларусі і падтрымлівае тых, хто іх абараняе.",
    uk="Коаліція правозахисних організацій, яка стежить за становищем із правами людини "
    "в Білорусі й підтримує тих, хто їх захищає.",
)
SOCIAL_LABEL = T("Day of Solidarity", ru="День солидарности", be="Дзень салідарнасці", uk="День солідарності")
CONTACT_LABEL = T("General enquiries", ru="Общие вопросы", be="Агульныя пытанні", uk="Загальні питання")


def load(stdout):
    footer = FooterText.objects.filter(locale__language_code="en").first() or FooterText(locale_id=_en())
    footer.organisation_name = ORGANISATION
    footer.body = f"<p>{FOOTER}</p>"
    footer.save()
    translate_everywhere(footer, [ORGANISATION, FOOTER])

    account, _created = SocialAccount.objects.update_or_create(
        locale_id=_en(),
        handle="@soli_days",
        defaults={"network": "twitter", "url": "https://twitter.com/soli_days", "label": SOCIAL_LABEL},
    )
    translate_everywhere(account, [SOCIAL_LABEL])

    contact, _created = ContactEmail.objects.update_or_create(
        locale_id=_en(), email="info@example.org", defaults={"label": CONTACT_LABEL}
    )
    translate_everywhere(contact, [CONTACT_LABEL])
    stdout.write("  footer, social account and contact address")


def _en():
    from wagtail.models import Locale

    return Locale.get_default().pk
