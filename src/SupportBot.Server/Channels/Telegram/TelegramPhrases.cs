namespace SupportBot.Server.Channels.Telegram;

/// <summary>The few things the channel itself says, in Russian or English by the user's Telegram language.</summary>
internal static class TelegramPhrases
{
    public static string TextOnly(string? languageCode) => IsRussian(languageCode)
        ? "Я пока понимаю только текст. Пожалуйста, опишите вопрос словами."
        : "I can only read text for now. Please describe your question in words.";

    public static string EditsNotSeen(string? languageCode) => IsRussian(languageCode)
        ? "Я не вижу изменённых сообщений. Пожалуйста, отправьте исправленный текст новым сообщением."
        : "I don't see edited messages. Please send the corrected text as a new message.";

    public static string ButtonExpired(string? languageCode) => IsRussian(languageCode)
        ? "Эта кнопка устарела. Напишите, пожалуйста, ответ текстом."
        : "This button has expired. Please type your answer.";

    public static string AlreadyAnswered(string? languageCode) => IsRussian(languageCode)
        ? "Уже получил ваш ответ."
        : "Already got your answer.";

    // Telegram gives the app's language; Russian-speaking users often run the app in Ukrainian, Belarusian or Kazakh.
    private static bool IsRussian(string? languageCode) =>
        languageCode is { Length: >= 2 } code && (code.StartsWith("ru", StringComparison.OrdinalIgnoreCase)
            || code.StartsWith("uk", StringComparison.OrdinalIgnoreCase)
            || code.StartsWith("be", StringComparison.OrdinalIgnoreCase)
            || code.StartsWith("kk", StringComparison.OrdinalIgnoreCase));
}
