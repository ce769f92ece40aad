using System.Text.RegularExpressions;
using SupportBot.Core.Tickets;

namespace SupportBot.Core.Support.Dialogs;

/// <summary>Finds a ticket number in a sentence: "статус заявки SB-000123", "status of ticket 123", "#45".</summary>
internal static partial class TicketNumberFinder
{
    public static TicketNumber? Find(string text)
    {
        foreach (var pattern in (Regex[])[Prefixed(), Bare()])
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (TicketNumber.TryParse(match.Value, out var number))
                {
                    return number;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:\bsb|\bсб|#|№)\s?-?\s?\d{1,9}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefixed();

    [GeneratedRegex(@"\b\d{1,9}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Bare();
}
