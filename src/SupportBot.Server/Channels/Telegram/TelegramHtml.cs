using System.Text;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// Turns the bot's text into Telegram HTML (<c>parse_mode: HTML</c>): <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> are
/// escaped, <c>**bold**</c> pairs become <c>&lt;b&gt;</c>, and nothing else is markup, so MarkdownV2's specials
/// (<c>_ * [ ] ( ) ~ ` # + - = | { } . !</c>) arrive verbatim. Every call returns balanced tags.
/// </summary>
internal static class TelegramHtml
{
    private const string BoldMarker = "**";

    /// <summary>Escapes the three characters Telegram's HTML parser reads.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('<', '>', '&') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        AppendEscaped(builder, text);
        return builder.ToString();
    }

    /// <summary>Escapes <paramref name="text"/> and turns its closed <c>**bold**</c> pairs into tags.</summary>
    public static string Render(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 16);
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf(BoldMarker, position, StringComparison.Ordinal);
            var close = open < 0 ? -1 : text.IndexOf(BoldMarker, open + BoldMarker.Length, StringComparison.Ordinal);

            // An unpaired or empty marker ("**" alone, "****") is text, never half a tag.
            if (open < 0 || close < 0 || close == open + BoldMarker.Length)
            {
                AppendEscaped(builder, text.AsSpan(position, open < 0 || close < 0 ? text.Length - position : close + BoldMarker.Length - position));
                position = open < 0 || close < 0 ? text.Length : close + BoldMarker.Length;
                continue;
            }

            AppendEscaped(builder, text.AsSpan(position, open - position));
            builder.Append("<b>");
            AppendEscaped(builder, text.AsSpan(open + BoldMarker.Length, close - open - BoldMarker.Length));
            builder.Append("</b>");
            position = close + BoldMarker.Length;
        }

        return builder.ToString();
    }

    private static void AppendEscaped(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '&' => builder.Append("&amp;"),
                _ => builder.Append(c),
            };
        }
    }
}
