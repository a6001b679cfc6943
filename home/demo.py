"""Demo home page and general pages, in English with real ru, be and uk translations."""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Locale, Page, Site

from core.demo_tools import T, child_page, paragraphs, translate_everywhere
from home.models import HomePage, StandardPage

HOME_TITLE = T(
    "Solidarity with Belarus",
    ru="Солидарность с Беларусью",
    be="Салідарнасць з Беларуссю",
    uk="Солідарність з Білоруссю",
)
HOME_INTRO = T(
    "We observe court hearings, document human-rights violations in Belarus and carry the "
    "facts to the world. Every year on 4 August we mark the International Day of Solidarity "
    "with Belarus.",
    ru="Мы наблюдаем за судебными процессами, документируем нарушения прав человека в Беларуси "
    "и доносим факты до мира. Каждый год 4 августа мы отмечаем Международный день "
    "солидарности с Беларусью.",
    be="Мы назіраем за судовымі працэсамі, дакументуем парушэнні правоў чалавека ў Беларусі "
    "і даносім факты да свету. Кожны год 4 жніўня мы адзначаем Міжнародны дзень "
    "салідарнасці з Беларуссю.",
    uk="Ми спостерігаємо за судовими процесами, документуємо порушення прав людини в Білорусі "
    "й доносимо факти до світу. Щороку 4 серпня ми відзначаємо Міжнародний день "
    "солідарності з Білоруссю.",
)
HOME_HEADING = T("Who we are", ru="Кто мы", be="Хто мы", uk="Хто ми")
HOME_TEXT = T(
    "The International Observation Mission works in Minsk. The Committee of International "
    "Control brings together organisations from several countries that turn the Mission's "
    "findings into recommendations.",
    ru="Международная наблюдательная миссия работает в Минске. Комитет международного контроля "
    "объединяет организации из нескольких стран, которые превращают выводы Миссии в "
    "рекомендации.",
    be="Міжнародная назіральная місія працуе ў Мінску. Камітэт міжнароднага кантролю "
    "аб'ядноўвае арганізацыі з некалькіх краін, якія ператвараюць высновы Місіі ў "
    "рэкамендацыі.",
    uk="Міжнародна спостережна місія працює в Мінську. Комітет міжнародного контролю "
    "об'єднує організації з кількох країн, які перетворюють висновки Місії на "
    "рекомендації.",
)

ABOUT_TITLE = T("About this site", ru="О сайте", be="Пра сайт", uk="Про сайт")
ABOUT_SUMMARY = T(
    "Who runs this site and why.",
    ru="Кто ведёт этот сайт и зачем.",
    be="Хто вядзе гэты сайт і навошта.",
    uk="Хто веде цей сайт і навіщо.",
)
ABOUT_TEXT = T(
    "This site is run by a coalition of human-rights and civil-society organisations. "
    "It publishes what the Observation Mission sees and what the Committee recommends.",
    ru="Этот сайт ведёт коалиция правозащитных и общественных организаций. Здесь публикуется "
    "то, что видит Наблюдательная миссия, и то, что рекомендует Комитет.",
    be="Гэты сайт вядзе кааліцыя праваабарончых і грамадскіх арганізацый. Тут публікуецца "
    "тое, што бачыць Назіральная місія, і тое, што рэкамендуе Камітэт.",
    uk="Цей сайт веде коаліція правозахисних і громадських організацій. Тут публікується "
    "те, що бачить Спостережна місія, і те, що рекомендує Комітет.",
)
ABOUT_TEXT_2 = T(
    "The site loads nothing from other hosts, sets no tracking cookies and works without "
    "JavaScript, so that it stays usable on slow or watched connections.",
    ru="Сайт ничего не загружает с других серверов, не ставит отслеживающих cookie и работает "
    "без JavaScript, чтобы им можно было пользоваться при медленном или контролируемом "
    "соединении.",
    be="Сайт нічога не загружае з іншых сервераў, не ставіць адсочвальных cookie і працуе "
    "без JavaScript, каб ім можна было карыстацца пры павольным або кантраляваным "
    "злучэнні.",
    uk="Сайт нічого не завантажує з інших серверів, не ставить cookie для стеження й працює "
    "без JavaScript, щоб ним можна було користуватися за повільного або контрольованого "
    "з'єднання.",
)

PRIVACY_TITLE = T(
    "Privacy policy", ru="Политика конфиденциальности", be="Палітыка прыватнасці", uk="Політика приватності"
)
PRIVACY_SUMMARY = T(
    "What we store about you, and for how long.",
    ru="Что мы храним о вас и как долго.",
    be="Што мы захоўваем пра вас і як доўга.",
    uk="Що ми зберігаємо про вас і як довго.",
)
PRIVACY_HEADING = T("What we keep", ru="Что мы храним", be="Што мы захоўваем", uk="Що ми зберігаємо")
PRIVACY_TEXT = T(
    "Reading this site leaves no personal trace with us: we use no analytics, no third-party "
    "services and no cookies for visitors.",
    ru="Чтение этого сайта не оставляет у нас личных следов: мы не используем аналитику, "
    "сторонние сервисы и cookie для посетителей.",
    be="Чытанне гэтага сайта не пакідае ў нас асабістых слядоў: мы не выкарыстоўваем аналітыку, "
    "іншыя сэрвісы і cookie для наведвальнікаў.",
    uk="Читання цього сайту не залишає в нас особистих слідів: ми не використовуємо аналітику, "
    "сторонні сервіси й cookie для відвідувачів.",
)
PRIVACY_TEXT_2 = T(
    "What you send us through a form is seen only by the small group of people who handle it, "
    "and is deleted after a fixed period.",
    ru="То, что вы отправляете нам через форму, видит только небольшая группа людей, которые "
    "с этим работают, и это удаляется через установленный срок.",
    be="Тое, што вы дасылаеце нам праз форму, бачыць толькі невялікая група людзей, якія "
    "з гэтым працуюць, і гэта выдаляецца праз вызначаны тэрмін.",
    uk="Те, що ви надсилаєте нам через форму, бачить лише невелика група людей, які з цим "
    "працюють, і це видаляється після встановленого строку.",
)


def load(stdout):
    root = Page.get_first_root_node()
    english = Locale.get_default()
    home = HomePage.objects.filter(locale=english).first()
    if home is None:
        # The placeholder page Wagtail creates on install gives way to the home page.
        Page.objects.filter(depth=2, content_type__app_label="wagtailcore", content_type__model="page").delete()
        home = HomePage(title=HOME_TITLE, slug="home", locale=english)
        root.add_child(instance=home)
    home.title = HOME_TITLE
    home.introduction = HOME_INTRO
    home.body = [
        ("heading", {"text": HOME_HEADING, "level": "h2", "anchor": "who-we-are"}),
        ("paragraph", paragraphs(HOME_TEXT)),
    ]
    home.save_revision().publish()

    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    # The demo site answers where the admin's base URL says (http://127.0.0.1:8000 by default).
    base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site.hostname = base_url.hostname or "localhost"
    site.port = base_url.port or (443 if base_url.scheme == "https" else 80)
    site.site_name, site.root_page = str(HOME_TITLE), home
    site.save()

    translate_everywhere(home, [HOME_TITLE, HOME_INTRO, HOME_HEADING, HOME_TEXT])
    stdout.write("  home page")

    about = child_page(
        home,
        StandardPage,
        slug="about",
        title=ABOUT_TITLE,
        summary=ABOUT_SUMMARY,
        show_in_menus=True,
        body=[("paragraph", paragraphs(ABOUT_TEXT, ABOUT_TEXT_2))],
    )
    translate_everywhere(about, [ABOUT_TITLE, ABOUT_SUMMARY, ABOUT_TEXT, ABOUT_TEXT_2])

    privacy = child_page(
        home,
        StandardPage,
        slug="privacy",
        title=PRIVACY_TITLE,
        summary=PRIVACY_SUMMARY,
        body=[
            ("heading", {"text": PRIVACY_HEADING, "level": "h2", "anchor": "what-we-keep"}),
            ("paragraph", paragraphs(PRIVACY_TEXT, PRIVACY_TEXT_2)),
        ],
    )
    translate_everywhere(privacy, [PRIVACY_TITLE, PRIVACY_SUMMARY, PRIVACY_HEADING, PRIVACY_TEXT, PRIVACY_TEXT_2])
    stdout.write("  about and privacy pages")
