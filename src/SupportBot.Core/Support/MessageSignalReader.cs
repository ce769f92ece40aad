using System.Buffers;
using SupportBot.Core.Text;

namespace SupportBot.Core.Support;

/// <summary>Reads <see cref="MessageSignals"/> from a message with word lists and simple shape rules, in ru and en.</summary>
internal static class MessageSignalReader
{
    // Phrases are matched on normalized text (lower case, ё→е) as whole words.
    private static readonly string[] HumanPhrases =
    [
        "оператор", "оператора", "оператору", "живой человек", "живого человека", "живым человеком", "с человеком",
        "позовите человека", "позови человека", "специалист", "специалиста", "сотрудник поддержки", "сотрудника поддержки",
        "human", "a person", "real person", "live agent", "an agent", "operator", "talk to someone", "speak to someone",
        "support agent", "real human",
    ];

    private static readonly string[] SwearStems = ["бля", "хрен", "задолбал", "достал", "бесит", "идиот", "тупой", "wtf", "damn", "stupid", "useless", "ridiculous"];

    // Built once: each phrase padded with spaces matches whole words in PhraseText's padded text; stems match anywhere.
    private static readonly SearchValues<string> PaddedHumanPhrases =
        SearchValues.Create([.. HumanPhrases.Select(p => string.Concat(" ", p, " "))], StringComparison.Ordinal);

    private static readonly SearchValues<string> SwearStemValues = SearchValues.Create(SwearStems, StringComparison.Ordinal);

    private static readonly HashSet<string> VagueMessages = new(StringComparer.Ordinal)
    {
        "не работает", "ничего не работает", "все сломалось", "сломалось", "ошибка", "проблема", "у меня проблема",
        "помогите", "помоги", "help", "help me", "помощь", "не работает ничего", "беда", "error", "it doesnt work", "it does not work",
        "doesnt work", "not working", "broken", "problem", "i have a problem", "something is wrong", "что-то не так", "не могу",
        "не получается", "issue", "i need help", "нужна помощь", "sos", "глючит", "все плохо",
    };

    public static MessageSignals Read(string text, int maxLength)
    {
        var wasCut = text.Length > maxLength;
        var body = wasCut ? text[..maxLength] : text;
        var normalized = TextNormalizer.Normalize(body).Trim();
        var (command, argument) = ReadCommand(normalized);
        var words = PhraseText(normalized);
        return new MessageSignals
        {
            IsEmpty = !body.Any(char.IsLetterOrDigit),
            WasCut = wasCut,
            Command = command,
            CommandArgument = argument,
            AsksForHuman = command == "/operator" || words.AsSpan().ContainsAny(PaddedHumanPhrases),
            SoundsFrustrated = IsShouting(body) || body.Contains("!!!", StringComparison.Ordinal) || words.AsSpan().ContainsAny(SwearStemValues),
            IsVague = VagueMessages.Contains(words.Trim()),
        };
    }

    private static (string? Command, string Argument) ReadCommand(string normalized)
    {
        if (!normalized.StartsWith('/') || normalized.Length < 2 || !char.IsLetter(normalized[1]))
        {
            return (null, "");
        }

        var end = normalized.IndexOfAny([' ', '\n', '\t']);
        var command = end < 0 ? normalized : normalized[..end];
        var at = command.IndexOf('@', StringComparison.Ordinal);   // Telegram's "/start@SupportBot"
        command = at > 0 ? command[..at] : command;
        return (command, end < 0 ? "" : normalized[(end + 1)..].Trim());
    }

    // Letters and digits with single spaces, padded, so phrases match on word boundaries.
    private static string PhraseText(string normalized)
    {
        var builder = new System.Text.StringBuilder(normalized.Length + 2).Append(' ');
        foreach (var c in normalized)
        {
            if (c is '\'' or '\u2019')
            {
                continue;   // "doesn't" reads as "doesnt", as people also type it
            }

            if (char.IsLetterOrDigit(c) || c == '-')
            {
                builder.Append(c);
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        if (builder[^1] != ' ')
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }

    private static bool IsShouting(string text)
    {
        var letters = 0;
        var upper = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return letters >= 8 && upper >= letters * 0.7;
    }
}
