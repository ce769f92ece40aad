namespace SupportBot.Server.Health;

/// <summary>What /healthz answers: overall status and each part the bot needs.</summary>
public sealed record HealthReport
{
    /// <summary>"healthy" or "unhealthy".</summary>
    public required string Status { get; init; }

    /// <summary>The intent model.</summary>
    public required ModelHealth Model { get; init; }

    /// <summary>The knowledge base.</summary>
    public required KnowledgeBaseHealth KnowledgeBase { get; init; }

    /// <summary>The SQLite store.</summary>
    public required StoreHealth Store { get; init; }
}
