"""Demo content for the Mission: its pages, How to help, the two application forms and the directories.

Contacts are placeholders only: example.org addresses and numbers ending in 000-00-0x.
"""

from wagtail.models import Locale

from core.demo_tools import T, child_page, demo_image, paragraphs, translate_everywhere
from home.models import HomePage
from mission.models import (
    ApplicationFormField,
    ApplicationFormPage,
    CommitteeMember,
    ContactPhone,
    HowToHelpPage,
    InformationCentre,
    MissionPage,
)

GENERAL_EMAIL = "info@example.org"
COORDINATORS_EMAIL = "coordinators@example.org"

# Contact directory: Belarus three numbers (two MTS, one Life), Russia one (Beeline), Ukraine two.

MTS = T("MTS", ru="МТС", be="МТС", uk="МТС")
LIFE = T("Life", ru="Life", be="Life", uk="Life")
BEELINE = T("Beeline", ru="Билайн", be="Білайн", uk="Білайн")
SIGNAL_NOTE = T(
    "Also on Signal and Telegram",
    ru="Также в Signal и Telegram",
    be="Таксама ў Signal і Telegram",
    uk="Також у Signal і Telegram",
)
EVENINGS_NOTE = T(
    "Evenings, 18:00 to 22:00 Minsk time",
    ru="По вечерам, с 18:00 до 22:00 по минскому времени",
    be="Увечары, з 18:00 да 22:00 па мінскім часе",
    uk="Увечері, з 18:00 до 22:00 за мінським часом",
)
PHONES = [
    ("BY", "+375 29 000-00-01", MTS, SIGNAL_NOTE),
    ("BY", "+375 29 000-00-02", MTS, None),
    ("BY", "+375 25 000-00-03", LIFE, EVENINGS_NOTE),
    ("RU", "+7 903 000-00-01", BEELINE, None),
    ("UA", "+380 68 000-00-01", BEELINE, None),
    ("UA", "+380 63 000-00-02", LIFE, None),
]

# Information centres

ACTIVE_CENTRE = T(
    "Finds and processes information about Belarus, translates it into English and works with local media "
    "and journalists.",
    ru="Ищет и обрабатывает информацию о Беларуси, переводит её на английский язык и работает с местными СМИ "
    "и журналистами.",
    be="Шукае і апрацоўвае інфармацыю пра Беларусь, перакладае яе на англійскую мову і працуе з мясцовымі СМІ "
    "і журналістамі.",
    uk="Шукає та опрацьовує інформацію про Білорусь, перекладає її англійською мовою й працює з місцевими ЗМІ "
    "та журналістами.",
)
WANTED_CENTRE = T(
    "We are looking for someone to start a centre here: finding information, translating it into English and "
    "working with local media.",
    ru="Мы ищем человека, который откроет здесь центр: поиск информации, перевод на английский язык и работа "
    "с местными СМИ.",
    be="Мы шукаем чалавека, які адкрые тут цэнтр: пошук інфармацыі, пераклад на англійскую мову і праца "
    "з мясцовымі СМІ.",
    uk="Ми шукаємо людину, яка відкриє тут центр: пошук інформації, переклад англійською мовою та робота "
    "з місцевими ЗМІ.",
)
CENTRES = [
    (T("Kharkiv", ru="Харьков", be="Харкаў", uk="Харків"), "UA", InformationCentre.ACTIVE, "kharkiv@example.org"),
    (T("Kyiv", ru="Киев", be="Кіеў", uk="Київ"), "UA", InformationCentre.ACTIVE, "kyiv@example.org"),
    (T("Moscow", ru="Москва", be="Масква", uk="Москва"), "RU", InformationCentre.ACTIVE, "moscow@example.org"),
    (T("Warsaw", ru="Варшава", be="Варшава", uk="Варшава"), "PL", InformationCentre.ORGANISER_WANTED, ""),
    (T("Brussels", ru="Брюссель", be="Брусель", uk="Брюссель"), "BE", InformationCentre.ORGANISER_WANTED, ""),
    (T("Vienna", ru="Вена", be="Вена", uk="Відень"), "AT", InformationCentre.ORGANISER_WANTED, ""),
    (T("Strasbourg", ru="Страсбург", be="Страсбург", uk="Страсбург"), "FR", InformationCentre.ORGANISER_WANTED, ""),
]

# Committee members: invented, clearly placeholder organisations.

MEMBERS = [
    (
        T(
            "Example Human Rights Centre",
            ru="Правозащитный центр «Пример»",
            be="Праваабарончы цэнтр «Прыклад»",
            uk="Правозахисний центр «Приклад»",
        ),
        "UA",
        "https://example.org/members/human-rights-centre/",
    ),
    (
        T(
            "Example Civic Monitoring Group",
            ru="Группа гражданского мониторинга «Пример»",
            be="Група грамадскага маніторынгу «Прыклад»",
            uk="Група громадського моніторингу «Приклад»",
        ),
        "UA",
        "https://example.org/members/civic-monitoring/",
    ),
    (
        T(
            "Example Youth Network for Human Rights",
            ru="Молодёжная правозащитная сеть «Пример»",
            be="Моладзевая праваабарончая сетка «Прыклад»",
            uk="Молодіжна правозахисна мережа «Приклад»",
        ),
        "RU",
        "https://example.org/members/youth-network/",
    ),
    (
        T(
            "Example Baltic Civil Rights Forum",
            ru="Балтийский форум гражданских прав «Пример»",
            be="Балтыйскі форум грамадзянскіх правоў «Прыклад»",
            uk="Балтійський форум громадянських прав «Приклад»",
        ),
        "LT",
        "https://example.org/members/baltic-forum/",
    ),
    (
        T(
            "Example Solidarity Association",
            ru="Ассоциация солидарности «Пример»",
            be="Асацыяцыя салідарнасці «Прыклад»",
            uk="Асоціація солідарності «Приклад»",
        ),
        "PL",
        "https://example.org/members/solidarity-association/",
    ),
]

# The Observation Mission page

MISSION_TITLE = T(
    "Observation Mission",
    ru="Наблюдательная миссия",
    be="Назіральная місія",
    uk="Спостережна місія",
)
MISSION_SUMMARY = T(
    "An international mission in Minsk that watches trials and stands by human-rights defenders.",
    ru="Международная миссия в Минске, которая наблюдает за судами и поддерживает правозащитников.",
    be="Міжнародная місія ў Мінску, якая назірае за судамі і падтрымлівае праваабаронцаў.",
    uk="Міжнародна місія в Мінську, яка спостерігає за судами й підтримує правозахисників.",
)
MISSION_INTRO = T(
    "The International Observation Mission works in Minsk. Its participants come from several countries "
    "for days or weeks at a time, so that what happens in Belarusian courts and streets is seen and known.",
    ru="Международная наблюдательная миссия работает в Минске. Её участники приезжают из разных стран на "
    "несколько дней или недель, чтобы происходящее в белорусских судах и на улицах было увидено и известно.",
    be="Міжнародная назіральная місія працуе ў Мінску. Яе ўдзельнікі прыязджаюць з розных краін на некалькі "
    "дзён або тыдняў, каб тое, што адбываецца ў беларускіх судах і на вуліцах, было заўважана і вядома.",
    uk="Міжнародна спостережна місія працює в Мінську. Її учасники приїжджають із різних країн на кілька днів "
    "або тижнів, щоб те, що відбувається в білоруських судах і на вулицях, було помічене й відоме.",
)
TASKS_HEADING = T(
    "What the Mission does", ru="Чем занимается Миссия", be="Чым займаецца Місія", uk="Чим займається Місія"
)
TASKS_LEAD = T(
    "Participants of the Mission:",
    ru="Участники Миссии:",
    be="Удзельнікі Місіі:",
    uk="Учасники Місії:",
)
TASKS = [
    T(
        "monitor the human-rights situation;",
        ru="следят за положением с правами человека;",
        be="сочаць за становішчам з правамі чалавека;",
        uk="стежать за становищем із правами людини;",
    ),
    T(
        "attend court hearings as observers;",
        ru="присутствуют на судебных заседаниях как наблюдатели;",
        be="прысутнічаюць на судовых пасяджэннях як назіральнікі;",
        uk="присутні на судових засіданнях як спостерігачі;",
    ),
    T(
        "assist local human-rights defenders;",
        ru="помогают местным правозащитникам;",
        be="дапамагаюць мясцовым праваабаронцам;",
        uk="допомагають місцевим правозахисникам;",
    ),
    T(
        "collect information and make it known abroad.",
        ru="собирают информацию и распространяют её за рубежом.",
        be="збіраюць інфармацыю і распаўсюджваюць яе за мяжой.",
        uk="збирають інформацію та поширюють її за кордоном.",
    ),
]
PROFILES_HEADING = T("Who we are looking for", ru="Кого мы ищем", be="Каго мы шукаем", uk="Кого ми шукаємо")
PROFILES_LEAD = T(
    "The Mission invites two kinds of participants:",
    ru="Миссия приглашает участников двух видов:",
    be="Місія запрашае ўдзельнікаў двух відаў:",
    uk="Місія запрошує учасників двох типів:",
)
PROFILE_KNOWN = T(
    "well-known human-rights activists and experts, whose presence carries weight with the authorities, "
    "journalists and others;",
    ru="известных правозащитников и экспертов, чьё присутствие имеет вес для властей, журналистов и других;",
    be="вядомых праваабаронцаў і экспертаў, чыя прысутнасць мае вагу для ўладаў, журналістаў і іншых;",
    uk="відомих правозахисників і експертів, чия присутність має вагу для влади, журналістів та інших;",
)
PROFILE_EXPERIENCED = T(
    "people with experience in monitoring, documenting human-rights violations, or giving information "
    "support to human-rights work.",
    ru="людей с опытом мониторинга, документирования нарушений прав человека или информационной поддержки "
    "правозащитной работы.",
    be="людзей з досведам маніторынгу, дакументавання парушэнняў правоў чалавека або інфармацыйнай падтрымкі "
    "праваабарончай працы.",
    uk="людей із досвідом моніторингу, документування порушень прав людини або інформаційної підтримки "
    "правозахисної роботи.",
)
STAY_HEADING = T(
    "How long a stay lasts", ru="Сколько длится поездка", be="Колькі доўжыцца паездка", uk="Скільки триває поїздка"
)
STAY_TEXT = T(
    "A stay with the Mission lasts from several days to one or two weeks, depending on the time you can give.",
    ru="Поездка в составе Миссии длится от нескольких дней до одной-двух недель, в зависимости от того, "
    "сколько времени вы можете уделить.",
    be="Паездка ў складзе Місіі доўжыцца ад некалькіх дзён да аднаго-двух тыдняў, у залежнасці ад таго, "
    "колькі часу вы можаце аддаць.",
    uk="Поїздка у складі Місії триває від кількох днів до одного-двох тижнів, залежно від того, скільки "
    "часу ви можете приділити.",
)
MISSION_CTA_TITLE = T(
    "Join the Observation Mission",
    ru="Присоединяйтесь к Наблюдательной миссии",
    be="Далучайцеся да Назіральнай місіі",
    uk="Долучайтеся до Спостережної місії",
)
MISSION_CTA_TEXT = T(
    "Tell us about yourself and when you could come. A coordinator will answer you.",
    ru="Расскажите о себе и о том, когда вы могли бы приехать. Вам ответит координатор.",
    be="Раскажыце пра сябе і пра тое, калі вы маглі б прыехаць. Вам адкажа каардынатар.",
    uk="Розкажіть про себе й про те, коли ви могли б приїхати. Вам відповість координатор.",
)
APPLY = T("Apply", ru="Подать заявку", be="Падаць заяўку", uk="Подати заявку")

# The Committee page

COMMITTEE_TITLE = T(
    "Committee of International Control",
    ru="Комитет международного контроля",
    be="Камітэт міжнароднага кантролю",
    uk="Комітет міжнародного контролю",
)
COMMITTEE_SUMMARY = T(
    "Organisations from several countries that turn the Mission's evidence into recommendations.",
    ru="Организации из нескольких стран, которые превращают свидетельства Миссии в рекомендации.",
    be="Арганізацыі з некалькіх краін, якія ператвараюць сведчанні Місіі ў рэкамендацыі.",
    uk="Організації з кількох країн, які перетворюють свідчення Місії на рекомендації.",
)
COMMITTEE_INTRO = T(
    "The Committee of International Control over the human-rights situation in Belarus is a community of "
    "human-rights and civil organisations from several countries.",
    ru="Комитет международного контроля за ситуацией с правами человека в Беларуси — это сообщество "
    "правозащитных и общественных организаций из нескольких стран.",
    be="Камітэт міжнароднага кантролю за сітуацыяй з правамі чалавека ў Беларусі — гэта супольнасць "
    "праваабарончых і грамадскіх арганізацый з некалькіх краін.",
    uk="Комітет міжнародного контролю за ситуацією з правами людини в Білорусі — це спільнота "
    "правозахисних і громадських організацій із кількох країн.",
)
COMMITTEE_WORK_HEADING = T(
    "What the Committee does", ru="Чем занимается Комитет", be="Чым займаецца Камітэт", uk="Чим займається Комітет"
)
COMMITTEE_WORK = T(
    "The Committee studies the information and evidence that the Observation Mission gathers. On that basis "
    "it drafts recommendations to the Belarusian authorities and to international organisations.",
    ru="Комитет изучает информацию и свидетельства, которые собирает Наблюдательная миссия. На их основе он "
    "готовит рекомендации белорусским властям и международным организациям.",
    be="Камітэт вывучае інфармацыю і сведчанні, якія збірае Назіральная місія. На іх падставе ён рыхтуе "
    "рэкамендацыі беларускім уладам і міжнародным арганізацыям.",
    uk="Комітет вивчає інформацію та свідчення, які збирає Спостережна місія. На їхній підставі він готує "
    "рекомендації білоруській владі та міжнародним організаціям.",
)
COMMITTEE_JOIN = T(
    "Any human-rights or civil organisation that shares these aims can apply to become a member.",
    ru="Любая правозащитная или общественная организация, которая разделяет эти цели, может подать заявку на членство.",
    be="Любая праваабарончая або грамадская арганізацыя, якая падзяляе гэтыя мэты, можа падаць заяўку на сяброўства.",
    uk="Будь-яка правозахисна чи громадська організація, яка поділяє ці цілі, може подати заявку на членство.",
)
COMMITTEE_CTA_TITLE = T(
    "Bring your organisation into the Committee",
    ru="Вступите в Комитет вместе со своей организацией",
    be="Уступіце ў Камітэт разам са сваёй арганізацыяй",
    uk="Вступіть до Комітету разом зі своєю організацією",
)
COMMITTEE_CTA_TEXT = T(
    "Tell us about your organisation and why it wants to join.",
    ru="Расскажите о своей организации и о том, почему она хочет вступить.",
    be="Раскажыце пра сваю арганізацыю і пра тое, чаму яна хоча ўступіць.",
    uk="Розкажіть про свою організацію та про те, чому вона хоче вступити.",
)

# The application forms

PRIVACY_NOTICE = T(
    "We use your answers only to consider your application and to contact you about it. They are kept on "
    "our own server, shared with no one and read only by the Mission coordinators.",
    ru="Мы используем ваши ответы только для рассмотрения заявки и связи с вами по ней. Они хранятся на нашем "
    "собственном сервере, никому не передаются, и читают их только координаторы Миссии.",
    be="Мы выкарыстоўваем вашы адказы толькі для разгляду заяўкі і сувязі з вамі па ёй. Яны захоўваюцца на "
    "нашым уласным серверы, нікому не перадаюцца, і чытаюць іх толькі каардынатары Місіі.",
    uk="Ми використовуємо ваші відповіді лише для розгляду заявки та зв'язку з вами щодо неї. Вони "
    "зберігаються на нашому власному сервері, нікому не передаються, і читають їх лише координатори Місії.",
)
PRIVACY_DELETE = T(
    f"To have your application deleted sooner, write to {GENERAL_EMAIL}.",
    ru=f"Чтобы удалить заявку раньше, напишите на {GENERAL_EMAIL}.",
    be=f"Каб выдаліць заяўку раней, напішыце на {GENERAL_EMAIL}.",
    uk=f"Щоб видалити заявку раніше, напишіть на {GENERAL_EMAIL}.",
)
PRIVACY_SAFETY = T(
    "If writing to us could put you at risk, give only what you are comfortable sharing: a first name and "
    "a way to reach you are enough.",
    ru="Если переписка с нами может быть для вас опасной, укажите только то, чем готовы поделиться: "
    "достаточно имени и способа связи.",
    be="Калі ліставанне з намі можа быць для вас небяспечным, пазначце толькі тое, чым гатовыя падзяліцца: "
    "дастаткова імя і спосабу сувязі.",
    uk="Якщо листування з нами може бути для вас небезпечним, вкажіть лише те, чим готові поділитися: "
    "досить імені та способу зв'язку.",
)
MISSION_FORM_TITLE = T(
    "Join the Observation Mission",
    ru="Заявка в Наблюдательную миссию",
    be="Заяўка ў Назіральную місію",
    uk="Заявка до Спостережної місії",
)
MISSION_FORM_INTRO = T(
    "Participants stay in Minsk from several days to one or two weeks. Tell us which profile fits you and "
    "when you could come.",
    ru="Участники проводят в Минске от нескольких дней до одной-двух недель. Расскажите, какой профиль вам "
    "подходит и когда вы могли бы приехать.",
    be="Удзельнікі праводзяць у Мінску ад некалькіх дзён да аднаго-двух тыдняў. Раскажыце, які профіль вам "
    "пасуе і калі вы маглі б прыехаць.",
    uk="Учасники перебувають у Мінську від кількох днів до одного-двох тижнів. Розкажіть, який профіль вам "
    "підходить і коли ви могли б приїхати.",
)
MISSION_FORM_THANKS = T(
    "A coordinator reads every application and will contact you within two weeks, using the details you gave.",
    ru="Координатор читает каждую заявку и свяжется с вами в течение двух недель по указанным вами контактам.",
    be="Каардынатар чытае кожную заяўку і звяжацца з вамі на працягу двух тыдняў па пазначаных вамі кантактах.",
    uk="Координатор читає кожну заявку й зв'яжеться з вами протягом двох тижнів за вказаними вами контактами.",
)
PROFILE_CHOICE_KNOWN = T(
    "A well-known human-rights activist or expert",
    ru="Известный правозащитник или эксперт",
    be="Вядомы праваабаронца або эксперт",
    uk="Відомий правозахисник або експерт",
)
PROFILE_CHOICE_EXPERIENCED = T(
    "Experienced in monitoring, documentation or information support",
    ru="Опыт мониторинга, документирования или информационной поддержки",
    be="Досвед маніторынгу, дакументавання або інфармацыйнай падтрымкі",
    uk="Досвід моніторингу, документування або інформаційної підтримки",
)
PROFILE_CHOICES = T(
    f"{PROFILE_CHOICE_KNOWN}\n{PROFILE_CHOICE_EXPERIENCED}",
    **{
        code: f"{PROFILE_CHOICE_KNOWN.get(code)}\n{PROFILE_CHOICE_EXPERIENCED.get(code)}" for code in ("ru", "be", "uk")
    },
)
YOUR_NAME = T("Your name", ru="Ваше имя", be="Ваша імя", uk="Ваше ім'я")
NAME_HELP = T(
    "A first name is enough.",
    ru="Достаточно имени.",
    be="Дастаткова імя.",
    uk="Досить імені.",
)
EMAIL = T("E-mail", ru="Электронная почта", be="Электронная пошта", uk="Електронна пошта")
PHONE = T(
    "Phone or messenger",
    ru="Телефон или мессенджер",
    be="Тэлефон або мэсэнджар",
    uk="Телефон або месенджер",
)
PHONE_HELP = T(
    "Only if you would like us to call or message you.",
    ru="Только если вы хотите, чтобы мы позвонили или написали вам.",
    be="Толькі калі вы хочаце, каб мы патэлефанавалі або напісалі вам.",
    uk="Лише якщо ви хочете, щоб ми зателефонували або написали вам.",
)
MISSION_FIELDS = [
    (
        T("Your profile", ru="Ваш профиль", be="Ваш профіль", uk="Ваш профіль"),
        "radio",
        True,
        PROFILE_CHOICES,
        T(
            "The Mission invites these two kinds of participants.",
            ru="Миссия приглашает участников этих двух видов.",
            be="Місія запрашае ўдзельнікаў гэтых двух відаў.",
            uk="Місія запрошує учасників цих двох типів.",
        ),
    ),
    (
        T("Dates available", ru="Когда вы можете приехать", be="Калі вы можаце прыехаць", uk="Коли ви можете приїхати"),
        "singleline",
        True,
        None,
        T(
            "Dates or a period, and for how many days.",
            ru="Даты или период, и на сколько дней.",
            be="Даты або перыяд, і на колькі дзён.",
            uk="Дати або період, і на скільки днів.",
        ),
    ),
    (
        T("Experience", ru="Опыт", be="Досвед", uk="Досвід"),
        "multiline",
        True,
        None,
        T(
            "Monitoring, documentation, trial observation, information work: what have you done?",
            ru="Мониторинг, документирование, наблюдение за судами, информационная работа: что вы делали?",
            be="Маніторынг, дакументаванне, назіранне за судамі, інфармацыйная праца: што вы рабілі?",
            uk="Моніторинг, документування, спостереження за судами, інформаційна робота: що ви робили?",
        ),
    ),
    (
        T("Languages", ru="Языки", be="Мовы", uk="Мови"),
        "singleline",
        True,
        None,
        T(
            "Which languages do you speak, and how well?",
            ru="На каких языках вы говорите и насколько хорошо?",
            be="На якіх мовах вы размаўляеце і наколькі добра?",
            uk="Якими мовами ви розмовляєте і наскільки добре?",
        ),
    ),
    (YOUR_NAME, "singleline", True, None, NAME_HELP),
    (EMAIL, "email", True, None, None),
    (PHONE, "singleline", False, None, PHONE_HELP),
]

COMMITTEE_FORM_TITLE = T(
    "Join the Committee",
    ru="Заявка на вступление в Комитет",
    be="Заяўка на ўступленне ў Камітэт",
    uk="Заявка на вступ до Комітету",
)
COMMITTEE_FORM_INTRO = T(
    "Member organisations help draft the Committee's recommendations and lend them their name.",
    ru="Организации-члены помогают готовить рекомендации Комитета и поддерживают их своим именем.",
    be="Арганізацыі-сябры дапамагаюць рыхтаваць рэкамендацыі Камітэта і падтрымліваюць іх сваім імем.",
    uk="Організації-члени допомагають готувати рекомендації Комітету й підтримують їх своїм ім'ям.",
)
COMMITTEE_FORM_THANKS = T(
    "The Committee considers new members together. A coordinator will write to your contact person.",
    ru="Комитет рассматривает новых членов совместно. Координатор напишет вашему контактному лицу.",
    be="Камітэт разглядае новых сяброў разам. Каардынатар напіша вашай кантактнай асобе.",
    uk="Комітет розглядає нових членів спільно. Координатор напише вашій контактній особі.",
)
COMMITTEE_FIELDS = [
    (T("Organisation", ru="Организация", be="Арганізацыя", uk="Організація"), "singleline", True, None, None),
    (
        T("Country", ru="Страна", be="Краіна", uk="Країна"),
        "singleline",
        True,
        None,
        T(
            "Where the organisation is based.",
            ru="Где находится организация.",
            be="Дзе знаходзіцца арганізацыя.",
            uk="Де розташована організація.",
        ),
    ),
    (T("Website", ru="Сайт", be="Сайт", uk="Сайт"), "url", False, None, None),
    (
        T("Contact person", ru="Контактное лицо", be="Кантактная асоба", uk="Контактна особа"),
        "singleline",
        True,
        None,
        None,
    ),
    (
        T(
            "E-mail of the contact person",
            ru="Электронная почта контактного лица",
            be="Электронная пошта кантактнай асобы",
            uk="Електронна пошта контактної особи",
        ),
        "email",
        True,
        None,
        None,
    ),
    (
        T("Motivation", ru="Мотивация", be="Матывацыя", uk="Мотивація"),
        "multiline",
        True,
        None,
        T(
            "Why does your organisation want to join, and what could it contribute?",
            ru="Почему ваша организация хочет вступить и что она может привнести?",
            be="Чаму ваша арганізацыя хоча ўступіць і што яна можа ўнесці?",
            uk="Чому ваша організація хоче вступити і що вона може внести?",
        ),
    ),
]

# How to help

HELP_TITLE = T("How to help", ru="Как помочь", be="Як дапамагчы", uk="Як допомогти")
HELP_INTRO = T(
    "There are five ways to stand with Belarusian human-rights defenders. Choose the one that fits you.",
    ru="Есть пять способов поддержать белорусских правозащитников. Выберите тот, что подходит вам.",
    be="Ёсць пяць спосабаў падтрымаць беларускіх праваабаронцаў. Выберыце той, які пасуе вам.",
    uk="Є п'ять способів підтримати білоруських правозахисників. Оберіть той, що підходить вам.",
)
WRITE_TO_US = T("Write to us", ru="Напишите нам", be="Напішыце нам", uk="Напишіть нам")
WAYS = [
    {
        "title": T(
            "Take part in the Observation Mission",
            ru="Участвуйте в Наблюдательной миссии",
            be="Удзельнічайце ў Назіральнай місіі",
            uk="Візьміть участь у Спостережній місії",
        ),
        "audience": T(
            "Well-known human-rights activists and experts, and people experienced in monitoring or "
            "information support",
            ru="Известные правозащитники и эксперты, а также люди с опытом мониторинга или информационной поддержки",
            be="Вядомыя праваабаронцы і эксперты, а таксама людзі з досведам маніторынгу або інфармацыйнай падтрымкі",
            uk="Відомі правозахисники й експерти, а також люди з досвідом моніторингу або інформаційної підтримки",
        ),
        "description": T(
            "Spend from several days to one or two weeks in Minsk: observe court hearings, support local "
            "human-rights defenders and help gather and spread information.",
            ru="Проведите в Минске от нескольких дней до одной-двух недель: наблюдайте за судебными "
            "заседаниями, поддерживайте местных правозащитников, помогайте собирать и распространять "
            "информацию.",
            be="Правядзіце ў Мінску ад некалькіх дзён да аднаго-двух тыдняў: назірайце за судовымі "
            "пасяджэннямі, падтрымлівайце мясцовых праваабаронцаў, дапамагайце збіраць і "
            "распаўсюджваць інфармацыю.",
            uk="Проведіть у Мінську від кількох днів до одного-двох тижнів: спостерігайте за судовими "
            "засіданнями, підтримуйте місцевих правозахисників, допомагайте збирати й поширювати "
            "інформацію.",
        ),
        "button_label": T(
            "Apply to the Mission", ru="Подать заявку в Миссию", be="Падаць заяўку ў Місію", uk="Подати заявку до Місії"
        ),
        "target": "mission_form",
    },
    {
        "title": T(
            "Bring your organisation into the Committee",
            ru="Приведите свою организацию в Комитет",
            be="Прывядзіце сваю арганізацыю ў Камітэт",
            uk="Приведіть свою організацію до Комітету",
        ),
        "audience": T(
            "Human-rights and civil organisations from any country",
            ru="Правозащитные и общественные организации из любой страны",
            be="Праваабарончыя і грамадскія арганізацыі з любой краіны",
            uk="Правозахисні та громадські організації з будь-якої країни",
        ),
        "description": T(
            "The Committee of International Control turns the Mission's evidence into recommendations to the "
            "Belarusian authorities and to international organisations.",
            ru="Комитет международного контроля превращает свидетельства Миссии в рекомендации белорусским "
            "властям и международным организациям.",
            be="Камітэт міжнароднага кантролю ператварае сведчанні Місіі ў рэкамендацыі беларускім уладам "
            "і міжнародным арганізацыям.",
            uk="Комітет міжнародного контролю перетворює свідчення Місії на рекомендації білоруській владі "
            "та міжнародним організаціям.",
        ),
        "button_label": T(
            "Apply for membership",
            ru="Подать заявку на членство",
            be="Падаць заяўку на сяброўства",
            uk="Подати заявку на членство",
        ),
        "target": "committee_form",
    },
    {
        "title": T(
            "Help run an information centre",
            ru="Помогите вести информационный центр",
            be="Дапамажыце весці інфармацыйны цэнтр",
            uk="Допоможіть вести інформаційний центр",
        ),
        "audience": T(
            "People in Kharkiv, Kyiv and Moscow, and future organisers in Warsaw, Brussels, Vienna and Strasbourg",
            ru="Люди в Харькове, Киеве и Москве, а также будущие организаторы в Варшаве, Брюсселе, Вене и Страсбурге",
            be="Людзі ў Харкаве, Кіеве і Маскве, а таксама будучыя арганізатары ў Варшаве, Бруселі, Вене і Страсбургу",
            uk="Люди в Харкові, Києві та Москві, а також майбутні організатори у Варшаві, Брюсселі, Відні та Страсбурзі",
        ),
        "description": T(
            "Information centres find and process news from Belarus, translate it into English and work with "
            "local media and journalists. New centres need organisers.",
            ru="Информационные центры ищут и обрабатывают новости из Беларуси, переводят их на английский язык "
            "и работают с местными СМИ и журналистами. Новым центрам нужны организаторы.",
            be="Інфармацыйныя цэнтры шукаюць і апрацоўваюць навіны з Беларусі, перакладаюць іх на англійскую "
            "мову і працуюць з мясцовымі СМІ і журналістамі. Новым цэнтрам патрэбныя арганізатары.",
            uk="Інформаційні центри шукають та опрацьовують новини з Білорусі, перекладають їх англійською "
            "мовою й працюють із місцевими ЗМІ та журналістами. Новим центрам потрібні організатори.",
        ),
        "button_label": WRITE_TO_US,
        "target": "email",
    },
    {
        "title": T(
            "Write, translate or design",
            ru="Пишите, переводите, оформляйте",
            be="Пішыце, перакладайце, афармляйце",
            uk="Пишіть, перекладайте, оформлюйте",
        ),
        "audience": T(
            "Writers, translators and web designers",
            ru="Авторы, переводчики и веб-дизайнеры",
            be="Аўтары, перакладчыкі і вэб-дызайнеры",
            uk="Автори, перекладачі та веб-дизайнери",
        ),
        "description": T(
            "Help us prepare texts, translate them between English, Russian, Belarusian and Ukrainian, or "
            "improve this website.",
            ru="Помогите нам готовить тексты, переводить их с английского, русского, белорусского и "
            "украинского языков и на них или улучшать этот сайт.",
            be="Дапамажыце нам рыхтаваць тэксты, перакладаць іх з англійскай, рускай, беларускай і "
            "ўкраінскай моў і на іх або паляпшаць гэты сайт.",
            uk="Допоможіть нам готувати тексти, перекладати їх з англійської, російської, білоруської та "
            "української мов і на них або покращувати цей сайт.",
        ),
        "button_label": T(
            "Offer your help", ru="Предложить помощь", be="Прапанаваць дапамогу", uk="Запропонувати допомогу"
        ),
        "target": "email",
    },
    {
        "title": T(
            "Support the work with money",
            ru="Поддержите работу деньгами",
            be="Падтрымайце працу грашыма",
            uk="Підтримайте роботу грошима",
        ),
        "audience": T(
            "Anyone who wants to help",
            ru="Все, кто хочет помочь",
            be="Усе, хто хоча дапамагчы",
            uk="Усі, хто хоче допомогти",
        ),
        "description": T(
            "Donations pay mainly for international mobile calls between Ukraine, Russia and Belarus, and for "
            "the Mission's travel and accommodation in Minsk.",
            ru="Пожертвования идут главным образом на международные мобильные звонки между Украиной, Россией "
            "и Беларусью, а также на дорогу и проживание Миссии в Минске.",
            be="Ахвяраванні ідуць галоўным чынам на міжнародныя мабільныя званкі паміж Украінай, Расіяй "
            "і Беларуссю, а таксама на дарогу і пражыванне Місіі ў Мінску.",
            uk="Пожертви йдуть переважно на міжнародні мобільні дзвінки між Україною, Росією та Білоруссю, "
            "а також на дорогу й проживання Місії в Мінську.",
        ),
        "button_label": T(
            "Ask how to donate",
            ru="Узнать, как помочь деньгами",
            be="Даведацца, як дапамагчы грашыма",
            uk="Дізнатися, як допомогти грошима",
        ),
        "target": "email",
    },
]


def load(stdout):
    english = Locale.get_default()
    home = HomePage.objects.get(locale=english)
    _load_phones(english)
    _load_centres(english)
    _load_members(english)
    stdout.write("  phone numbers, information centres and Committee members")

    how_to_help = _how_to_help(home)
    forms = {
        "mission_form": _form_page(
            how_to_help,
            slug="join-the-mission",
            title=MISSION_FORM_TITLE,
            intro=MISSION_FORM_INTRO,
            thanks=MISSION_FORM_THANKS,
            fields=MISSION_FIELDS,
        ),
        "committee_form": _form_page(
            how_to_help,
            slug="join-the-committee",
            title=COMMITTEE_FORM_TITLE,
            intro=COMMITTEE_FORM_INTRO,
            thanks=COMMITTEE_FORM_THANKS,
            fields=COMMITTEE_FIELDS,
        ),
    }
    how_to_help = _fill_how_to_help(how_to_help, forms)
    translate_everywhere(how_to_help, _how_to_help_texts())
    for form_page, fields in ((forms["mission_form"], MISSION_FIELDS), (forms["committee_form"], COMMITTEE_FIELDS)):
        translate_everywhere(form_page, _form_texts(fields))
    stdout.write("  How to help page and the two application forms")

    mission = child_page(
        home,
        MissionPage,
        slug="observation-mission",
        title=MISSION_TITLE,
        summary=MISSION_SUMMARY,
        introduction=MISSION_INTRO,
        show_in_menus=True,
        body=[
            ("heading", {"text": TASKS_HEADING, "level": "h2", "anchor": "tasks"}),
            ("paragraph", paragraphs(TASKS_LEAD) + _list("ul", TASKS)),
            ("heading", {"text": PROFILES_HEADING, "level": "h2", "anchor": "participants"}),
            ("paragraph", paragraphs(PROFILES_LEAD) + _list("ol", [PROFILE_KNOWN, PROFILE_EXPERIENCED])),
            ("heading", {"text": STAY_HEADING, "level": "h2", "anchor": "length-of-stay"}),
            ("paragraph", paragraphs(STAY_TEXT)),
            (
                "call_to_action",
                {
                    "title": MISSION_CTA_TITLE,
                    "text": MISSION_CTA_TEXT,
                    "button_label": APPLY,
                    "page": forms["mission_form"],
                    "url": "",
                    "email": "",
                },
            ),
        ],
    )
    translate_everywhere(
        mission,
        [
            MISSION_TITLE,
            MISSION_SUMMARY,
            MISSION_INTRO,
            TASKS_HEADING,
            TASKS_LEAD,
            *TASKS,
            PROFILES_HEADING,
            PROFILES_LEAD,
            PROFILE_KNOWN,
            PROFILE_EXPERIENCED,
            STAY_HEADING,
            STAY_TEXT,
            MISSION_CTA_TITLE,
            MISSION_CTA_TEXT,
            APPLY,
        ],
    )

    committee = child_page(
        mission,
        MissionPage,
        slug="committee",
        title=COMMITTEE_TITLE,
        summary=COMMITTEE_SUMMARY,
        introduction=COMMITTEE_INTRO,
        listing_image=demo_image("Committee of International Control", (58, 90, 140)),
        body=[
            ("heading", {"text": COMMITTEE_WORK_HEADING, "level": "h2", "anchor": "work"}),
            ("paragraph", paragraphs(COMMITTEE_WORK, COMMITTEE_JOIN)),
            ("committee_members", {"title": ""}),
            (
                "call_to_action",
                {
                    "title": COMMITTEE_CTA_TITLE,
                    "text": COMMITTEE_CTA_TEXT,
                    "button_label": APPLY,
                    "page": forms["committee_form"],
                    "url": "",
                    "email": "",
                },
            ),
        ],
    )
    translate_everywhere(
        committee,
        [
            COMMITTEE_TITLE,
            COMMITTEE_SUMMARY,
            COMMITTEE_INTRO,
            COMMITTEE_WORK_HEADING,
            COMMITTEE_WORK,
            COMMITTEE_JOIN,
            COMMITTEE_CTA_TITLE,
            COMMITTEE_CTA_TEXT,
            APPLY,
        ],
    )
    stdout.write("  Observation Mission and Committee pages")


def _list(tag, items):
    return f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>"


def _load_phones(english):
    for order, (country, number, carrier, note) in enumerate(PHONES, start=1):
        phone, _created = ContactPhone.objects.update_or_create(
            locale=english,
            number=number,
            defaults={"country": country, "carrier": carrier, "note": note or "", "sort_order": order},
        )
        translate_everywhere(phone, [carrier, *([note] if note else [])])


def _load_centres(english):
    for order, (city, country, status, email) in enumerate(CENTRES, start=1):
        description = ACTIVE_CENTRE if status == InformationCentre.ACTIVE else WANTED_CENTRE
        centre, _created = InformationCentre.objects.update_or_create(
            locale=english,
            city=city,
            defaults={
                "country": country,
                "status": status,
                "description": description,
                "contact_email": email,
                "sort_order": order,
            },
        )
        translate_everywhere(centre, [city, description])


def _load_members(english):
    for name, country, website in MEMBERS:
        member, _created = CommitteeMember.objects.update_or_create(
            locale=english, website=website, defaults={"name": name, "country": country}
        )
        translate_everywhere(member, [name])


def _how_to_help(home):
    """The How to help page, created empty the first time so that the forms can live under it."""
    page = HowToHelpPage.objects.child_of(home).first()
    if page is None:
        page = HowToHelpPage(slug="how-to-help", title=HELP_TITLE, show_in_menus=True, body=[])
        home.add_child(instance=page)
        page.save_revision().publish()
    return page


def _fill_how_to_help(page, forms):
    body = []
    for way in WAYS:
        value = {name: way[name] for name in ("title", "audience", "button_label")}
        value["description"] = paragraphs(way["description"])
        value["form"] = forms.get(way["target"])
        value["page"] = None
        value["email"] = GENERAL_EMAIL if way["target"] == "email" else ""
        body.append(("way", value))
    home = page.get_parent()
    return child_page(
        home,
        HowToHelpPage,
        slug="how-to-help",
        title=HELP_TITLE,
        introduction=HELP_INTRO,
        show_in_menus=True,
        body=body,
    )


def _how_to_help_texts():
    texts = [HELP_TITLE, HELP_INTRO]
    for way in WAYS:
        texts += [way["title"], way["audience"], way["description"], way["button_label"]]
    return texts


def _form_page(parent, *, slug, title, intro, thanks, fields):
    page = child_page(
        parent,
        ApplicationFormPage,
        slug=slug,
        title=title,
        introduction=paragraphs(intro),
        privacy_notice=paragraphs(PRIVACY_NOTICE, PRIVACY_SAFETY, PRIVACY_DELETE),
        thank_you_text=paragraphs(thanks),
        to_address=COORDINATORS_EMAIL,
        retention_days=180,
    )
    # The questions are rebuilt in place, keeping each one's translation key (and so its translations).
    existing = list(page.form_fields.order_by("sort_order"))
    for order, (label, field_type, required, choices, help_text) in enumerate(fields):
        field = existing[order] if order < len(existing) else ApplicationFormField(page=page, locale=page.locale)
        field.label, field.field_type, field.required = label, field_type, required
        field.choices, field.help_text, field.sort_order = choices or "", help_text or "", order
        field.save()
    ApplicationFormField.objects.filter(pk__in=[field.pk for field in existing[len(fields) :]]).delete()
    page.refresh_from_db()
    page.save_revision().publish()
    return page


def _form_texts(fields):
    # Texts of both forms: translate() only uses those the page contains.
    texts = [
        MISSION_FORM_TITLE,
        COMMITTEE_FORM_TITLE,
        MISSION_FORM_INTRO,
        COMMITTEE_FORM_INTRO,
        MISSION_FORM_THANKS,
        COMMITTEE_FORM_THANKS,
    ]
    texts += [PRIVACY_NOTICE, PRIVACY_SAFETY, PRIVACY_DELETE]
    for label, _type, _required, choices, help_text in fields:
        texts += [text for text in (label, choices, help_text) if text]
    return texts
