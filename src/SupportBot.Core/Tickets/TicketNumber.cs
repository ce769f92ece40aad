using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SupportBot.Core.Tickets;

/// <summary>
/// A ticket's human-friendly number, shown as <c>SB-000123</c>. Parsing accepts the ways people type it:
/// "SB-000123", "sb-123", "SB 123", "SB123", "#123", "№123", "123" (surrounding spaces allowed).
/// </summary>
public readonly record struct TicketNumber : IComparable<TicketNumber>, IParsable<TicketNumber>
{
    /// <summary>The prefix every formatted number starts with.</summary>
    public const string Prefix = "SB";

    // Twelve digits is far beyond any helpdesk's lifetime and keeps "a number" from meaning "any long digit run".
    private const int MaxDigits = 12;

    /// <summary>A number with the given value (1 or more).</summary>
    public TicketNumber(long value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        Value = value;
    }

    /// <summary>The numeric value (the 123 in SB-000123).</summary>
    public long Value { get; }

    /// <summary>Parses a number, throwing <see cref="FormatException"/> when the text is not one.</summary>
    public static TicketNumber Parse(string text) =>
        TryParse(text, out var number) ? number : throw new FormatException($"'{text}' is not a ticket number (expected e.g. SB-000123).");

    /// <inheritdoc />
    public static TicketNumber Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out TicketNumber result) =>
        TryParse(s, out result);

    /// <summary>Parses a number the way a person types it; false for anything else (empty, zero, letters, signs).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out TicketNumber number)
    {
        number = default;
        if (text is null)
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        if (span.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            span = span[Prefix.Length..];
            if (!span.IsEmpty && span[0] is '-' or ' ' or '_')
            {
                span = span[1..];
            }
        }
        else if (!span.IsEmpty && span[0] is '#' or '№')
        {
            span = span[1..].TrimStart(' ');
        }

        if (span.IsEmpty || span.Length > MaxDigits)
        {
            return false;
        }

        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        var value = long.Parse(span, NumberStyles.None, CultureInfo.InvariantCulture);
        if (value < 1)
        {
            return false;
        }

        number = new TicketNumber(value);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(TicketNumber other) => Value.CompareTo(other.Value);

    /// <summary>The number as SB-000123 (more digits once past 999999).</summary>
    public override string ToString() => Prefix + "-" + Value.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Orders numbers by value.</summary>
    public static bool operator <(TicketNumber left, TicketNumber right) => left.Value < right.Value;

    /// <summary>Orders numbers by value.</summary>
    public static bool operator >(TicketNumber left, TicketNumber right) => left.Value > right.Value;

    /// <summary>Orders numbers by value.</summary>
    public static bool operator <=(TicketNumber left, TicketNumber right) => left.Value <= right.Value;

    /// <summary>Orders numbers by value.</summary>
    public static bool operator >=(TicketNumber left, TicketNumber right) => left.Value >= right.Value;
}
