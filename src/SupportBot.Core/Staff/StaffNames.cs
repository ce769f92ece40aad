using System.Diagnostics.CodeAnalysis;

namespace SupportBot.Core.Staff;

/// <summary>
/// Sign-in names: 2–64 letters (any script), digits, '.', '_', '-' or '@', compared without regard to case (stored
/// lower case), so "Anna" and "anna" are one account and a name never needs escaping in a URL or a log.
/// </summary>
public static class StaffNames
{
    /// <summary>The longest name.</summary>
    public const int MaxLength = 64;

    /// <summary>The normalized name, or false with a reason a person can read.</summary>
    public static bool TryNormalize(string? text, [NotNullWhen(true)] out string? name, [NotNullWhen(false)] out string? error)
    {
        name = null;
        var trimmed = (text ?? "").Trim().ToLowerInvariant();
        if (trimmed.Length < 2 || trimmed.Length > MaxLength)
        {
            error = $"A staff name must be 2 to {MaxLength} characters long.";
            return false;
        }

        foreach (var c in trimmed)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('.' or '_' or '-' or '@'))
            {
                error = "A staff name may contain only letters, digits and . _ - @.";
                return false;
            }
        }

        name = trimmed;
        error = null;
        return true;
    }
}
