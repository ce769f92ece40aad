namespace SupportBot.Core.Text;

/// <summary>The languages SupportBot speaks.</summary>
public enum Language
{
    /// <summary>No letters to judge by (emoji, digits, empty).</summary>
    Unknown,

    /// <summary>English.</summary>
    English,

    /// <summary>Russian.</summary>
    Russian,
}
