#!/usr/bin/env python3
"""Writes comments.tsv: the labelled spam/ham corpus for the spam engine.

Rows are built from hand-written templates and many hand-written fillers (topics, places, teams,
numbers, dialect phrases, spam offers), then spam rows get one evasion applied to their key term.
The seed is fixed, so running it again gives the same file. Columns:
id, label (ham|spam), lang (ar|en), kind (evasion type for spam, comment feature for ham),
author, website, honeypot, content. Rows with the same id before '#' are one campaign and always
land in the same split.
"""
import random
import unicodedata

rng = random.Random(20261128)

# ---------------------------------------------------------------- ham: Arabic
AR_NAMES = ["أبو خالد", "محمد العتيبي", "سارة", "ام يوسف", "أحمد منصور", "ريم", "خالد الزهراني", "نور الهدى",
            "عبدالله", "فاطمة", "ابو عمر", "مريم س", "يوسف الحسن", "هند", "سامي", "ليلى", "طارق", "زينب",
            "علي الشمري", "منى", "حسام", "رنا", "مصطفى", "بشرى", "وليد", "دعاء", "ماجد", "إيمان", "عمرو", "هالة"]
AR_CITIES = ["الرياض", "القاهرة", "عمّان", "بيروت", "الدار البيضاء", "تونس", "الكويت", "الدوحة", "دبي", "بغداد",
             "الخرطوم", "جدة", "الإسكندرية", "وهران", "مسقط", "المنامة", "طرابلس", "دمشق", "غزة", "نواكشوط"]
AR_TEAMS = ["الهلال", "الأهلي", "الزمالك", "النصر", "الوداد", "الرجاء", "الترجي", "الاتحاد", "العين", "السد"]
AR_TOPICS = ["أسعار الوقود", "الميزانية الجديدة", "قرار رفع الفائدة", "مشروع المترو", "امتحانات الثانوية",
             "موسم الحج", "أزمة المياه", "الانتخابات البلدية", "قانون الإيجارات", "أسعار الذهب",
             "خطة التحول الرقمي", "موجة الحر", "افتتاح المستشفى الجديد", "إضراب المعلمين", "الدعم الحكومي للخبز"]
AR_OPINIONS = ["كلام منطقي جداً", "مقال ممتاز وشامل", "أختلف مع الكاتب في هذه النقطة", "تحليل دقيق",
               "هذا ما كنا ننتظره منذ سنوات", "للأسف الواقع مختلف تماماً", "أتمنى أن يطبق هذا فعلاً",
               "شكراً على التغطية المحايدة", "المقال أغفل جانباً مهماً", "الله يعين الناس"]
AR_DIALECT = [
    "والله الموضوع ده محتاج وقفة، الأسعار بقت نار في {city}",
    "يا جماعة الخبر هذا مو صحيح، أنا ساكن في {city} وما شفنا شي",
    "هاد الشي بيصير كل سنة وما حدا بيتعلم، الله يصلح الحال",
    "بزاف عليهم هاد القرار، الناس في {city} ما عندهاش باش تعيش",
    "شلون يعني؟ الراتب ما يكفي لنص الشهر والحين يرفعون {topic}",
    "إيش اللي صاير بالضبط؟ أحد يفهمني ليش تأخر {topic}",
    "ربنا يستر، إحنا في {city} مستنيين القرار ده من بدري",
    "كلامك صح يا أخوي، {team} يستاهل البطولة هالموسم",
    "ماشي الحال بس لازم يحاسبوا المسؤولين عن {topic}",
    "يعطيكم العافية على الخبر، بس ليش ما ذكرتوا {city}؟",
    "عنجد شي بيزعل، {topic} صار همّ كل بيت",
    "واش هاد الشي معقول؟ الثمن طلع بزاف فهاد العام",
]
AR_PLAIN = [
    "{opinion}. ملف {topic} يؤثر على الجميع ويجب أن يناقش بهدوء.",
    "{opinion}، وأتمنى أن تتابعوا موضوع {topic} في {city}.",
    "أعيش في {city} منذ {n} سنة ولم أر شيئاً مثل {topic} هذا العام.",
    "مبروك لجماهير {team}، أداء رائع في الشوط الثاني.",
    "الحكم ظلم {team} في المباراة، ضربة الجزاء كانت واضحة.",
    "{team} يحتاج مدرباً جديداً، النتائج هذا الموسم لا تليق بتاريخه.",
    "هل هناك موعد محدد لتطبيق {topic}؟ لم يوضح الخبر ذلك.",
    "{opinion}. المشكلة ليست في {topic} بل في طريقة التنفيذ.",
    "نرجو من الصحيفة نشر تفاصيل أكثر عن {topic}.",
    "رحم الله الفقيد وأسكنه فسيح جناته، خسارة كبيرة لأهل {city}.",
    "تغطية رائعة، تابعت الخبر من {city} وكل ما ذكرتموه صحيح.",
    "متى ستعود الرحلات المباشرة بين {city} و{city2}؟",
    "أتفق مع الكاتب: {topic} قرار متأخر لكنه ضروري.",
    "التعليم هو الأساس، ولن ينجح {topic} دون الاستثمار في المدارس.",
    "أين دور البلدية في {city}؟ الشوارع تغرق مع كل مطر.",
]
AR_NUMBERS = [
    "ارتفعت الأسعار {p}% منذ عام {year}، ورواتبنا كما هي.",
    "في {year} كان سعر الكيلو {price} واليوم تضاعف.",
    "الميزانية {big} مليار والعجز ما زال كبيراً، أين تذهب الأموال؟",
    "فاز {team} {s1}-{s2} في الدقيقة {minute}، مباراة تاريخية!",
    "عدد السكان تجاوز {pop} مليون نسمة حسب تعداد {year}.",
    "من {year} إلى {year2} تغير كل شيء في {city}.",
    "دفعت {price} ريال للفاتورة هذا الشهر، هذا كثير جداً.",
    "الخط الساخن {hotline} لا يرد أبداً، جربت {n} مرات.",
    "المسافة {km} كم والرحلة تأخذ {hours} ساعات بسبب الزحام.",
    "الدولار وصل {fx} جنيه اليوم والله المستعان.",
]
AR_QUOTES = [
    "قال الوزير «لن نرفع الأسعار» قبل شهر فقط، والآن ماذا؟",
    "كما قال الشاعر: «إذا الشعب يوماً أراد الحياة فلا بد أن يستجيب القدر».",
    "«العلم نور» هكذا علمونا، فلماذا نهمل {topic}؟",
    "تصريح المدرب بأن «الفريق في أفضل حالاته» لا يعكس الواقع.",
    "جاء في البيان: \"سيتم تطبيق القرار اعتباراً من يناير {year}\".",
]
AR_DIACRITICS = [
    "إِنَّا لِلَّهِ وَإِنَّا إِلَيْهِ رَاجِعُونَ، اللَّهُمَّ ارْحَمْهُ وَاغْفِرْ لَهُ.",
    "قَالَ تَعَالَى: ﴿وَقُلْ رَبِّ زِدْنِي عِلْمًا﴾، صدق الله العظيم.",
    "اللَّهُمَّ احْفَظْ {city} وَأَهْلَهَا مِنْ كُلِّ سُوءٍ.",
    "بَارَكَ اللَّهُ فِيكُمْ عَلَى هَذَا التَّقْرِيرِ المُفِيدِ.",
    "حَسْبُنَا اللَّهُ وَنِعْمَ الْوَكِيلُ فِي كُلِّ مَنْ تَسَبَّبَ فِي {topic}.",
]
AR_EMOJI = ["👏👏", "😂😂😂", "❤️", "🇸🇦", "🇪🇬", "💔", "👍", "🙏", "🔥🔥", "😢", "⚽️", "🤔", "👨‍👩‍👧"]
AR_SOURCES = ["https://www.aljazeera.net/news/2024/5/12/تقرير", "https://www.bbc.com/arabic/articles/c4ngq",
              "https://www.alarabiya.net/saudi-today/2024/03/01", "https://www.youm7.com/story/2024/6/1/6612345",
              "https://arabic.cnn.com/business/article/2024/02/15/oil", "https://www.spa.gov.sa/2391234",
              "https://www.who.int/ar/news-room/fact-sheets", "https://data.worldbank.org/country/egypt"]
AR_INNOCENT = [
    "إطلاق الأقمار الصناعية العربية خطوة مهمة للبحث العلمي.",
    "تحقير المرأة في الإعلان مرفوض ويجب محاسبة الشركة.",
    "الكلاب الضالة في حي {city} أصبحت خطراً على الأطفال.",
    "زرت ولاية سكسونيا في ألمانيا، النقل العام هناك ممتاز.",
    "القمر الصناعي الجديد سيحسن خدمات الإنترنت في {city}.",
    "الزبالة متراكمة في الشوارع منذ أسبوع، أين البلدية؟",
    "برنامج الأقمار والفضاء في الجامعة يستحق الدعم.",
    "الحمار الوحشي ولد في حديقة حيوان {city}، خبر جميل للأطفال.",
    "مراهنة الحكومة على السياحة وحدها خطأ استراتيجي.",
    "اللعبة الحلوة دي اتلعبت زمان في {city}.",
]
AR_STRETCHED = ["رااااائع", "ههههههههه", "يا سلاااام", "جميييييل", "الله الله الله"]

# ---------------------------------------------------------------- ham: English
EN_NAMES = ["John D.", "Sarah", "Mike_T", "Aisha K", "David", "Omar", "Lina R.", "Chris", "Fatima", "Tom H.",
            "Priya", "Hassan", "Emma", "Rami", "Nadia", "Peter", "Yousef", "Grace"]
EN_TOPICS = ["the fuel subsidy", "the new metro line", "the interest rate decision", "the budget", "the heatwave",
             "the teachers' strike", "the water crisis", "the election results", "the housing law", "the vaccine rollout"]
EN_PLAIN = [
    "Great reporting, thanks for covering {topic} so thoroughly.",
    "I disagree with the author on {topic}; the numbers tell a different story.",
    "Does anyone know when {topic} actually takes effect?",
    "Living in {city} for {n} years, I have never seen prices like this.",
    "What a match! {team} deserved the win after that second half.",
    "The referee got that penalty wrong, {team} was robbed.",
    "This article misses the point about {topic} entirely.",
    "Balanced piece. More of this kind of journalism please.",
    "My condolences to the families in {city}.",
    "Can you publish the full text of the minister's statement?",
    "Honestly {topic} should have been handled years ago.",
    "Good to see {city} getting some attention finally.",
]
EN_NUMBERS = [
    "Prices went up {p}% since {year} and salaries have not moved.",
    "{team} won {s1}-{s2}, the winner came in minute {minute}.",
    "The budget is {big} billion and the deficit is still growing.",
    "From {year} to {year2} the population nearly doubled to {pop} million.",
    "I paid ${price} for electricity last month, that is insane.",
]
EN_QUOTES = [
    "The minister said \"no new taxes\" in {year}. So much for that.",
    "\"We are in the best shape of the season\" - the coach clearly watched a different game.",
    "As Orwell wrote, \"Who controls the past controls the future.\"",
]
EN_CAPS = ["THIS IS UNACCEPTABLE, fix the roads in {city}!", "WELL DONE {team_en}!!! WHAT A GAME",
           "WHY is nobody talking about {topic}???"]
EN_SOURCES = ["https://www.reuters.com/world/middle-east/", "https://www.bbc.co.uk/news/world-middle-east-6812",
              "https://apnews.com/article/egypt-economy-inflation", "https://www.imf.org/en/Countries/SAU",
              "https://www.theguardian.com/world/2024/may/10/report"]
EN_INNOCENT = ["The satellites launched this week will improve weather forecasts.",
               "Sussex and Essex had the worst flooding this winter.",
               "The classic derby in {city} drew a record crowd.",
               "Therapist shortages are a real problem in rural areas.",
               "Class sizes in {city} schools have grown again."]
TEAMS_EN = ["Al Hilal", "Al Ahly", "Zamalek", "Wydad", "Esperance", "Al Nassr"]
CITIES_EN = ["Riyadh", "Cairo", "Amman", "Beirut", "Casablanca", "Tunis", "Dubai", "Doha", "Baghdad", "Jeddah"]


def fill(template, lang):
    values = dict(
        city=rng.choice(AR_CITIES if lang == "ar" else CITIES_EN),
        city2=rng.choice(AR_CITIES),
        team=rng.choice(AR_TEAMS if lang == "ar" else TEAMS_EN),
        team_en=rng.choice(TEAMS_EN).upper(),
        topic=rng.choice(AR_TOPICS if lang == "ar" else EN_TOPICS),
        opinion=rng.choice(AR_OPINIONS),
        n=rng.randint(2, 40), p=rng.randint(3, 85), year=rng.randint(1990, 2024), year2=rng.randint(2020, 2026),
        price=rng.choice([15, 45, 120, 350, 900, 1500, 2300]), big=rng.choice([120, 450, 1250, 3.5, 87]),
        s1=rng.randint(0, 5), s2=rng.randint(0, 4), minute=rng.randint(1, 95), pop=rng.choice([4, 11, 35, 46, 105]),
        hotline=rng.choice([937, 911, 999, 16000, 19199]), km=rng.randint(40, 900), hours=rng.randint(2, 12),
        fx=rng.choice([30.9, 47.5, 50.2, 48.7]),
    )
    return template.format(**values)


def ham_rows():
    rows = []
    def add(lang, kind, text, website=""):
        author = rng.choice(AR_NAMES if lang == "ar" else EN_NAMES)
        rows.append(dict(label="ham", lang=lang, kind=kind, author=author, website=website, honeypot="", content=text))
    for _ in range(130):
        add("ar", "plain", fill(rng.choice(AR_PLAIN), "ar"))
    for _ in range(50):
        add("ar", "dialect", fill(rng.choice(AR_DIALECT), "ar"))
    for _ in range(45):
        add("ar", "numbers", fill(rng.choice(AR_NUMBERS), "ar"))
    for _ in range(20):
        add("ar", "quote", fill(rng.choice(AR_QUOTES), "ar"))
    for _ in range(20):
        add("ar", "diacritics", fill(rng.choice(AR_DIACRITICS), "ar"))
    for _ in range(30):
        add("ar", "emoji", fill(rng.choice(AR_PLAIN + AR_DIALECT), "ar") + " " + rng.choice(AR_EMOJI))
    for _ in range(25):
        template = rng.choice(["المصدر الأصلي للخبر: ", "{opinion}، التفاصيل هنا ", "الأرقام مختلفة في تقرير آخر: "])
        add("ar", "source-link", fill(template, "ar") + rng.choice(AR_SOURCES))
    for _ in range(20):
        add("ar", "innocent-word", fill(rng.choice(AR_INNOCENT), "ar"))
    for _ in range(15):
        add("ar", "stretched", rng.choice(AR_STRETCHED) + " " + fill(rng.choice(AR_OPINIONS + AR_PLAIN), "ar"))
    for _ in range(10):
        add("ar", "website", fill(rng.choice(AR_PLAIN), "ar"), website=rng.choice(["https://myblog.example.com", "https://salma-writes.net"]))
    for _ in range(70):
        add("en", "plain", fill(rng.choice(EN_PLAIN), "en"))
    for _ in range(25):
        add("en", "numbers", fill(rng.choice(EN_NUMBERS), "en"))
    for _ in range(12):
        add("en", "quote", fill(rng.choice(EN_QUOTES), "en"))
    for _ in range(12):
        add("en", "source-link", fill(rng.choice(EN_PLAIN), "en") + " Source: " + rng.choice(EN_SOURCES))
    for _ in range(12):
        add("en", "caps", fill(rng.choice(EN_CAPS), "en"))
    for _ in range(12):
        add("en", "innocent-word", fill(rng.choice(EN_INNOCENT), "en"))
    for _ in range(12):
        add("en", "emoji", fill(rng.choice(EN_PLAIN), "en") + " " + rng.choice(AR_EMOJI))
    return rows


# ---------------------------------------------------------------- spam
# Each offer has a key term that is on the banned or suspect list (bench/corpus/rules.json); the
# evasion is applied to that term. {T} marks where the term goes.
AR_OFFERS = [
    ("كازينو", ["العب في {T} اون لاين واربح يومياً، سجل الآن واحصل على بونص {p}%",
               "أفضل {T} عربي بدون إيداع، السحب فوري وآمن", "جرب حظك في {T} الملوك الليلة، الجوائز بالملايين"]),
    ("مراهنات", ["موقع {T} رياضية موثوق، توقع نتيجة مباراة {team} واربح", "{T} على كل مباريات الدوري بأعلى الأرباح"]),
    ("قمار", ["ألعاب {T} مضمونة الربح، ادخل الآن", "سر الفوز في ال{T} الإلكتروني، تعلمه في يوم واحد"]),
    ("جلب الحبيب", ["الشيخ الروحاني أبو {name} ل{T} ورد المطلقة في ثلاثة أيام", "{T} وفك السحر والعين بضمان"]),
    ("فك السحر", ["{T} وعلاج المس عن بعد، نتائج مضمونة", "متخصص في {T} وجلب الرزق، استشارة مجانية"]),
    ("ربح مضمون", ["{T} من التداول {big} دولار شهرياً بدون خبرة", "استثمر معنا {T} يومي {p}% على رأس المال"]),
    ("زيادة متابعين", ["{T} انستقرام وتيك توك حقيقيين بأرخص الأسعار", "{T} ولايكات خلال ساعة، عرض محدود"]),
    ("فياجرا", ["{T} أصلية وحبوب الطاقة توصيل لكل المدن بسرية تامة", "اطلب {T} الأمريكية الآن بخصم {p}%"]),
    ("قروض فوريه", ["{T} بدون كفيل وبدون تحويل راتب، تمويل خلال ساعة", "{T} للموظفين والمتقاعدين بأقل نسبة"]),
    ("افلام اباحيه", ["شاهد {T} مجاناً بدون اشتراك", "أحدث {T} عربية على قناتنا"]),
]
AR_ABUSE = [
    ("حقير", ["الكاتب {T} ومأجور ولا يستحق القراءة", "انت {T} وكلامك ما له قيمة", "كل من يؤيد هذا القرار {T}"]),
    ("يا حمار", ["{T} افهم قبل ما تكتب", "اسكت {T} ما تعرف شي", "{T} روح تعلم القراءة أولاً"]),
    ("ابن الكلب", ["المسؤول {T} سرق البلد", "هذا المذيع {T} لازم يطرد"]),
    ("غبي", ["الكاتب {T} جداً ولا يفهم في الاقتصاد", "مقال {T} من صحفي {T}", "رئيس النادي {T} دمر {team}"]),
    ("يلعن", ["{T} أبو هالحكومة وأبو قراراتها", "الله {T} كل من كتب هذا"]),
    ("تافه", ["مقال {T} وكاتب {T}", "محتوى {T} مثل صاحبه"]),
]
EN_OFFERS = [
    ("casino", ["Best online {T} bonus {p}% - play now and win real money", "Join our {T} tonight, instant withdrawals, no deposit"]),
    ("viagra", ["Cheap {T} and cialis, discreet delivery worldwide", "Buy {T} online without prescription, {p}% off"]),
    ("payday loan", ["Instant {T} approved in 10 minutes, bad credit OK", "Need cash? {T} up to ${big}00 today"]),
    ("free followers", ["Get {T} and likes on Instagram in one hour", "{T} for TikTok, 100% real accounts"]),
    ("work from home", ["{T} and earn ${big}0 a day, no experience needed", "Moms are making ${big}00/week - {T} now"]),
    ("crypto signals", ["Our {T} doubled my money in a week, join the VIP group", "Premium {T} - 95% win rate guaranteed"]),
]
EN_ABUSE = [
    ("idiot", ["The author is an {T} who knows nothing", "Only an {T} would write this"]),
    ("scumbag", ["This politician is a {T} and a thief", "What a {T} reporter"]),
    ("moron", ["Total {T}, stop writing", "Every {T} who agrees with this should leave the country"]),
]
AR_CTA = ["للتواصل واتساب {phone}", "راسلنا على {phone}", "اتصل الآن {phone}", "التسجيل من هنا {link}",
          "الرابط في البايو", "التفاصيل {link}", "قناة التلجرام {tg}", "واتساب {wa}"]
EN_CTA = ["WhatsApp {phone}", "Call now {phone}", "Sign up: {link}", "Details {link}", "Telegram {tg}", "Message {wa}"]
PHONES = ["0551234567", "+966 55 123 4567", "00201012345678", "+971 50 123 4567", "01012345678", "0096599123456",
          "+212 612-345678", "+962 79 123 4567", "0501239876", "+20 100 234 5678"]
SPAM_LINKS = ["https://win-big-casino.xyz/ar", "http://bonus777.top", "www.fast-loans.site", "https://followers-pro.shop",
              "http://promo-deals.online/offer?id=33", "https://bit.ly/3xYz9Qa", "https://tinyurl.com/winnow24"]
TG = ["t.me/win_daily", "https://t.me/vip_signals_ar", "t.me/sheikh_ruhani"]
WA = ["wa.me/966551234567", "https://wa.me/201012345678", "wa.me/971501234567"]

ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
DIACRITICS = ["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b", "\u064c", "\u064d"]
CYR = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і", "s": "ѕ"}
GREEK = {"a": "α", "o": "ο", "i": "ι", "n": "η", "v": "ν", "k": "κ", "t": "τ", "u": "υ"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ALEF_SWAP = {"ا": ["أ", "إ", "آ", "ٱ"], "ي": ["ى"], "ه": ["ة"]}


def to_presentation(word):
    # Isolated/initial/medial/final presentation forms via NFKC's inverse is not in Python, so use the
    # isolated forms block for the letters spam words use.
    table = {"ك": "ﻙ", "ا": "ﺍ", "ز": "ﺯ", "ي": "ﻱ", "ن": "ﻥ", "و": "ﻭ", "م": "ﻡ", "ر": "ﺭ", "ه": "ﻩ", "ت": "ﺕ",
             "ق": "ﻕ", "ح": "ﺡ", "ب": "ﺏ", "ل": "ﻝ", "ف": "ﻑ", "س": "ﺱ", "ج": "ﺝ", "ع": "ﻉ", "ط": "ﻁ", "غ": "ﻍ", "ض": "ﺽ"}
    return "".join(table.get(c, c) for c in word)


def evade(term, kind):
    letters = list(term)
    if kind == "diacritics":
        return "".join(c + (rng.choice(DIACRITICS) if c != " " and rng.random() < 0.7 else "") for c in letters)
    if kind == "tatweel":
        return "".join(c + ("ـ" * rng.randint(1, 3) if i < len(letters) - 1 and c not in " ادذرزو" else "")
                       for i, c in enumerate(letters))
    if kind == "zero-width":
        return "".join(c + (rng.choice(ZW) if i < len(letters) - 1 else "") for i, c in enumerate(letters))
    if kind == "bidi":
        return "\u202e" + term[::-1] + "\u202c" if rng.random() < 0.5 else "\u2067" + term + "\u2069\u202d"
    if kind == "alef-variants":
        return "".join(rng.choice(ALEF_SWAP[c]) if c in ALEF_SWAP else c for c in letters)
    if kind == "spaced-letters":
        sep = rng.choice([" ", ".", "-", " . ", "_", "*"])
        return sep.join(c for c in letters if c != " ")
    if kind == "repeated-letters":
        i = rng.randrange(len(letters))
        while letters[i] == " ":
            i = rng.randrange(len(letters))
        return "".join(c * (rng.randint(3, 6) if j == i or (j == len(letters) - 1 and c != " ") else 1)
                       for j, c in enumerate(letters))
    if kind == "presentation-forms":
        return to_presentation(term)
    if kind == "cyrillic":
        out = "".join(CYR.get(c, c) if rng.random() < 0.6 else c for c in letters)
        return out if out != term else "".join(CYR.get(c, c) for c in letters)
    if kind == "greek":
        out = "".join(GREEK.get(c, c) for c in letters)
        return out if out != term else term.replace("a", "α", 1)
    if kind == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in term)
    if kind == "leet":
        out = "".join(LEET.get(c, c) if 0 < i < len(letters) - 1 and rng.random() < 0.7 else c
                      for i, c in enumerate(letters))
        return out if out != term else term[0] + LEET.get(term[1], term[1]) + term[2:]
    if kind == "upper-case":
        return term.upper()
    return term


def offer_text(offers, lang, evasion):
    if evasion == "alef-variants":
        offers = [o for o in offers if any(c in ALEF_SWAP for c in o[0])]
    term, templates = rng.choice(offers)
    template = rng.choice(templates)
    values = dict(p=rng.choice([50, 100, 200, 300]), big=rng.choice([5, 8, 12, 25]), team=rng.choice(AR_TEAMS),
                  name=rng.choice(["سالم", "فهد", "عمر", "يوسف"]))
    text = template.replace("{T}", evade(term, evasion)).format(**values)
    return term, text


def cta(lang, kind):
    if kind == "phone-arabic-digits":
        phone = rng.choice(PHONES).translate(rng.choice([AR_DIGITS, FA_DIGITS]))
        return rng.choice(["للتواصل واتساب ", "اتصل على ", "راسلني "]) + phone
    template = rng.choice(AR_CTA if lang == "ar" else EN_CTA)
    return template.format(phone=rng.choice(PHONES), link=rng.choice(SPAM_LINKS), tg=rng.choice(TG), wa=rng.choice(WA))


def spam_rows():
    rows = []
    def add(lang, kind, text, author=None, website="", honeypot="", rid=None):
        rows.append(dict(label="spam", lang=lang, kind=kind, author=author or rng.choice(AR_NAMES if lang == "ar" else EN_NAMES),
                         website=website, honeypot=honeypot, content=text, rid=rid))

    ar_word_evasions = ["none", "diacritics", "tatweel", "zero-width", "bidi", "alef-variants", "spaced-letters",
                        "repeated-letters", "presentation-forms"]
    for evasion in ar_word_evasions:
        for _ in range(22):
            offers = AR_OFFERS if rng.random() < 0.6 else AR_ABUSE
            _, text = offer_text(offers, "ar", evasion)
            if offers is AR_OFFERS and rng.random() < 0.35:
                text += "، " + cta("ar", "cta")
            add("ar", evasion, text)
    en_evasions = ["none", "cyrillic", "greek", "fullwidth", "leet", "spaced-letters", "zero-width", "upper-case"]
    for evasion in en_evasions:
        for _ in range(12):
            offers = EN_OFFERS if rng.random() < 0.7 else EN_ABUSE
            _, text = offer_text(offers, "en", evasion)
            add("en", evasion, text)
    # Contact-only spam: the offer is worded without a listed term, the phone or link gives it away.
    AR_VAGUE = ["عروض حصرية لفترة محدودة، لا تفوت الفرصة", "دخل إضافي من البيت بدون رأس مال",
                "خدمات تصميم وتسويق بأسعار لا تقبل المنافسة", "استشارات وحلول لكل مشاكلك العاطفية والأسرية",
                "توظيف فوري براتب مجزي، العمل من الجوال", "ساعات ماركات أصلية بنصف السعر"]
    EN_VAGUE = ["Exclusive deals this week only", "Earn extra income from your phone", "Hot singles in your area",
                "Limited offer, do not miss out"]
    for _ in range(30):
        add("ar", "phone", rng.choice(AR_VAGUE) + "، " + rng.choice(["للتواصل واتساب ", "اتصل ", "راسلنا على "]) + rng.choice(PHONES))
    for _ in range(20):
        add("ar", "phone-arabic-digits", rng.choice(AR_VAGUE) + " " + cta("ar", "phone-arabic-digits"))
    for _ in range(18):
        add("ar", "messenger-link", rng.choice(AR_VAGUE) + " " + rng.choice(TG + WA))
    for _ in range(16):
        add("ar", "link-shortener", rng.choice(AR_VAGUE) + " " + rng.choice(["https://bit.ly/3xYz9Qa", "cutt.ly/win24", "tinyurl.com/bonus-ar", "bit[.]ly/free-gift"]))
    for _ in range(16):
        links = rng.sample(SPAM_LINKS, 3)
        add("ar", "many-links", rng.choice(AR_VAGUE) + " " + " ".join(links))
    for _ in range(12):
        add("en", "phone", rng.choice(EN_VAGUE) + " - " + rng.choice(["WhatsApp ", "Call "]) + rng.choice(PHONES))
    for _ in range(10):
        add("en", "many-links", rng.choice(EN_VAGUE) + " " + " ".join(rng.sample(SPAM_LINKS, 3)))
    # Bots fill the hidden field; their text can look harmless.
    for _ in range(16):
        lang = rng.choice(["ar", "ar", "en"])
        text = fill(rng.choice(AR_PLAIN if lang == "ar" else EN_PLAIN), lang)
        add(lang, "honeypot", text, honeypot=rng.choice(["http://seo-links.biz", "John", "1", "buy now"]))
    # Spam in the author name, harmless-looking content.
    for _ in range(14):
        term = rng.choice(["كازينو", "مراهنات", "جلب الحبيب", "زيادة متابعين"])
        add("ar", "author-name", rng.choice(AR_OPINIONS), author=term + " " + rng.choice(["اون لاين", "العربي", "VIP", "24"]))
    # Lookalike Latin inside an Arabic comment and mixed evasions stacked on one term.
    for _ in range(16):
        _, text = offer_text(AR_OFFERS, "ar", rng.choice(["diacritics", "tatweel"]))
        text = "".join(c + ("\u200b" if rng.random() < 0.15 and c != " " else "") for c in text)
        add("ar", "stacked", text)
    # Near-duplicates: the same campaign under several names, lightly varied.
    campaigns = ["تابعوا قناتنا لأقوى التوقعات اليومية، نسبة نجاح عالية جداً",
                 "الحقوا العرض قبل ما يخلص، الكمية محدودة والتوصيل مجاني لكل المدن",
                 "Amazing opportunity, I made so much this month, ask me how",
                 "أنا كنت مديونة والحمد لله الآن دخلي ممتاز بفضل هذا البرنامج اسألوني",
                 "ادخلوا على البروفايل عندي وشوفوا النتائج بأنفسكم، مجربة ومضمونة",
                 "Check my profile for the method that changed my life, it really works",
                 "من يريد دخل ثابت من الإنترنت يراسلني خاص وسأشرح له الطريقة",
                 "خلطة أعشاب طبيعية للتنحيف، نزلت عشرة كيلو في شهر بدون رجيم",
                 "This is the best site for watching every match free, link in my profile",
                 "أقسم بالله جربت الطريقة وربحت، ابحثوا عن اسمي في جوجل"]
    for c, campaign in enumerate(campaigns):
        lang = "en" if campaign.isascii() else "ar"
        for k in range(3):
            text = campaign
            if k == 1:
                text = text.replace("ا", "أ", 1) + " 🔥"
            if k == 2:
                text = " ".join(text.split()) + "!!"
            add(lang, "near-duplicate", text, rid=f"dup{c:02d}")
    return rows


def main():
    rows = ham_rows() + spam_rows()
    with open("comments.tsv", "w", encoding="utf-8", newline="") as f:
        # Plain tab-separated lines, no quoting: fields never contain tabs or line breaks.
        f.write("\t".join(["id", "label", "lang", "kind", "author", "website", "honeypot", "content"]) + "\n")
        counters = {}
        seen = set()
        for row in rows:
            # Templates repeat now and then; an exact repeat (or one differing only in emoji and punctuation) would sit in both splits and flatter
            # the numbers, so only the deliberate near-duplicate campaigns keep repeats.
            key = "".join(c for c in row["content"] if c.isalnum())
            if key in seen and not row.get("rid"):
                continue
            seen.add(key)
            prefix = "h" if row["label"] == "ham" else "s"
            if row.get("rid"):
                counters[row["rid"]] = counters.get(row["rid"], 0) + 1
                rid = f"{prefix}-{row['rid']}#{counters[row['rid']]}"
            else:
                counters[prefix] = counters.get(prefix, 0) + 1
                rid = f"{prefix}{counters[prefix]:04d}"
            fields = [rid, row["label"], row["lang"], row["kind"], row["author"], row["website"], row["honeypot"],
                      row["content"]]
            f.write("\t".join(field.replace("\t", " ").replace("\n", " ") for field in fields) + "\n")


if __name__ == "__main__":
    main()
