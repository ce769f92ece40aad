namespace SupportBot.Server.Health;

/// <summary>The loaded knowledge base and the last reload attempt.</summary>
public sealed record KnowledgeBaseHealth(bool Loaded, int Articles, DateTimeOffset LoadedAt, bool LastReloadFailed, string? LastProblem);
