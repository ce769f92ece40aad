namespace SupportBot.Server.Health;

/// <summary>Whether the store answers.</summary>
public sealed record StoreHealth(bool Reachable);
