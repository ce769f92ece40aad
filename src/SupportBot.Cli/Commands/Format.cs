using System.Globalization;

namespace SupportBot.Cli.Commands;

/// <summary>Number formats shared by the commands' tables.</summary>
internal static class Format
{
    public static string Percent(double value) => (value * 100).ToString("F2", CultureInfo.InvariantCulture) + "%";

    public static string Percent(double? value) => value is { } v ? Percent(v) : "n/a";

    public static string Probability(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
