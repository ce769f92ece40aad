namespace SupportBot.Core.Conversations;

/// <summary>What a channel answers for a sent activity: the id it gave it.</summary>
public sealed record ResourceResponse(string Id);
