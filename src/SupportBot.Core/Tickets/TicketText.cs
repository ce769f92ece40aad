using System.Text;

namespace SupportBot.Core.Tickets;

/// <summary>
/// Makes user text safe to store and show while keeping it as written: control characters other than newline and tab
/// are dropped (a carriage return becomes a newline unless one follows), unpaired surrogates become U+FFFD, and text
/// past its cap is cut at a character boundary and marked.
/// </summary>
internal static class TicketText
{
    /// <summary>Cleaned text, never null.</summary>
    public static string Clean(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var cleaned = NeedsCleaning(text) ? Rewrite(text) : text;
        return cleaned.Length <= maxLength ? cleaned : Truncate(cleaned, maxLength);
    }

    /// <summary>Cleaned text, or null when nothing but whitespace is left.</summary>
    public static string? CleanOptional(string? text, int maxLength)
    {
        var cleaned = Clean(text, maxLength);
        return string.IsNullOrWhiteSpace(cleaned) ? null : cleaned;
    }

    /// <summary>A cleaned name on one line, trimmed.</summary>
    public static string CleanName(string? text, int maxLength = TicketLimits.NameLength) =>
        Clean(text?.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ').Trim(), maxLength);

    /// <summary>A trimmed name, or null when empty.</summary>
    public static string? CleanOptionalName(string? text) => CleanName(text) is { Length: > 0 } name ? name : null;

    /// <summary>An id as given; empty or over the cap is the caller's bug and throws.</summary>
    public static string RequireId(string? id, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id, parameterName);
        if (id.Length > TicketLimits.IdLength)
        {
            throw new ArgumentException($"The id is {id.Length} characters long; at most {TicketLimits.IdLength} are allowed.", parameterName);
        }

        return id;
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if ((char.IsControl(c) && c is not '\n' and not '\t') || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string Rewrite(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (c == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    builder.Append('\n');
                }
            }
            else if (!char.IsControl(c) || c is '\n' or '\t')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Truncate(string text, int maxLength)
    {
        var keep = maxLength - TicketLimits.TruncationMarker.Length;
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep), TicketLimits.TruncationMarker);
    }
}
