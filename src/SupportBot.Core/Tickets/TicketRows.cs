using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace SupportBot.Core.Tickets;

/// <summary>Reads ticket rows back into records, and writes the values that need a conversion (times, JSON lists).</summary>
internal static class TicketRows
{
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Time(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static object Nullable(string? value) => value is null ? DBNull.Value : value;

    public static string IntentsJson(IReadOnlyList<IntentGuess> intents) =>
        JsonSerializer.Serialize([.. intents], TicketJsonContext.Readable.IntentGuessArray);

    public static string ArticlesJson(IReadOnlyList<OfferedArticle> articles) =>
        JsonSerializer.Serialize([.. articles], TicketJsonContext.Readable.OfferedArticleArray);

    /// <summary>Reads <see cref="TicketSchema.SummaryColumns"/> starting at column 0.</summary>
    public static TicketSummary ReadSummary(SqliteDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        Number = new TicketNumber(reader.GetInt64(1)),
        Status = TicketCodes.Status(reader.GetString(2)),
        ChannelId = reader.GetString(3),
        ConversationId = reader.GetString(4),
        UserId = reader.GetString(5),
        UserName = reader.GetString(6),
        Language = reader.GetString(7),
        Problem = OptionalString(reader, 8),
        EscalationReason = reader.GetString(9),
        Assignee = OptionalString(reader, 10),
        Rating = reader.IsDBNull(11) ? null : new TicketRating { Score = reader.GetInt32(11), Comment = OptionalString(reader, 12) },
        CreatedAt = Time(reader.GetString(13)),
        UpdatedAt = Time(reader.GetString(14)),
        Sequence = reader.GetInt64(15),
    };

    /// <summary>Reads <see cref="TicketSchema.BodyColumns"/> after the summary columns and completes the ticket.</summary>
    public static Ticket ReadBody(
        SqliteDataReader reader, TicketSummary summary, IReadOnlyList<TranscriptEntry> transcript, IReadOnlyList<TicketEvent> history)
    {
        const int first = 16;
        return new Ticket
        {
            Summary = summary,
            ConversationReference = OptionalString(reader, first),
            Details = new TicketDetails
            {
                Problem = summary.Problem,
                AlreadyTried = OptionalString(reader, first + 1),
                ErrorText = OptionalString(reader, first + 2),
                SoftwareVersion = OptionalString(reader, first + 3),
                Contact = OptionalString(reader, first + 4),
            },
            Intents = JsonSerializer.Deserialize(reader.GetString(first + 5), TicketJsonContext.Readable.IntentGuessArray) ?? [],
            Articles = JsonSerializer.Deserialize(reader.GetString(first + 6), TicketJsonContext.Readable.OfferedArticleArray) ?? [],
            Transcript = transcript,
            History = history,
        };
    }

    /// <summary>Reads at, role, sender_name, text.</summary>
    public static TranscriptEntry ReadEntry(SqliteDataReader reader) => new()
    {
        At = Time(reader.GetString(0)),
        Role = TicketCodes.Role(reader.GetString(1)),
        SenderName = reader.GetString(2),
        Text = reader.GetString(3),
    };

    /// <summary>Reads at, actor_role, actor_name, kind, from_status, to_status, note.</summary>
    public static TicketEvent ReadEvent(SqliteDataReader reader) => new()
    {
        At = Time(reader.GetString(0)),
        Actor = new TicketActor { Role = TicketCodes.Role(reader.GetString(1)), Name = reader.GetString(2) },
        Kind = TicketCodes.Kind(reader.GetString(3)),
        From = reader.IsDBNull(4) ? null : TicketCodes.Status(reader.GetString(4)),
        To = reader.IsDBNull(5) ? null : TicketCodes.Status(reader.GetString(5)),
        Note = OptionalString(reader, 6),
    };

    private static string? OptionalString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
