using System.Globalization;
using System.Text;

namespace SupportBot.Core.Tickets;

/// <summary>Cleans and caps everything a caller hands to the store, so what is stored is exactly what reads back.</summary>
internal static class TicketInput
{
    public static NewTicket Clean(NewTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (ticket.ConversationReference is { Length: > TicketLimits.ReferenceLength } reference)
        {
            throw new ArgumentException(
                $"The conversation reference is {reference.Length} characters long; at most {TicketLimits.ReferenceLength} are allowed.",
                nameof(ticket));
        }

        var details = ticket.Details ?? TicketDetails.Empty;
        return new NewTicket
        {
            ChannelId = TicketText.RequireId(ticket.ChannelId, nameof(ticket.ChannelId)),
            ConversationId = TicketText.RequireId(ticket.ConversationId, nameof(ticket.ConversationId)),
            UserId = TicketText.RequireId(ticket.UserId, nameof(ticket.UserId)),
            UserName = TicketText.CleanName(ticket.UserName),
            Language = TicketCodes.Language(ticket.Language),
            ConversationReference = string.IsNullOrWhiteSpace(ticket.ConversationReference) ? null : ticket.ConversationReference,
            Details = new TicketDetails
            {
                Problem = TicketText.CleanOptional(details.Problem, TicketLimits.DetailLength),
                AlreadyTried = TicketText.CleanOptional(details.AlreadyTried, TicketLimits.DetailLength),
                ErrorText = TicketText.CleanOptional(details.ErrorText, TicketLimits.DetailLength),
                SoftwareVersion = TicketText.CleanOptional(details.SoftwareVersion, TicketLimits.DetailLength),
                Contact = TicketText.CleanOptional(details.Contact, TicketLimits.DetailLength),
            },
            Transcript = Clean(ticket.Transcript ?? []),
            Intents = [.. (ticket.Intents ?? []).Take(TicketLimits.MaxGuesses).Select(Clean)],
            Articles = [.. (ticket.Articles ?? []).Take(TicketLimits.MaxGuesses).Select(Clean)],
            EscalationReason = TicketText.CleanName(ticket.EscalationReason, TicketLimits.TitleLength),
            CreatedBy = Clean(ticket.CreatedBy ?? TicketActor.Bot),
        };
    }

    public static IReadOnlyList<TranscriptEntry> Clean(IReadOnlyList<TranscriptEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var cleaned = new TranscriptEntry[entries.Count];
        for (var i = 0; i < cleaned.Length; i++)
        {
            var entry = entries[i] ?? throw new ArgumentException("A transcript entry is null.", nameof(entries));
            cleaned[i] = new TranscriptEntry
            {
                At = entry.At,
                Role = Defined(entry.Role),
                SenderName = TicketText.CleanName(entry.SenderName),
                Text = TicketText.Clean(entry.Text, TicketLimits.TranscriptEntryLength),
            };
        }

        return cleaned;
    }

    public static TicketActor Clean(TicketActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new TicketActor { Role = Defined(actor.Role), Name = TicketText.CleanName(actor.Name) };
    }

    /// <summary>
    /// The lower-cased text the header search runs on: the number in its usual forms, the user's name and the problem.
    /// </summary>
    public static string SearchKey(TicketNumber number, string userName, string? problem)
    {
        var key = new StringBuilder();
        key.Append(number.ToString()).Append(' ').Append(number.Value.ToString(CultureInfo.InvariantCulture))
            .Append('\n').Append(userName).Append('\n').Append(problem);
        return Fold(key.ToString());
    }

    /// <summary>Case-folds for the substring search of short words (the FTS index folds on its own).</summary>
    public static string Fold(string text) => text.ToLowerInvariant().Replace('ё', 'е');

    private static IntentGuess Clean(IntentGuess guess) => new()
    {
        Intent = TicketText.CleanName(guess.Intent),
        Probability = double.IsFinite(guess.Probability) ? Math.Clamp(guess.Probability, 0, 1) : 0,
    };

    private static OfferedArticle Clean(OfferedArticle article) => new()
    {
        Id = TicketText.CleanName(article.Id),
        Title = TicketText.CleanName(article.Title, TicketLimits.TitleLength),
        Score = double.IsFinite(article.Score) ? article.Score : 0,
    };

    private static T Defined<T>(T value)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {typeof(T).Name}.");
}
