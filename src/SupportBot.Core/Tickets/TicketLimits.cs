namespace SupportBot.Core.Tickets;

/// <summary>
/// The size caps of stored ticket text. Longer text is cut and ends with <see cref="TruncationMarker"/> (the stored
/// value, marker included, never exceeds the cap); ids and conversation references are never cut — too long is an error.
/// </summary>
public static class TicketLimits
{
    /// <summary>Each collected detail (problem, what was tried, error text, version, contact).</summary>
    public const int DetailLength = 4_000;

    /// <summary>One transcript entry's text.</summary>
    public const int TranscriptEntryLength = 10_000;

    /// <summary>User, sender, assignee and actor names; intent names and article ids.</summary>
    public const int NameLength = 200;

    /// <summary>Article titles and the escalation reason.</summary>
    public const int TitleLength = 500;

    /// <summary>History notes and rating comments.</summary>
    public const int NoteLength = 2_000;

    /// <summary>Channel, conversation and user ids (longer is an <see cref="ArgumentException"/>).</summary>
    public const int IdLength = 512;

    /// <summary>The serialized conversation reference (longer is an <see cref="ArgumentException"/>).</summary>
    public const int ReferenceLength = 65_536;

    /// <summary>How many intent guesses and offered articles are kept.</summary>
    public const int MaxGuesses = 50;

    /// <summary>Ends any text that was cut to fit its cap.</summary>
    public const string TruncationMarker = "… [truncated]";
}
