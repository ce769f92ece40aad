using SupportBot.Core.Text;

namespace SupportBot.Core.Knowledge;

/// <summary>
/// Search-only vocabulary of the IT helpdesk in both languages: abbreviations, slang and spoken forms mapped to the words
/// articles use ("inet" → internet, "комп" → компьютер, "GP" → GlobalProtect), and negations folded into one term. It is
/// applied to articles and queries alike, so both sides meet on the same terms; the intent model never sees it.
/// </summary>
internal sealed class SearchLexicon
{
    /// <summary>The term every negation becomes ("not", "won't", "не", "нет"): "does not connect" and "set up" then differ.</summary>
    public const string Negation = "0neg";

    // Single words: key → what it means, in the words the articles use. Keys match a word as written or by its stem, so
    // inflected forms ("компа", "компе") follow. Values are analyzed like any text; "0neg" stands for a negation.
    private static readonly (string Word, string Meaning)[] Words =
    [
        // English abbreviations and spoken forms
        ("pw", "password"), ("pwd", "password"), ("passwd", "password"), ("passwort", "password"), ("pword", "password"),
        ("inet", "internet"), ("interweb", "internet"), ("wlan", "wifi"),
        ("gp", "globalprotect"), ("gpvpn", "globalprotect vpn"), ("palo", "globalprotect"),
        ("pc", "computer"), ("comp", "computer"), ("desktop", "computer"), ("notebook", "laptop"), ("lappy", "laptop"),
        ("macbook", "mac"), ("macos", "mac"), ("osx", "mac"), ("imac", "mac"),
        ("2fa", "mfa"), ("2sv", "mfa"), ("otp", "mfa code"), ("authenticator", "authenticator mfa"),
        ("webcam", "camera"), ("cam", "camera"), ("mic", "microphone"), ("headphones", "headset"), ("earbuds", "headset"),
        ("acct", "account"), ("login", "sign in"), ("logon", "sign in"), ("signin", "sign in"),
        ("admin", "administrator"), ("msg", "message"), ("e-mail", "email"), ("mail", "email"), ("emails", "email"),
        ("o365", "office"), ("m365", "office"), ("office365", "office"), ("ms", "microsoft"),
        ("sw", "software"), ("prog", "program"),
        ("printout", "print"), ("prints", "print"),
        ("wont", "0neg"), ("cant", "0neg"), ("cannot", "0neg"), ("dont", "0neg"), ("doesnt", "0neg"), ("didnt", "0neg"),
        ("isnt", "0neg"), ("arent", "0neg"), ("aint", "0neg"), ("couldnt", "0neg"), ("wouldnt", "0neg"), ("not", "0neg"),
        ("won't", "0neg"), ("can't", "0neg"), ("don't", "0neg"), ("doesn't", "0neg"), ("didn't", "0neg"), ("isn't", "0neg"),
        ("aren't", "0neg"), ("couldn't", "0neg"), ("wouldn't", "0neg"), ("no", "0neg"), ("never", "0neg"), ("unable", "0neg"),
        ("dead", "0neg work"), ("died", "0neg work"), ("broken", "0neg work"), ("busted", "0neg work"), ("kaput", "0neg work"),
        ("borked", "0neg work"), ("nonfunctional", "0neg work"),
        ("sluggish", "slow"), ("laggy", "slow"), ("lagging", "slow"), ("lags", "slow"), ("lag", "slow"), ("crawl", "slow"),
        ("crawls", "slow"), ("crawling", "slow"), ("snail", "slow"),

        // Russian slang, abbreviations and spoken forms
        ("комп", "компьютер"), ("пк", "компьютер"), ("ноут", "ноутбук"), ("макбук", "mac"), ("мак", "mac"),
        ("инет", "интернет"), ("интернеты", "интернет"), ("вайфай", "wifi"), ("вайфая", "wifi"), ("вифи", "wifi"), ("вай-фай", "wifi"),
        ("впн", "vpn"), ("випиэн", "vpn"), ("глобалпротект", "globalprotect"),
        ("тимс", "teams"), ("тимсе", "teams"), ("тимз", "teams"), ("зум", "zoom"), ("зуме", "zoom"),
        ("аутлук", "outlook"), ("аутлуке", "outlook"), ("эксель", "excel"), ("ексель", "excel"), ("ворд", "word"),
        ("винда", "windows"), ("винды", "windows"), ("виндовс", "windows"), ("виндоус", "windows"),
        ("обнова", "обновление"), ("обновы", "обновление"), ("апдейт", "обновление"),
        ("прога", "программа"), ("проги", "программа"), ("софт", "программа"), ("приложуха", "приложение"),
        ("учетка", "учетная запись"), ("учетку", "учетная запись"), ("учетки", "учетная запись"), ("акк", "учетная запись"),
        ("аккаунт", "учетная запись"), ("логин", "учетная запись"),
        ("мфа", "mfa"), ("двухфакторка", "mfa"), ("двухфакторку", "mfa"), ("2фа", "mfa"), ("аутентификатор", "authenticator mfa"),
        ("вебка", "камера"), ("вебку", "камера"), ("вебкамера", "камера"), ("веб-камера", "камера"),
        ("микро", "микрофон"), ("мышка", "мышь"), ("мышку", "мышь"), ("клава", "клавиатура"), ("клаву", "клавиатура"),
        ("блютуз", "bluetooth"), ("блютус", "bluetooth"), ("айфон", "iphone"), ("андроид", "android"), ("самсунг", "android"),
        ("симка", "sim"), ("симку", "sim"), ("смс", "sms"), ("эсэмэс", "sms"), ("пуш", "уведомление"), ("пуши", "уведомление"),
        ("шарепоинт", "sharepoint"), ("шарик", "сетевой диск"), ("шара", "сетевой диск"), ("шару", "сетевой диск"),
        ("админ", "администратор"), ("админа", "администратор"), ("админские", "администратор"), ("админка", "администратор"),
        ("мейл", "почта"), ("имейл", "почта"), ("емейл", "почта"), ("мыло", "почта"), ("ящик", "почтовый ящик"),
        ("принтак", "принтер"), ("сканер", "сканировать"),
        ("не", "0neg"), ("нет", "0neg"), ("ни", "0neg"), ("никак", "0neg"), ("нельзя", "0neg"),
        ("сдох", "0neg работает"), ("сдохла", "0neg работает"), ("умер", "0neg работает"), ("умерла", "0neg работает"),
        ("накрылся", "0neg работает"), ("отвалился", "отключается"), ("отваливается", "отключается"),
        ("тормозит", "тормозит медленно"), ("лагает", "тормозит медленно"), ("глючит", "тормозит"),
        ("подтормаживает", "тормозит медленно"), ("виснет", "зависает"),
        ("врубается", "включается"), ("вырубается", "выключается"), ("включить", "включается"),
        ("коннектится", "подключается"), ("конектится", "подключается"), ("коннект", "подключение"), ("цепляется", "подключается"),
        ("пасс", "пароль"), ("пассворд", "пароль"),
        ("поставить", "установить"), ("поставил", "установить"), ("поставила", "установить"), ("ставится", "установить"),
        ("ставить", "установить"), ("накатить", "установить"), ("снести", "удалить"), ("сносить", "удалить"),

        // Product names as Russian speakers spell them
        ("визио", "visio"), ("проджект", "project"), ("акробат", "acrobat"), ("адоб", "adobe"), ("адобе", "adobe"),
        ("автокад", "autocad"), ("скайп", "skype"), ("офис365", "office"), ("уандрайв", "onedrive"),
        ("онедрайв", "onedrive"), ("вандрайв", "onedrive"), ("интюн", "intune"), ("битлокер", "bitlocker"), ("дефендер", "defender"),
        ("эксчейндж", "exchange"), ("джира", "jira"), ("конфлюенс", "confluence"), ("пауэрпоинт", "powerpoint"),
        ("поверпоинт", "powerpoint"), ("павербай", "power bi"), ("гугл", "google"), ("хром", "chrome"), ("эпл", "apple"),
        ("макос", "mac"), ("иос", "ios"), ("виндоус10", "windows"), ("вин10", "windows"), ("вин11", "windows"),
    ];

    // Words about when, how much or how badly, and the politeness around a request: they say nothing about which
    // article helps, yet a word the knowledge base lacks weighs as much as its rarest term and would sink a real match.
    private static readonly string[] Filler =
    [
        "today", "yesterday", "tomorrow", "tonight", "morning", "now", "again", "always", "constantly", "suddenly", "sometimes", "anymore",
        "already", "forever", "ever", "lately", "recently", "since", "week", "super", "totally", "completely", "entire", "whole",
        "every", "everything", "anything", "something", "somehow", "literally", "seriously", "extremely", "terribly", "awfully",
        "damn", "dammit", "ugh", "urgent", "urgently", "asap", "quick", "quickly", "need", "needs", "want", "wanna", "trying",
        "tried", "try", "help", "pls", "plz", "thx", "guys", "someone", "anyone", "somebody", "anybody", "ok", "okay", "hello",
        "сегодня", "вчера", "завтра", "сейчас", "опять", "снова", "постоянно", "вдруг", "внезапно", "иногда", "уже", "всегда", "весь",
        "вся", "всё", "все", "целый", "целая", "дико", "жутко", "ужасно", "сильно", "страшно", "капец", "блин", "срочно",
        "быстро", "каждый", "каждые", "какой-то", "какая-то", "почему-то", "зачем-то", "нужно", "нужен", "нужна", "нужны",
        "надо", "хочу", "хотела", "хотел", "пытаюсь", "пробовал", "пробовала", "кто-нибудь", "кто-то", "ребята", "коллеги",
        "утра", "утром", "день", "дня", "неделю", "вообще",
    ];

    // Two words written apart that mean one thing.
    private static readonly (string First, string Second, string Meaning)[] Phrases =
    [
        ("global", "protect", "globalprotect"), ("глобал", "протект", "globalprotect"), ("глобал", "протекшн", "globalprotect"),
        ("wi", "fi", "wifi"), ("вай", "фай", "wifi"), ("компани", "портал", "company portal"), ("company", "portal", "company portal"),
        ("e", "mail", "email"), ("out", "look", "outlook"),
    ];

    private readonly Dictionary<string, string[]> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), string[]> _phrases = [];

    private SearchLexicon(TextAnalyzer analyzer)
    {
        foreach (var (word, meaning) in Words)
        {
            var key = TextNormalizer.Normalize(word);
            var terms = MeaningTerms(analyzer, meaning);
            _byWord.TryAdd(key, terms);
            var stem = SearchTerms.Sanitize(analyzer.StemToken(key, new Token(0, key.Length, TokenKind.Word)));
            // A stem shared with an ordinary word would drag that word along; only words the stemmer leaves distinct count.
            if (stem.Length >= 3)
            {
                _byStem.TryAdd(stem, terms);
            }
        }

        foreach (var word in Filler)
        {
            var key = TextNormalizer.Normalize(word);
            _byWord.TryAdd(key, []);
        }

        foreach (var (first, second, meaning) in Phrases)
        {
            _phrases.TryAdd((TextNormalizer.Normalize(first), TextNormalizer.Normalize(second)), MeaningTerms(analyzer, meaning));
        }
    }

    /// <summary>The lexicon stemmed by <paramref name="analyzer"/>.</summary>
    public static SearchLexicon For(TextAnalyzer analyzer) =>
        ReferenceEquals(analyzer, TextAnalyzer.Default) ? Default.Value : new SearchLexicon(analyzer);

    private static Lazy<SearchLexicon> Default { get; } = new(() => new SearchLexicon(TextAnalyzer.Default));

    /// <summary>The terms a word stands for, by its written form or its stem (none for filler); null when the lexicon does not know it.</summary>
    public string[]? Meaning(ReadOnlySpan<char> word, string stem)
    {
        var lookup = _byWord.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var terms))
        {
            return terms;
        }

        return _byStem.TryGetValue(stem, out terms) ? terms : null;
    }

    /// <summary>The terms two adjacent words stand for together, or null.</summary>
    public string[]? PhraseMeaning(string first, string second) => _phrases.GetValueOrDefault((first, second));

    private static string[] MeaningTerms(TextAnalyzer analyzer, string meaning)
    {
        var terms = new List<string>();
        foreach (var word in meaning.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word == Negation)
            {
                terms.Add(Negation);
                continue;
            }

            var normalized = TextNormalizer.Normalize(word);
            var stem = SearchTerms.Sanitize(analyzer.StemToken(normalized, new Token(0, normalized.Length, TokenKind.Word)));
            if (stem.Length > 0)
            {
                terms.Add(stem);
            }
        }

        return [.. terms];
    }
}
