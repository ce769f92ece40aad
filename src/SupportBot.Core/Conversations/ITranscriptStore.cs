namespace SupportBot.Core.Conversations;

/// <summary>Keeps every activity of every conversation, in order.</summary>
public interface ITranscriptStore
{
    /// <summary>Appends entries in one transaction.</summary>
    Task AppendAsync(IReadOnlyList<TranscriptEntry> entries, CancellationToken cancellationToken);

    /// <summary>
    /// The conversation's entries after <paramref name="afterSequence"/> (0 for the start), oldest first, at most
    /// <paramref name="limit"/>; an unknown conversation has an empty transcript.
    /// </summary>
    Task<IReadOnlyList<TranscriptEntry>> GetTranscriptAsync(string channelId, string conversationId, long afterSequence, int limit, CancellationToken cancellationToken);
}
