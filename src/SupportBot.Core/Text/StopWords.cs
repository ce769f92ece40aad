namespace SupportBot.Core.Text;

/// <summary>
/// Function words that carry no topic, per language, in normalized form (ё→е). Search drops them; the intent model
/// keeps them, because "what can you do" is all stop words and still an intent.
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> English = new(
        """
        a about above after again against all am an and any are aren't as at be because been before being below between
        both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from
        further had hadn't has hasn't have haven't having he her here hers herself him himself his how i i'm i've if in
        into is isn't it it's its itself just let's me more most my myself no nor not of off on once only or other our
        ours ourselves out over own same she should shouldn't so some such than that that's the their theirs them
        themselves then there these they this those through to too under until up very was wasn't we were weren't what
        when where which while who whom why will with won't would wouldn't you your yours yourself yourselves also
        please hi hello hey thanks thank get got getting still anymore really just can't keep keeps
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    private static readonly HashSet<string> Russian = new(
        """
        и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще
        нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом
        себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под
        будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда
        зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про всего них какая
        много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно
        всю между это мой моего моей мою мои моих у меня пожалуйста привет здравствуйте спасибо вообще просто очень
        почему подскажите помогите подскажи помоги
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> (normalized, unstemmed) is an English stop word.</summary>
    public static bool IsEnglish(ReadOnlySpan<char> word) => English.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True when <paramref name="word"/> (normalized, unstemmed) is a stop word of either language.</summary>
    public static bool Contains(ReadOnlySpan<char> word)
    {
        var lookupEnglish = English.GetAlternateLookup<ReadOnlySpan<char>>();
        var lookupRussian = Russian.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookupEnglish.Contains(word) || lookupRussian.Contains(word);
    }
}
