"""Demo mirrors: two web copies (example.org, example.net), a made-up onion address and the Mirrors page."""

from wagtail.models import Locale

from core.demo_tools import T, child_page, paragraphs, translate_everywhere
from home.models import HomePage
from mirror.models import MirrorAddress, MirrorsPage

# Not a real onion service: 56 base32 characters that belong to nobody.
DEMO_ONION = "http://solidarityexampleonionaddressfordemosonly2345abcdefghijk.onion/"

ADDRESSES = [
    (
        MirrorAddress.KIND_WEB,
        "https://mirror.example.org/",
        T(
            "Copy on a university server",
            ru="Копия на университетском сервере",
            be="Копія на ўніверсітэцкім серверы",
            uk="Копія на університетському сервері",
        ),
    ),
    (
        MirrorAddress.KIND_WEB,
        "https://solidarity.example.net/",
        T(
            "Copy on a static hosting service",
            ru="Копия на статическом хостинге",
            be="Копія на статычным хостынгу",
            uk="Копія на статичному хостингу",
        ),
    ),
    (
        MirrorAddress.KIND_ONION,
        DEMO_ONION,
        T(
            "Onion service, for Tor Browser",
            ru="Onion-сервис для Tor Browser",
            be="Onion-сэрвіс для Tor Browser",
            uk="Onion-сервіс для Tor Browser",
        ),
    ),
]

TITLE = T(
    "Mirrors and onion address",
    ru="Зеркала и onion-адрес",
    be="Люстэркі і onion-адрас",
    uk="Дзеркала та onion-адреса",
)
INTRO = T(
    "When this site is blocked, the same pages can be read at the addresses below. "
    "Pass them on to people who need them.",
    ru="Когда этот сайт заблокирован, те же страницы можно читать по адресам ниже. Передайте их тем, кому они нужны.",
    be="Калі гэты сайт заблакаваны, тыя ж старонкі можна чытаць па адрасах ніжэй. "
    "Перадайце іх тым, каму яны патрэбныя.",
    uk="Коли цей сайт заблоковано, ті самі сторінки можна читати за адресами нижче. "
    "Передайте їх тим, кому вони потрібні.",
)


def load(stdout):
    english = Locale.get_default()
    for order, (kind, url, label) in enumerate(ADDRESSES):
        address, _created = MirrorAddress.objects.update_or_create(
            locale=english, url=url, defaults={"kind": kind, "label": label, "sort_order": order}
        )
        translate_everywhere(address, [label])
    home = HomePage.objects.get(locale=english)
    page = child_page(home, MirrorsPage, slug="mirrors", title=TITLE, introduction=paragraphs(INTRO))
    translate_everywhere(page, [TITLE, INTRO])
    stdout.write("  mirror addresses and the Mirrors page")
