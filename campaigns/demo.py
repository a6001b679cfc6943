"""Demo content for the Day of Solidarity: the index, four years, and approved reports for 2015.

Written from the facts in CONTENT.md, in English with real ru, be and uk translations. The
2014 report form is left open on purpose, so that the whole path (read, report, approve, see
it counted) can be tried on the demo site; the current year's form is open for the whole year.
"""

import datetime
import textwrap

from wagtail.models import Locale, Site

from campaigns import dates
from campaigns.models import ActionType, CampaignIndexPage, CampaignYearPage, ReportStatus, SolidarityActionReport
from core.demo_tools import T, child_page, demo_document, demo_image, paragraphs, translate_everywhere
from core.models import SocialAccount

# The index -----------------------------------------------------------------------------------

INDEX_TITLE = T(
    "International Day of Solidarity with Belarus",
    ru="Международный день солидарности с Беларусью",
    be="Міжнародны дзень салідарнасці з Беларуссю",
    uk="Міжнародний день солідарності з Білоруссю",
)
INDEX_SUMMARY = T(
    "The annual day of solidarity with the civil society of Belarus, held on 4 August since 2012.",
    ru="Ежегодный день солидарности с гражданским обществом Беларуси, который проходит 4 августа с 2012 года.",
    be="Штогадовы дзень салідарнасці з грамадзянскай супольнасцю Беларусі, які праходзіць 4 жніўня з 2012 года.",
    uk="Щорічний день солідарності з громадянським суспільством Білорусі, який відбувається 4 серпня з 2012 року.",
)
INDEX_INTRO = T(
    "Every year on 4 August people in many countries show that Belarusian human-rights defenders "
    "and civic activists are not alone.",
    ru="Каждый год 4 августа люди во многих странах показывают, что белорусские правозащитники "
    "и гражданские активисты не одни.",
    be="Кожны год 4 жніўня людзі ў многіх краінах паказваюць, што беларускія праваабаронцы "
    "і грамадскія актывісты не адны.",
    uk="Щороку 4 серпня люди в багатьох країнах показують, що білоруські правозахисники "
    "й громадські активісти не самі.",
)
WHY_HEADING = T("Why 4 August", ru="Почему 4 августа", be="Чаму 4 жніўня", uk="Чому 4 серпня")
WHY_TEXT = T(
    "On 4 August 2011 Ales Bialiatski, one of the best-known Belarusian human-rights defenders, was "
    "arrested. The day of his arrest became a day of solidarity with everyone in Belarus who is "
    "persecuted for defending human rights and basic freedoms.",
    ru="4 августа 2011 года был арестован Алесь Беляцкий, один из самых известных белорусских "
    "правозащитников. День его ареста стал днём солидарности со всеми, кого в Беларуси преследуют "
    "за защиту прав человека и основных свобод.",
    be="4 жніўня 2011 года быў арыштаваны Алесь Бяляцкі, адзін з самых вядомых беларускіх "
    "праваабаронцаў. Дзень яго арышту стаў днём салідарнасці з усімі, каго ў Беларусі пераследуюць "
    "за абарону правоў чалавека і асноўных свабод.",
    uk="4 серпня 2011 року було заарештовано Алеся Бяляцького, одного з найвідоміших білоруських "
    "правозахисників. День його арешту став днем солідарності з усіма, кого в Білорусі переслідують "
    "за захист прав людини й основних свобод.",
)
WHO_HEADING = T("Who started it", ru="Кто его начал", be="Хто яго распачаў", uk="Хто його започаткував")
WHO_TEXT = T(
    "The day was launched by a coalition of international civil-society organisations on the "
    "initiative of the International Youth Human Rights Movement from Voronezh, after the 2010 "
    "presidential election in Belarus and the repression that followed it. It was first held on "
    "4 August 2012 and has been marked every year since.",
    ru="День учредила коалиция международных общественных организаций по инициативе Международного "
    "молодёжного правозащитного движения из Воронежа после президентских выборов 2010 года в Беларуси "
    "и последовавших за ними репрессий. Впервые его провели 4 августа 2012 года, и с тех пор он "
    "отмечается ежегодно.",
    be="Дзень заснавала кааліцыя міжнародных грамадскіх арганізацый па ініцыятыве Міжнароднага "
    "моладзевага праваабарончага руху з Варонежа пасля прэзідэнцкіх выбараў 2010 года ў Беларусі "
    "і рэпрэсій, якія рушылі ўслед за імі. Упершыню яго правялі 4 жніўня 2012 года, і з таго часу ён "
    "адзначаецца штогод.",
    uk="День започаткувала коаліція міжнародних громадських організацій з ініціативи Міжнародного "
    "молодіжного правозахисного руху з Воронежа після президентських виборів 2010 року в Білорусі "
    "та репресій, що настали після них. Уперше його провели 4 серпня 2012 року, і відтоді він "
    "відзначається щороку.",
)
HOW_HEADING = T("How to take part", ru="Как принять участие", be="Як узяць удзел", uk="Як долучитися")
HOW_TEXT = T(
    "Each year has its own appeal and a list of suggested actions. Choose one of them or invent your "
    "own, and then tell the organising committee what you did through the form on that year's page.",
    ru="У каждого года есть свой призыв и список предлагаемых акций. Выберите одну из них или придумайте "
    "свою, а потом расскажите организационному комитету, что вы сделали, через форму на странице "
    "этого года.",
    be="У кожнага года ёсць свой заклік і спіс прапанаваных акцый. Выберыце адну з іх або прыдумайце "
    "сваю, а потым раскажыце арганізацыйнаму камітэту, што вы зрабілі, праз форму на старонцы "
    "гэтага года.",
    uk="Кожен рік має свій заклик і перелік запропонованих акцій. Оберіть одну з них або вигадайте "
    "власну, а потім розкажіть організаційному комітету, що ви зробили, через форму на сторінці "
    "цього року.",
)

# Suggested actions, shared by several years ------------------------------------------------------

LETTER = T(
    "Write to a political prisoner",
    ru="Напишите политзаключённому",
    be="Напішыце палітвязню",
    uk="Напишіть політв'язневі",
)
LETTER_TEXT = T(
    "A letter or a postcard tells a prisoner, and the people who guard them, that the world has not "
    "forgotten. Keep it short and friendly, and leave politics out.",
    ru="Письмо или открытка говорят заключённому — и тем, кто его охраняет, — что мир о нём не забыл. "
    "Пишите коротко и по-доброму и не касайтесь политики.",
    be="Ліст або паштоўка кажуць вязню — і тым, хто яго ахоўвае, — што свет пра яго не забыўся. "
    "Пішыце коратка і прыязна і не кранайцеся палітыкі.",
    uk="Лист або листівка кажуть в'язневі — і тим, хто його охороняє, — що світ про нього не забув. "
    "Пишіть коротко й доброзичливо та не торкайтеся політики.",
)
LETTER_LINK = T("How to write a letter", ru="Как написать письмо", be="Як напісаць ліст", uk="Як написати листа")
PICKET = T(
    "Stand in solidarity",
    ru="Выйдите на акцию солидарности",
    be="Выйдзіце на акцыю салідарнасці",
    uk="Вийдіть на акцію солідарності",
)
PICKET_TEXT = T(
    "Hold a small picket in front of a Belarusian embassy or in the main square of your town, alone or "
    "with friends. A poster with the names of political prisoners is enough.",
    ru="Проведите небольшой пикет у посольства Беларуси или на главной площади вашего города — в одиночку "
    "или с друзьями. Достаточно плаката с именами политзаключённых.",
    be="Правядзіце невялікі пікет каля амбасады Беларусі або на галоўнай плошчы вашага горада — у адзіночку "
    "або з сябрамі. Дастаткова плаката з імёнамі палітвязняў.",
    uk="Проведіть невеликий пікет біля посольства Білорусі або на головній площі вашого міста — самостійно "
    "чи з друзями. Досить плаката з іменами політв'язнів.",
)
TALK = T("Start a conversation", ru="Начните разговор", be="Пачніце размову", uk="Почніть розмову")
TALK_TEXT = T(
    "Organise a discussion at your school, university or workplace, online or in person, about human "
    "rights in Belarus and the people who defend them.",
    ru="Организуйте обсуждение в школе, университете или на работе — онлайн или вживую — о правах "
    "человека в Беларуси и о людях, которые их защищают.",
    be="Арганізуйце абмеркаванне ў школе, універсітэце або на працы — анлайн або ўжывую — пра правы "
    "чалавека ў Беларусі і пра людзей, якія іх абараняюць.",
    uk="Організуйте обговорення в школі, університеті чи на роботі — онлайн або наживо — про права "
    "людини в Білорусі та про людей, які їх захищають.",
)
SHARE = T("Share the news", ru="Расскажите другим", be="Раскажыце іншым", uk="Розкажіть іншим")
SHARE_TEXT = T(
    "Post a photo, a text or a video about the Day of Solidarity on social media and explain why 4 August matters.",
    ru="Опубликуйте в соцсетях фото, текст или видео о Дне солидарности и объясните, почему 4 августа так важно.",
    be="Апублікуйце ў сацсетках фота, тэкст або відэа пра Дзень салідарнасці і растлумачце, чаму "
    "4 жніўня такое важнае.",
    uk="Опублікуйте в соцмережах фото, текст або відео про День солідарності й поясніть, чому 4 серпня таке важливе.",
)
YOUTH = T(
    "Meet young activists",
    ru="Встретьтесь с молодыми активистами",
    be="Сустрэньцеся з маладымі актывістамі",
    uk="Зустріньтеся з молодими активістами",
)
YOUTH_TEXT = T(
    "Invite young Belarusian activists who live in your country to speak at a meeting, or get in touch "
    "with them online, and ask how you can support their work.",
    ru="Пригласите молодых белорусских активистов, которые живут в вашей стране, выступить на встрече "
    "или свяжитесь с ними онлайн и спросите, как поддержать их работу.",
    be="Запрасіце маладых беларускіх актывістаў, якія жывуць у вашай краіне, выступіць на сустрэчы "
    "або звяжыцеся з імі анлайн і спытайцеся, як падтрымаць іх працу.",
    uk="Запросіть молодих білоруських активістів, які живуть у вашій країні, виступити на зустрічі "
    "або зв'яжіться з ними онлайн і спитайте, як підтримати їхню роботу.",
)


def action(title, description, link="", link_text=""):
    return ("action", {"title": title, "description": description, "link": link, "link_text": link_text})


def action_texts(*pairs):
    return [text for pair in pairs for text in pair]


LETTER_ACTION = (LETTER, LETTER_TEXT, "https://example.org/letters/", LETTER_LINK)

# The years ---------------------------------------------------------------------------------------


def year_title(year):
    return T(
        f"Day of Solidarity {year}",
        ru=f"День солидарности {year}",
        be=f"Дзень салідарнасці {year}",
        uk=f"День солідарності {year}",
    )


SUMMARY_2012 = T(
    "The first International Day of Solidarity with Belarus, one year after Ales Bialiatski's arrest.",
    ru="Первый Международный день солидарности с Беларусью — через год после ареста Алеся Беляцкого.",
    be="Першы Міжнародны дзень салідарнасці з Беларуссю — праз год пасля арышту Алеся Бяляцкага.",
    uk="Перший Міжнародний день солідарності з Білоруссю — через рік після арешту Алеся Бяляцького.",
)
TEXT_2012 = T(
    "On 4 August 2012, one year after the arrest of Ales Bialiatski, the International Day of "
    "Solidarity with Belarus was held for the first time. A coalition of civil-society organisations "
    "from several countries called on people everywhere to stand with those who are persecuted in "
    "Belarus for their human-rights work.",
    ru="4 августа 2012 года, через год после ареста Алеся Беляцкого, впервые прошёл Международный день "
    "солидарности с Беларусью. Коалиция общественных организаций из нескольких стран призвала людей во "
    "всём мире поддержать тех, кого в Беларуси преследуют за правозащитную работу.",
    be="4 жніўня 2012 года, праз год пасля арышту Алеся Бяляцкага, упершыню прайшоў Міжнародны дзень "
    "салідарнасці з Беларуссю. Кааліцыя грамадскіх арганізацый з некалькіх краін заклікала людзей ва "
    "ўсім свеце падтрымаць тых, каго ў Беларусі пераследуюць за праваабарончую працу.",
    uk="4 серпня 2012 року, через рік після арешту Алеся Бяляцького, уперше відбувся Міжнародний день "
    "солідарності з Білоруссю. Коаліція громадських організацій з кількох країн закликала людей у всьому "
    "світі підтримати тих, кого в Білорусі переслідують за правозахисну роботу.",
)

SLOGAN_2014 = T(
    "Solidarity is stronger than repression",
    ru="Солидарность сильнее репрессий",
    be="Салідарнасць мацнейшая за рэпрэсіі",
    uk="Солідарність сильніша за репресії",
)
SUMMARY_2014 = T(
    "The 2014 appeal: solidarity with Belarusian activists, above all the young people of civil society.",
    ru="Призыв 2014 года: солидарность с белорусскими активистами, прежде всего с молодёжью гражданского общества.",
    be="Заклік 2014 года: салідарнасць з беларускімі актывістамі, перадусім з моладдзю грамадзянскай супольнасці.",
    uk="Заклик 2014 року: солідарність із білоруськими активістами, насамперед із молоддю громадянського суспільства.",
)
EPIGRAPH_2014 = T(
    "[Placeholder for the epigraph: a few lines from Ales Bialiatski's book, to be quoted word for word "
    "from the published edition.]",
    ru="[Место для эпиграфа: несколько строк из книги Алеся Беляцкого, которые нужно привести дословно "
    "по опубликованному изданию.]",
    be="[Месца для эпіграфа: некалькі радкоў з кнігі Алеся Бяляцкага, якія трэба прывесці даслоўна "
    "паводле апублікаванага выдання.]",
    uk="[Місце для епіграфа: кілька рядків із книжки Алеся Бяляцького, які треба навести дослівно "
    "за опублікованим виданням.]",
)
BIALIATSKI = T("Ales Bialiatski", ru="Алесь Беляцкий", be="Алесь Бяляцкі", uk="Алесь Бяляцький")
EPIGRAPH_SOURCE_2014 = T(
    "from the book whose title translates as “Mercury Silver of Life”",
    ru="из книги, название которой переводится как «Ртутное серебро жизни»",
    be="з кнігі, назва якой перакладаецца як «Ртутнае срэбра жыцця»",
    uk="з книжки, назва якої перекладається як «Ртутне срібло життя»",
)
MANIFESTO_2014 = T(
    "We will mark the Day of Solidarity every year, until no one in Belarus is imprisoned for "
    "human-rights work and until the basic freedoms of every person are guaranteed.",
    ru="Мы будем отмечать День солидарности каждый год — до тех пор, пока в Беларуси никого не будут "
    "лишать свободы за правозащитную работу и пока основные свободы каждого человека не будут "
    "гарантированы.",
    be="Мы будзем адзначаць Дзень салідарнасці кожны год — да таго часу, пакуль у Беларусі нікога не "
    "будуць пазбаўляць волі за праваабарончую працу і пакуль асноўныя свабоды кожнага чалавека не "
    "будуць гарантаваныя.",
    uk="Ми відзначатимемо День солідарності щороку — доти, доки в Білорусі нікого не позбавлятимуть "
    "волі за правозахисну роботу й доки основні свободи кожної людини не будуть гарантовані.",
)
MANIFESTO_LINK_2014 = T(
    "The Manifesto of the Day of Solidarity",
    ru="Манифест Дня солидарности",
    be="Маніфест Дня салідарнасці",
    uk="Маніфест Дня солідарності",
)
APPEAL_2014 = T(
    "This year we call on everyone to show solidarity with Belarusian activists, and above all with "
    "the young people of Belarusian civil society, who pay for their convictions with their studies, "
    "their jobs and their freedom.",
    ru="В этом году мы призываем всех проявить солидарность с белорусскими активистами, и прежде всего "
    "с молодыми людьми белорусского гражданского общества, которые платят за свои убеждения учёбой, "
    "работой и свободой.",
    be="Сёлета мы заклікаем усіх праявіць салідарнасць з беларускімі актывістамі, і перадусім з "
    "маладымі людзьмі беларускай грамадзянскай супольнасці, якія плацяць за свае перакананні "
    "вучобай, працай і воляй.",
    uk="Цього року ми закликаємо всіх виявити солідарність із білоруськими активістами, і насамперед "
    "із молодими людьми білоруського громадянського суспільства, які платять за свої переконання "
    "навчанням, роботою й свободою.",
)
RELEASE_HEADING_2014 = T(
    "Ales Bialiatski is free; the situation is not",
    ru="Алесь Беляцкий на свободе, но положение не изменилось",
    be="Алесь Бяляцкі на волі, але становішча не змянілася",
    uk="Алесь Бяляцький на волі, але становище не змінилося",
)
RELEASE_TEXT_2014 = T(
    "On 21 June 2014 Ales Bialiatski was pardoned and released after more than 1000 days in prison. "
    "We are glad that he is free, but nothing else has changed: Belarus still applies the death "
    "penalty, political prisoners remain behind bars, and the freedoms of expression, assembly and "
    "association are still restricted.",
    ru="21 июня 2014 года Алесь Беляцкий был помилован и вышел на свободу, проведя в заключении более "
    "1000 дней. Мы рады, что он на свободе, но в остальном ничего не изменилось: в Беларуси "
    "по-прежнему применяется смертная казнь, политзаключённые остаются за решёткой, а свобода слова, "
    "собраний и объединений по-прежнему ограничена.",
    be="21 чэрвеня 2014 года Алесь Бяляцкі быў памілаваны і выйшаў на волю, правёўшы ў зняволенні "
    "больш за 1000 дзён. Мы рады, што ён на волі, але ў астатнім нічога не змянілася: у Беларусі "
    "па-ранейшаму прымяняецца смяротнае пакаранне, палітвязні застаюцца за кратамі, а свабода слова, "
    "сходаў і аб'яднанняў па-ранейшаму абмежаваная.",
    uk="21 червня 2014 року Алеся Бяляцького було помилувано й звільнено після понад 1000 днів "
    "ув'язнення. Ми раді, що він на волі, але більше нічого не змінилося: у Білорусі досі "
    "застосовують смертну кару, політв'язні залишаються за ґратами, а свобода слова, зібрань "
    "і об'єднань і далі обмежена.",
)

SUMMARY_2015 = T(
    "In 2015 the Day of Solidarity was marked in seven countries.",
    ru="В 2015 году День солидарности отметили в семи странах.",
    be="У 2015 годзе Дзень салідарнасці адзначылі ў сямі краінах.",
    uk="У 2015 році День солідарності відзначили в семи країнах.",
)
TEXT_2015 = T(
    "In 2015 the Day of Solidarity was marked in seven countries. People held online discussions, "
    "talked to passers-by in the streets and posted material about Belarus on social media. Below "
    "are the actions that participants reported.",
    ru="В 2015 году День солидарности отметили в семи странах. Люди проводили онлайн-дискуссии, "
    "разговаривали с прохожими на улицах и публиковали материалы о Беларуси в социальных сетях. "
    "Ниже — акции, о которых рассказали участники.",
    be="У 2015 годзе Дзень салідарнасці адзначылі ў сямі краінах. Людзі праводзілі анлайн-дыскусіі, "
    "размаўлялі з мінакамі на вуліцах і публікавалі матэрыялы пра Беларусь у сацыяльных сетках. "
    "Ніжэй — акцыі, пра якія расказалі ўдзельнікі.",
    uk="У 2015 році День солідарності відзначили в семи країнах. Люди проводили онлайн-дискусії, "
    "розмовляли з перехожими на вулицях і публікували матеріали про Білорусь у соціальних мережах. "
    "Нижче — акції, про які розповіли учасники.",
)
PLACEHOLDER_RED = T(
    "A plain red placeholder picture",
    ru="Простая красная картинка-заглушка",
    be="Простая чырвоная карцінка-заглушка",
    uk="Проста червона картинка-заглушка",
)
PLACEHOLDER_GREY = T(
    "A plain grey placeholder picture",
    ru="Простая серая картинка-заглушка",
    be="Простая шэрая карцінка-заглушка",
    uk="Проста сіра картинка-заглушка",
)
PHOTOS_CAPTION = T(
    "Photos from the day will go here.",
    ru="Здесь будут фотографии этого дня.",
    be="Тут будуць фотаздымкі з гэтага дня.",
    uk="Тут будуть світлини з цього дня.",
)

SLOGAN_NOW = T("You are not alone", ru="Вы не одни", be="Вы не адны", uk="Ви не самі")
SUMMARY_NOW = T(
    "This year's Day of Solidarity: the appeal and what you can do.",
    ru="День солидарности этого года: призыв и что вы можете сделать.",
    be="Дзень салідарнасці гэтага года: заклік і што вы можаце зрабіць.",
    uk="День солідарності цього року: заклик і що ви можете зробити.",
)
TEXT_NOW = T(
    "On 4 August we mark the Day of Solidarity again. Human-rights defenders, journalists and ordinary "
    "citizens in Belarus are still imprisoned for their words and their work. Let them know, and let "
    "the world know, that they are not alone.",
    ru="4 августа мы снова отмечаем День солидарности. Правозащитники, журналисты и обычные граждане "
    "в Беларуси по-прежнему оказываются в заключении за свои слова и свою работу. Пусть они — и весь "
    "мир — знают, что они не одни.",
    be="4 жніўня мы зноў адзначаем Дзень салідарнасці. Праваабаронцы, журналісты і звычайныя грамадзяне "
    "ў Беларусі па-ранейшаму трапляюць у зняволенне за свае словы і сваю працу. Хай яны — і ўвесь "
    "свет — ведаюць, што яны не адны.",
    uk="4 серпня ми знову відзначаємо День солідарності. Правозахисники, журналісти й звичайні громадяни "
    "в Білорусі й досі потрапляють за ґрати за свої слова та свою роботу. Нехай вони — і весь світ — "
    "знають, що вони не самі.",
)

# Reports for 2015: (country, city, kind, language, description). Shown as written, never translated.
REPORTS_2015 = [
    (
        "RU",
        "Воронеж",
        ActionType.EVENT,
        "ru",
        "Провели онлайн-дискуссию о политзаключённых в Беларуси, к трансляции подключились около сорока человек.",
    ),
    (
        "UA",
        "Харків",
        ActionType.STREET,
        "uk",
        "Розмовляли з перехожими в центрі міста й роздали кілька сотень листівок про білоруських політв'язнів.",
    ),
    (
        "UA",
        "Київ",
        ActionType.ONLINE,
        "uk",
        "Опублікували в соцмережах добірку матеріалів про День солідарності та історію Алеся Бяляцького.",
    ),
    (
        "LT",
        "Вільня",
        ActionType.EVENT,
        "be",
        "Сустрэліся са студэнтамі ва ўніверсітэце і расказалі пра становішча праваабаронцаў у Беларусі.",
    ),
    (
        "PL",
        "Warsaw",
        ActionType.STREET,
        "en",
        "A small group stood with posters near the Belarusian embassy and talked to people passing by.",
    ),
    (
        "DE",
        "Berlin",
        ActionType.ONLINE,
        "en",
        "We shared photos and short texts about Belarusian political prisoners on our organisation's social media.",
    ),
    (
        "CZ",
        "Prague",
        ActionType.EVENT,
        "en",
        "An evening discussion in a café about civil society in Belarus, with about twenty guests.",
    ),
    (
        "SE",
        "Stockholm",
        ActionType.LETTERS,
        "en",
        "We wrote postcards to political prisoners in Belarus during a public event at a library.",
    ),
]


def load(stdout):
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        stdout.write("  no default site yet: run the home demo first")
        return
    home = site.root_page.specific

    index = child_page(
        home,
        CampaignIndexPage,
        slug="day-of-solidarity",
        title=INDEX_TITLE,
        summary=INDEX_SUMMARY,
        introduction=INDEX_INTRO,
        show_in_menus=True,
        body=[
            ("heading", {"text": WHY_HEADING, "level": "h2", "anchor": "why-4-august"}),
            ("paragraph", paragraphs(WHY_TEXT)),
            ("heading", {"text": WHO_HEADING, "level": "h2", "anchor": "who-started-it"}),
            ("paragraph", paragraphs(WHO_TEXT)),
            ("heading", {"text": HOW_HEADING, "level": "h2", "anchor": "how-to-take-part"}),
            ("paragraph", paragraphs(HOW_TEXT)),
        ],
    )
    translate_everywhere(
        index,
        [INDEX_TITLE, INDEX_SUMMARY, INDEX_INTRO, WHY_HEADING, WHY_TEXT, WHO_HEADING, WHO_TEXT, HOW_HEADING, HOW_TEXT],
    )
    stdout.write("  Day of Solidarity index")

    social_account = SocialAccount.objects.filter(locale=Locale.get_default(), handle="@soli_days").first()
    current_year = dates.today().year

    years = [
        {
            "year": 2012,
            "summary": SUMMARY_2012,
            "body": [("paragraph", paragraphs(TEXT_2012))],
            "body_texts": [TEXT_2012],
            "actions": [LETTER_ACTION, (PICKET, PICKET_TEXT), (SHARE, SHARE_TEXT)],
            "report_opens": datetime.date(2012, 7, 1),
            "report_closes": datetime.date(2012, 9, 30),
        },
        {
            "year": 2014,
            "summary": SUMMARY_2014,
            "slogan": SLOGAN_2014,
            "epigraph": EPIGRAPH_2014,
            "epigraph_attribution": BIALIATSKI,
            "epigraph_source": EPIGRAPH_SOURCE_2014,
            "manifesto_excerpt": MANIFESTO_2014,
            "body": [
                ("paragraph", paragraphs(APPEAL_2014)),
                ("heading", {"text": RELEASE_HEADING_2014, "level": "h2", "anchor": "bialiatski-released"}),
                ("paragraph", paragraphs(RELEASE_TEXT_2014)),
                (
                    "document",
                    {
                        "document": demo_document(
                            "Manifesto of the Day of Solidarity", textwrap.wrap(str(MANIFESTO_2014), 80)
                        ),
                        "title": MANIFESTO_LINK_2014,
                    },
                ),
            ],
            "body_texts": [APPEAL_2014, RELEASE_HEADING_2014, RELEASE_TEXT_2014, MANIFESTO_LINK_2014],
            "actions": [(YOUTH, YOUTH_TEXT), LETTER_ACTION, (TALK, TALK_TEXT), (SHARE, SHARE_TEXT)],
            # Left open on purpose: the demo lets people try the whole report-and-approve path here.
            "report_opens": datetime.date(2014, 7, 1),
            "report_closes": None,
        },
        {
            "year": 2015,
            "summary": SUMMARY_2015,
            "body": [("paragraph", paragraphs(TEXT_2015))],
            "body_texts": [TEXT_2015],
            "actions": [(TALK, TALK_TEXT), (SHARE, SHARE_TEXT), LETTER_ACTION],
            "gallery": [
                (
                    "image",
                    {
                        "image": demo_image("Day of Solidarity 2015, picture 1", "#a30d24"),
                        "alt_text": PLACEHOLDER_RED,
                        "caption": PHOTOS_CAPTION,
                        "credit": "",
                    },
                ),
                (
                    "image",
                    {
                        "image": demo_image("Day of Solidarity 2015, picture 2", "#4a4a55"),
                        "alt_text": PLACEHOLDER_GREY,
                        "caption": PHOTOS_CAPTION,
                        "credit": "",
                    },
                ),
            ],
            "gallery_texts": [PLACEHOLDER_RED, PLACEHOLDER_GREY, PHOTOS_CAPTION],
            "report_opens": datetime.date(2015, 7, 1),
            "report_closes": datetime.date(2015, 9, 30),
        },
        {
            "year": current_year,
            "summary": SUMMARY_NOW,
            "slogan": SLOGAN_NOW,
            "body": [("paragraph", paragraphs(TEXT_NOW))],
            "body_texts": [TEXT_NOW],
            "actions": [LETTER_ACTION, (PICKET, PICKET_TEXT), (TALK, TALK_TEXT), (SHARE, SHARE_TEXT)],
            "hashtag": "#SolidarityWithBelarus",
            "report_opens": datetime.date(current_year, 7, 1),
            "report_closes": datetime.date(current_year, 12, 31),
        },
    ]
    pages = {}
    for spec in years:
        pages[spec["year"]] = _year_page(index, spec, social_account)
    stdout.write("  Day of Solidarity years: " + ", ".join(str(year) for year in pages))

    for country, city, action_type, language, description in REPORTS_2015:
        SolidarityActionReport.objects.update_or_create(
            year_page=pages[2015],
            country=country,
            city=city,
            defaults={
                "date": dates.campaign_date(2015),
                "action_type": action_type,
                "language": language,
                "description": description,
                "status": ReportStatus.APPROVED,
                "contact": "",
            },
        )
    stdout.write(f"  {len(REPORTS_2015)} approved reports for 2015")


def _year_page(index, spec, social_account):
    year = spec["year"]
    title = year_title(year)
    actions = [action(*item) for item in spec["actions"]]
    texts = [
        title,
        spec["summary"],
        *spec["body_texts"],
        *action_texts(*[item[:2] for item in spec["actions"]]),
        *[item[3] for item in spec["actions"] if len(item) > 3],
        *spec.get("gallery_texts", []),
    ]
    for name in ("slogan", "epigraph", "epigraph_attribution", "epigraph_source", "manifesto_excerpt"):
        if spec.get(name):
            texts.append(spec[name])
    page = child_page(
        index,
        CampaignYearPage,
        slug=str(year),
        title=title,
        year=year,
        date=dates.campaign_date(year),
        summary=spec["summary"],
        slogan=spec.get("slogan", ""),
        epigraph=spec.get("epigraph", ""),
        epigraph_attribution=spec.get("epigraph_attribution", ""),
        epigraph_source=spec.get("epigraph_source", ""),
        manifesto_excerpt=spec.get("manifesto_excerpt", ""),
        body=spec["body"],
        suggested_actions=actions,
        gallery=spec.get("gallery", []),
        hashtag=spec.get("hashtag", ""),
        social_account=social_account,
        report_opens=spec["report_opens"],
        report_closes=spec["report_closes"],
    )
    translate_everywhere(page, texts)
    return page
