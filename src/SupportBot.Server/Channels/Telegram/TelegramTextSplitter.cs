namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// Cuts the bot's text into messages whose HTML stays within Telegram's limit: at paragraph breaks first, then line
/// breaks, then spaces, and only for one unbroken run of characters inside it (never inside a surrogate pair). Each
/// piece is rendered on its own, so no tag or entity is ever cut in half.
/// </summary>
internal static class TelegramTextSplitter
{
    /// <summary>Telegram's limit on one message's text.</summary>
    public const int MaxMessageLength = 4096;

    private static readonly string[] Separators = ["\n\n", "\n", " "];

    /// <summary>The rendered HTML messages for <paramref name="text"/>, in order; none when it is blank.</summary>
    public static IReadOnlyList<string> SplitToHtml(string text, int limit = MaxMessageLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 16);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (normalized.Length == 0)
        {
            return [];
        }

        // Most replies fit in one message: render once, not once to measure and again to send.
        var whole = TelegramHtml.Render(normalized);
        if (whole.Length <= limit)
        {
            return [whole];
        }

        var pieces = new List<string>();
        Split(normalized, 0, limit, pieces);
        return [.. pieces.Select(p => p.Trim()).Where(p => p.Length > 0).Select(TelegramHtml.Render)];
    }

    private static bool Fits(string text, int limit) => TelegramHtml.Render(text.Trim()).Length <= limit;

    private static void Split(string text, int level, int limit, List<string> output)
    {
        if (Fits(text, limit))
        {
            output.Add(text);
            return;
        }

        if (level == Separators.Length)
        {
            HardSplit(text, limit, output);
            return;
        }

        var separator = Separators[level];
        var current = "";
        foreach (var part in text.Split(separator))
        {
            var candidate = current.Length == 0 ? part : current + separator + part;
            if (Fits(candidate, limit))
            {
                current = candidate;
                continue;
            }

            if (current.Trim().Length > 0)
            {
                output.Add(current);
            }

            if (Fits(part, limit))
            {
                current = part;
            }
            else
            {
                Split(part, level + 1, limit, output);
                current = "";
            }
        }

        if (current.Trim().Length > 0)
        {
            output.Add(current);
        }
    }

    private static void HardSplit(string text, int limit, List<string> output)
    {
        var start = 0;
        while (start < text.Length)
        {
            // The longest prefix that fits, found by halving: rendering is linear, so this stays cheap.
            int low = 1, high = text.Length - start;
            while (low < high)
            {
                var middle = (low + high + 1) / 2;
                if (Fits(text.Substring(start, middle), limit))
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }

            var length = low;
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]) && length > 1)
            {
                length--;
            }

            output.Add(text.Substring(start, length));
            start += length;
        }
    }
}
