"""Demo news: the news index, six tags and eight articles from 2014 to 2016.

Written from the facts in CONTENT.md. Four articles have real ru, be and uk translations
(with their tags); the other four stay in English only, so that the listings in the other
languages show what untranslated content looks like.
"""

import datetime
from dataclasses import dataclass

from wagtail.models import Locale

from core.demo_tools import T, demo_image, paragraphs, translate_everywhere
from home.models import HomePage
from news.models import NewsIndexPage, NewsPage, NewsTag

INDEX_TITLE = T("News of Belarus", ru="Новости Беларуси", be="Навіны Беларусі", uk="Новини Білорусі")
INDEX_INTRO = T(
    "News and comments on human rights in Belarus from the Observation Mission, the Committee "
    "and the information centres.",
    ru="Новости и комментарии о правах человека в Беларуси от Наблюдательной миссии, Комитета "
    "и информационных центров.",
    be="Навіны і каментары пра правы чалавека ў Беларусі ад Назіральнай місіі, Камітэта і інфармацыйных цэнтраў.",
    uk="Новини та коментарі про права людини в Білорусі від Спостережної місії, Комітету та інформаційних центрів.",
)

TAGS = {
    "prisoners": T("political prisoners", ru="политзаключённые", be="палітвязні", uk="політв'язні"),
    "solidarity_day": T("Day of Solidarity", ru="День солидарности", be="Дзень салідарнасці", uk="День солідарності"),
    "bialiatski": T("Ales Bialiatski", ru="Алесь Беляцкий", be="Алесь Бяляцкі", uk="Алесь Бяляцький"),
    "eu": T("European Union", ru="Евросоюз", be="Еўрасаюз", uk="Євросоюз"),
    "elections": T("elections", ru="выборы", be="выбары", uk="вибори"),
    "death_penalty": T("death penalty", ru="смертная казнь", be="смяротнае пакаранне", uk="смертна кара"),
}


@dataclass
class Article:
    slug: str
    date: datetime.date
    title: T
    summary: T
    body: list  # (block type, value) pairs; texts inside are T
    texts: list  # every T in the body, for translation
    tags: list
    colour: tuple
    alt: T
    caption: T
    source_name: str = ""
    source_url: str = ""
    translated: bool = False

    def all_texts(self):
        """Every text of the article that goes to translators."""
        texts = [self.title, self.summary, self.alt, self.caption, *self.texts, self.source_name]
        return [text for text in texts if isinstance(text, T)]


def _paragraph_article(*texts):
    """Body blocks and their texts: a paragraph per text, headings given as ("heading", T)."""
    body, all_texts = [], []
    for text in texts:
        if isinstance(text, tuple):
            kind, value = text
            if kind == "heading":
                body.append(("heading", {"text": value, "level": "h2", "anchor": ""}))
                all_texts.append(value)
            elif kind == "quote":
                quote, attribution = value
                body.append(("quote", {"quote": quote, "attribution": attribution, "source": "", "source_url": ""}))
                all_texts += [quote, attribution]
        else:
            body.append(("paragraph", paragraphs(text)))
            all_texts.append(text)
    return body, all_texts


# 1. Bialiatski released (translated) ---------------------------------------------------------

RELEASE_1 = T(
    "Ales Bialiatski, one of the best-known human-rights defenders in Belarus, was released on "
    "21 June 2014. He had been arrested on 4 August 2011 and spent more than 1,000 days in prison.",
    ru="Алесь Беляцкий, один из самых известных правозащитников Беларуси, вышел на свободу "
    "21 июня 2014 года. Его арестовали 4 августа 2011 года, и в заключении он провёл больше 1000 дней.",
    be="Алесь Бяляцкі, адзін з самых вядомых праваабаронцаў Беларусі, выйшаў на волю "
    "21 чэрвеня 2014 года. Яго арыштавалі 4 жніўня 2011 года, і ў зняволенні ён правёў больш за 1000 дзён.",
    uk="Алесь Бяляцький, один із найвідоміших правозахисників Білорусі, вийшов на волю "
    "21 червня 2014 року. Його заарештували 4 серпня 2011 року, і в ув'язненні він провів понад 1000 днів.",
)
RELEASE_2 = T(
    "We welcome his release. It does not change the system that put him behind bars: other "
    "political prisoners are still in prison, and courts still hand down death sentences.",
    ru="Мы приветствуем его освобождение. Но оно не меняет системы, которая отправила его за решётку: "
    "другие политзаключённые по-прежнему в тюрьме, а суды по-прежнему выносят смертные приговоры.",
    be="Мы вітаем яго вызваленне. Але яно не змяняе сістэмы, якая адправіла яго за краты: "
    "іншыя палітвязні па-ранейшаму ў турме, а суды па-ранейшаму выносяць смяротныя прысуды.",
    uk="Ми вітаємо його звільнення. Але воно не змінює системи, яка відправила його за ґрати: "
    "інші політв'язні досі у в'язниці, а суди досі виносять смертні вироки.",
)
RELEASE_HEADING = T(
    "What remains to be done", ru="Что ещё предстоит сделать", be="Што яшчэ трэба зрабіць", uk="Що ще треба зробити"
)
RELEASE_3 = T(
    "The Observation Mission will go on attending court hearings and documenting the cases of people "
    "prosecuted for their views, and the Committee will go on bringing them to international organisations.",
    ru="Наблюдательная миссия продолжит посещать судебные заседания и документировать дела людей, "
    "которых преследуют за их взгляды, а Комитет продолжит доносить их до международных организаций.",
    be="Назіральная місія будзе і далей наведваць судовыя пасяджэнні і дакументаваць справы людзей, "
    "якіх пераследуюць за іх погляды, а Камітэт будзе і далей даносіць іх да міжнародных арганізацый.",
    uk="Спостережна місія й далі відвідуватиме судові засідання та документуватиме справи людей, "
    "яких переслідують за їхні погляди, а Комітет і далі доноситиме їх до міжнародних організацій.",
)
RELEASE_BODY, RELEASE_TEXTS = _paragraph_article(RELEASE_1, RELEASE_2, ("heading", RELEASE_HEADING), RELEASE_3)
RELEASE_SOURCE = T(
    "Information centre in Kharkiv",
    ru="Информационный центр в Харькове",
    be="Інфармацыйны цэнтр у Харкаве",
    uk="Інформаційний центр у Харкові",
)

# 2. Day of Solidarity 2014 (English only) ----------------------------------------------------

DAY_2014_BODY, DAY_2014_TEXTS = _paragraph_article(
    "On 4 August 2014 people in many countries marked the International Day of Solidarity with Belarus "
    "for the third time. This year's appeal asks them to stand with young civil-society activists, who "
    "pay a high price for their commitment.",
    "Ales Bialiatski is free again, but the situation has not changed: there are political prisoners, "
    "the death penalty is in use, and the freedoms of expression, assembly and association remain restricted.",
    ("quote", (T("Solidarity is stronger than repression."), T("Slogan of the Day of Solidarity 2014"))),
)

# 3. Death penalty (English only) -------------------------------------------------------------

DEATH_PENALTY_BODY, DEATH_PENALTY_TEXTS = _paragraph_article(
    "Belarus is the only country in Europe that still carries out death sentences. Executions take place "
    "in secret: families learn of them afterwards, and the body is not handed over.",
    "Human-rights defenders in several countries have called for a moratorium on executions as a first "
    "step towards abolition. Our information centres translate and pass on the news of each new sentence.",
)

# 4. Day of Solidarity 2015 in seven countries (translated) -----------------------------------

DAY_2015_1 = T(
    "The International Day of Solidarity with Belarus was marked in seven countries this year. "
    "Participants chose actions from the suggested list or invented their own.",
    ru="В этом году Международный день солидарности с Беларусью отметили в семи странах. "
    "Участники выбирали действия из предложенного списка или придумывали свои.",
    be="Сёлета Міжнародны дзень салідарнасці з Беларуссю адзначылі ў сямі краінах. "
    "Удзельнікі выбіралі дзеянні з прапанаванага спісу або прыдумлялі свае.",
    uk="Цього року Міжнародний день солідарності з Білоруссю відзначили в семи країнах. "
    "Учасники обирали дії із запропонованого списку або вигадували власні.",
)
DAY_2015_2 = T(
    "Some held online discussions about the human-rights situation in Belarus, others talked to "
    "people in the streets, and many posted material on social media.",
    ru="Одни провели онлайн-дискуссии о положении с правами человека в Беларуси, другие "
    "разговаривали с людьми на улицах, а многие публиковали материалы в социальных сетях.",
    be="Адны правялі анлайн-дыскусіі пра становішча з правамі чалавека ў Беларусі, іншыя "
    "размаўлялі з людзьмі на вуліцах, а многія публікавалі матэрыялы ў сацыяльных сетках.",
    uk="Одні провели онлайн-дискусії про становище з правами людини в Білорусі, інші "
    "розмовляли з людьми на вулицях, а багато хто публікував матеріали в соціальних мережах.",
)
DAY_2015_3 = T(
    "Thank you to everyone who took part and told the organising committee about it. Your reports "
    "show that Belarusian human-rights defenders are not alone.",
    ru="Спасибо всем, кто принял участие и рассказал об этом оргкомитету. Ваши сообщения "
    "показывают, что белорусские правозащитники не одни.",
    be="Дзякуй усім, хто ўзяў удзел і расказаў пра гэта аргкамітэту. Вашы паведамленні "
    "паказваюць, што беларускія праваабаронцы не адны.",
    uk="Дякуємо всім, хто взяв участь і розповів про це оргкомітету. Ваші повідомлення "
    "показують, що білоруські правозахисники не самі.",
)
DAY_2015_BODY, DAY_2015_TEXTS = _paragraph_article(DAY_2015_1, DAY_2015_2, DAY_2015_3)

# 5. Six political prisoners pardoned (translated) --------------------------------------------

PARDON_1 = T(
    "At the weekend the president pardoned six political prisoners. We are glad for them and for their families.",
    ru="В выходные президент помиловал шестерых политзаключённых. Мы рады за них и за их семьи.",
    be="На выхадных прэзідэнт памілаваў шасцярых палітвязняў. Мы радыя за іх і за іх сем'і.",
    uk="На вихідних президент помилував шістьох політв'язнів. Ми раді за них і за їхні родини.",
)
PARDON_2 = T(
    "The timing speaks for itself: the pardon came weeks before the presidential election, at a moment "
    "when the authorities are seeking better relations with the European Union. We read it as a "
    "tactical move, not as an act of humanity.",
    ru="Время говорит само за себя: помилование пришлось за несколько недель до президентских выборов, "
    "когда власти ищут сближения с Европейским союзом. Мы считаем его тактическим шагом, а не актом "
    "гуманности.",
    be="Час гаворыць сам за сябе: памілаванне адбылося за некалькі тыдняў да прэзідэнцкіх выбараў, "
    "калі ўлады шукаюць збліжэння з Еўрапейскім саюзам. Мы лічым яго тактычным крокам, а не актам "
    "гуманнасці.",
    uk="Час говорить сам за себе: помилування відбулося за кілька тижнів до президентських виборів, "
    "коли влада шукає зближення з Європейським Союзом. Ми вважаємо його тактичним кроком, а не актом "
    "гуманності.",
)
PARDON_3 = T(
    "Nothing prevents new political prisoners from appearing tomorrow. Real change would mean an end "
    "to prosecutions for peaceful activity and the full rehabilitation of those released.",
    ru="Ничто не мешает завтра появиться новым политзаключённым. Настоящие перемены означали бы конец "
    "преследований за мирную деятельность и полную реабилитацию освобождённых.",
    be="Нішто не перашкаджае заўтра з'явіцца новым палітвязням. Сапраўдныя перамены азначалі б канец "
    "пераследу за мірную дзейнасць і поўную рэабілітацыю вызваленых.",
    uk="Ніщо не заважає завтра з'явитися новим політв'язням. Справжні зміни означали б кінець "
    "переслідувань за мирну діяльність і повну реабілітацію звільнених.",
)
PARDON_BODY, PARDON_TEXTS = _paragraph_article(PARDON_1, PARDON_2, PARDON_3)

# 6. Presidential election 2015 (English only) ------------------------------------------------

ELECTION_BODY, ELECTION_TEXTS = _paragraph_article(
    "The presidential election of 11 October passed without the mass arrests that followed the vote "
    "of 2010. It also passed without the freedoms that make a vote meaningful.",
    "Independent candidates had little access to the media, pickets needed permission that was often "
    "refused, and observers could not follow the counting of votes.",
)

# 7. EU lifts most sanctions (English only) ---------------------------------------------------

SANCTIONS_BODY, SANCTIONS_TEXTS = _paragraph_article(
    "The European Union has lifted most of its sanctions against Belarusian officials and companies. "
    "The decision follows last year's release of political prisoners.",
    "We call on the Union to keep human rights at the centre of its dialogue with Minsk: the released "
    "prisoners have not been rehabilitated, and the laws used against them are still in force.",
)

# 8. Why 4 August (translated) ----------------------------------------------------------------

WHY_1 = T(
    "On 4 August 2011 Ales Bialiatski was arrested in Minsk. He was sentenced to four and a half "
    "years in prison and released only in June 2014.",
    ru="4 августа 2011 года в Минске арестовали Алеся Беляцкого. Его приговорили к четырём с половиной "
    "годам заключения, а освободили только в июне 2014 года.",
    be="4 жніўня 2011 года ў Мінску арыштавалі Алеся Бяляцкага. Яго асудзілі на чатыры з паловай "
    "гады зняволення, а вызвалілі толькі ў чэрвені 2014 года.",
    uk="4 серпня 2011 року в Мінську заарештували Алеся Бяляцького. Його засудили до чотирьох із половиною "
    "років ув'язнення, а звільнили лише в червні 2014 року.",
)
WHY_2 = T(
    "That date was chosen for the International Day of Solidarity with Belarus, first held on "
    "4 August 2012. It stands not for one person but for the repeated arbitrary arrests of people "
    "who criticise the authorities.",
    ru="Эту дату выбрали для Международного дня солидарности с Беларусью, который впервые прошёл "
    "4 августа 2012 года. Она напоминает не об одном человеке, а о постоянных произвольных арестах "
    "тех, кто критикует власть.",
    be="Гэтую дату абралі для Міжнароднага дня салідарнасці з Беларуссю, які ўпершыню прайшоў "
    "4 жніўня 2012 года. Яна нагадвае не пра аднаго чалавека, а пра пастаянныя адвольныя арышты "
    "тых, хто крытыкуе ўладу.",
    uk="Цю дату обрали для Міжнародного дня солідарності з Білоруссю, який уперше відбувся "
    "4 серпня 2012 року. Вона нагадує не про одну людину, а про постійні свавільні арешти "
    "тих, хто критикує владу.",
)
WHY_3 = T(
    "The campaign's Manifesto says that the day will be marked every year until people are no longer "
    "jailed for defending human rights and until basic freedoms are guaranteed.",
    ru="В Манифесте кампании сказано, что этот день будут отмечать каждый год, пока людей не перестанут "
    "сажать за защиту прав человека и пока не будут гарантированы основные свободы.",
    be="У Маніфесце кампаніі сказана, што гэты дзень будуць адзначаць кожны год, пакуль людзей не "
    "перастануць саджаць за абарону правоў чалавека і пакуль не будуць гарантаваныя асноўныя свабоды.",
    uk="У Маніфесті кампанії сказано, що цей день відзначатимуть щороку, доки людей не перестануть "
    "ув'язнювати за захист прав людини і доки не будуть гарантовані основні свободи.",
)
WHY_BODY, WHY_TEXTS = _paragraph_article(WHY_1, WHY_2, WHY_3)

ARTICLES = [
    Article(
        slug="ales-bialiatski-released",
        date=datetime.date(2014, 6, 23),
        title=T(
            "Ales Bialiatski released after more than 1,000 days in prison",
            ru="Алесь Беляцкий вышел на свободу после более чем 1000 дней заключения",
            be="Алесь Бяляцкі выйшаў на волю пасля больш чым 1000 дзён зняволення",
            uk="Алесь Бяляцький вийшов на волю після понад 1000 днів ув'язнення",
        ),
        summary=T(
            "One of the best-known Belarusian human-rights defenders is free. Other political prisoners are not.",
            ru="Один из самых известных белорусских правозащитников на свободе. Другие политзаключённые — нет.",
            be="Адзін з самых вядомых беларускіх праваабаронцаў на волі. Іншыя палітвязні — не.",
            uk="Один із найвідоміших білоруських правозахисників на волі. Інші політв'язні — ні.",
        ),
        body=RELEASE_BODY,
        texts=RELEASE_TEXTS,
        tags=["bialiatski", "prisoners"],
        colour=(163, 13, 36),
        alt=T(
            "A plain red picture standing in for a photograph",
            ru="Простая красная картинка вместо фотографии",
            be="Простая чырвоная карцінка замест фатаграфіі",
            uk="Проста червона картинка замість фотографії",
        ),
        caption=T(
            "Demo picture: no photograph is downloaded.",
            ru="Демонстрационная картинка: фотографии не загружаются.",
            be="Дэманстрацыйная карцінка: фатаграфіі не загружаюцца.",
            uk="Демонстраційна картинка: фотографії не завантажуються.",
        ),
        source_name=RELEASE_SOURCE,
        source_url="https://example.org/kharkiv/bialiatski-released",
        translated=True,
    ),
    Article(
        slug="day-of-solidarity-2014",
        date=datetime.date(2014, 8, 4),
        title=T("Solidarity is stronger than repression: the Day of Solidarity 2014"),
        summary=T("This year's appeal asks people to stand with young civil-society activists in Belarus."),
        body=DAY_2014_BODY,
        texts=DAY_2014_TEXTS,
        tags=["solidarity_day", "bialiatski"],
        colour=(26, 95, 180),
        alt=T("A plain blue picture standing in for a photograph"),
        caption=T("Demo picture."),
    ),
    Article(
        slug="death-penalty-in-secret",
        date=datetime.date(2014, 11, 20),
        title=T("Death sentences carried out in secret"),
        summary=T("Families learn of executions afterwards and are not told where their relatives are buried."),
        body=DEATH_PENALTY_BODY,
        texts=DEATH_PENALTY_TEXTS,
        tags=["death_penalty"],
        colour=(74, 74, 85),
        alt=T("A plain grey picture standing in for a photograph"),
        caption=T("Demo picture."),
        source_name="Example Human Rights Weekly",
        source_url="https://example.org/weekly/death-penalty",
    ),
    Article(
        slug="day-of-solidarity-2015",
        date=datetime.date(2015, 8, 5),
        title=T(
            "Day of Solidarity marked in seven countries",
            ru="День солидарности отметили в семи странах",
            be="Дзень салідарнасці адзначылі ў сямі краінах",
            uk="День солідарності відзначили в семи країнах",
        ),
        summary=T(
            "Online discussions, conversations in the street and posts on social media: how people marked 4 August 2015.",
            ru="Онлайн-дискуссии, разговоры на улицах и публикации в соцсетях: как люди отметили 4 августа 2015 года.",
            be="Анлайн-дыскусіі, размовы на вуліцах і публікацыі ў сацсетках: як людзі адзначылі 4 жніўня 2015 года.",
            uk="Онлайн-дискусії, розмови на вулицях і публікації в соцмережах: як люди відзначили 4 серпня 2015 року.",
        ),
        body=DAY_2015_BODY,
        texts=DAY_2015_TEXTS,
        tags=["solidarity_day"],
        colour=(38, 120, 60),
        alt=T(
            "A plain green picture standing in for a photograph",
            ru="Простая зелёная картинка вместо фотографии",
            be="Простая зялёная карцінка замест фатаграфіі",
            uk="Проста зелена картинка замість фотографії",
        ),
        caption=T(
            "Demo picture: no photograph is downloaded.",
            ru="Демонстрационная картинка: фотографии не загружаются.",
            be="Дэманстрацыйная карцінка: фатаграфіі не загружаюцца.",
            uk="Демонстраційна картинка: фотографії не завантажуються.",
        ),
        translated=True,
    ),
    Article(
        slug="six-political-prisoners-pardoned",
        date=datetime.date(2015, 8, 25),
        title=T(
            "Six political prisoners pardoned: a tactical step towards the EU",
            ru="Помилованы шесть политзаключённых: тактический шаг навстречу ЕС",
            be="Памілаваны шэсць палітвязняў: тактычны крок насустрач ЕС",
            uk="Помилувано шістьох політв'язнів: тактичний крок назустріч ЄС",
        ),
        summary=T(
            "A well-timed move in relations with the European Union rather than an act of humanity.",
            ru="Своевременный ход в отношениях с Европейским союзом, а не акт гуманности.",
            be="Своечасовы ход у адносінах з Еўрапейскім саюзам, а не акт гуманнасці.",
            uk="Вчасний хід у відносинах з Європейським Союзом, а не акт гуманності.",
        ),
        body=PARDON_BODY,
        texts=PARDON_TEXTS,
        tags=["prisoners", "eu"],
        colour=(122, 10, 27),
        alt=T(
            "A plain dark red picture standing in for a photograph",
            ru="Простая тёмно-красная картинка вместо фотографии",
            be="Простая цёмна-чырвоная карцінка замест фатаграфіі",
            uk="Проста темно-червона картинка замість фотографії",
        ),
        caption=T(
            "Demo picture: no photograph is downloaded.",
            ru="Демонстрационная картинка: фотографии не загружаются.",
            be="Дэманстрацыйная карцінка: фатаграфіі не загружаюцца.",
            uk="Демонстраційна картинка: фотографії не завантажуються.",
        ),
        translated=True,
    ),
    Article(
        slug="presidential-election-2015",
        date=datetime.date(2015, 10, 12),
        title=T("Presidential election: calm, but not free"),
        summary=T("The vote of 11 October passed without mass arrests, and without the freedoms a real choice needs."),
        body=ELECTION_BODY,
        texts=ELECTION_TEXTS,
        tags=["elections", "prisoners"],
        colour=(180, 120, 20),
        alt=T("A plain ochre picture standing in for a photograph"),
        caption=T("Demo picture."),
        source_name="Example Election Monitor",
        source_url="https://example.org/monitor/2015-election",
    ),
    Article(
        slug="eu-lifts-most-sanctions",
        date=datetime.date(2016, 2, 26),
        title=T("EU lifts most sanctions: human rights must stay on the agenda"),
        summary=T("We call on the European Union to keep human rights at the centre of its dialogue with Minsk."),
        body=SANCTIONS_BODY,
        texts=SANCTIONS_TEXTS,
        tags=["eu", "prisoners"],
        colour=(0, 51, 153),
        alt=T("A plain dark blue picture standing in for a photograph"),
        caption=T("Demo picture."),
    ),
    Article(
        slug="why-4-august",
        date=datetime.date(2016, 8, 3),
        title=T(
            "Why 4 August: five years since the arrest of Ales Bialiatski",
            ru="Почему 4 августа: пять лет со дня ареста Алеся Беляцкого",
            be="Чаму 4 жніўня: пяць гадоў з дня арышту Алеся Бяляцкага",
            uk="Чому 4 серпня: п'ять років від дня арешту Алеся Бяляцького",
        ),
        summary=T(
            "The Day of Solidarity falls on the anniversary of an arrest that stands for many others.",
            ru="День солидарности приходится на годовщину ареста, за которым стоят многие другие.",
            be="Дзень салідарнасці прыпадае на гадавіну арышту, за якім стаяць многія іншыя.",
            uk="День солідарності припадає на річницю арешту, за яким стоять багато інших.",
        ),
        body=WHY_BODY,
        texts=WHY_TEXTS,
        tags=["solidarity_day", "bialiatski"],
        colour=(110, 40, 120),
        alt=T(
            "A plain purple picture standing in for a photograph",
            ru="Простая фиолетовая картинка вместо фотографии",
            be="Простая фіялетавая карцінка замест фатаграфіі",
            uk="Проста фіолетова картинка замість фотографії",
        ),
        caption=T(
            "Demo picture: no photograph is downloaded.",
            ru="Демонстрационная картинка: фотографии не загружаются.",
            be="Дэманстрацыйная карцінка: фатаграфіі не загружаюцца.",
            uk="Демонстраційна картинка: фотографії не завантажуються.",
        ),
        translated=True,
    ),
]


def load(stdout):
    english = Locale.get_default()
    home = HomePage.objects.get(locale=english)
    index = _news_index(home)
    translate_everywhere(index, [INDEX_TITLE, INDEX_INTRO])

    tags = {key: _tag(name, english) for key, name in TAGS.items()}
    for key, tag in tags.items():
        translate_everywhere(tag, [TAGS[key]])
    stdout.write(f"  news index and {len(tags)} tags")

    for spec in ARTICLES:
        article = _article(index, spec, [tags[key] for key in spec.tags])
        if spec.translated:
            translate_everywhere(article, spec.all_texts())
    translated = sum(spec.translated for spec in ARTICLES)
    stdout.write(f"  {len(ARTICLES)} news articles, {translated} of them translated")


def _news_index(home):
    index = NewsIndexPage.objects.child_of(home).first()
    if index is None:
        index = NewsIndexPage(slug="news", title=INDEX_TITLE)
        home.add_child(instance=index)
    index.title, index.introduction, index.show_in_menus = INDEX_TITLE, INDEX_INTRO, True
    index.save_revision().publish()
    index.refresh_from_db()
    return index


def _tag(name, locale):
    tag = NewsTag.objects.filter(locale=locale, name=str(name)).first()
    if tag is None:
        tag = NewsTag.objects.create(locale=locale, name=str(name))
    return tag


def _article(index, spec, tags):
    article = NewsPage.objects.child_of(index).filter(slug=spec.slug).first()
    is_new = article is None
    if is_new:
        article = NewsPage(slug=spec.slug)
    article.title = spec.title
    article.date = spec.date
    article.summary = spec.summary
    article.body = spec.body
    article.lead_image = demo_image(f"News: {spec.slug}", spec.colour)
    article.lead_image_alt = spec.alt
    article.lead_image_caption = spec.caption
    article.source_name = str(spec.source_name)
    article.source_url = spec.source_url
    if {tag.pk for tag in article.tag_list} != {tag.pk for tag in tags}:
        article.tags.set(tags)
    if is_new:
        index.add_child(instance=article)
    article.save_revision().publish()
    article.refresh_from_db()
    return article
