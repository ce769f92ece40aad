namespace SupportBot.Server.Health;

/// <summary>The loaded intent model.</summary>
public sealed record ModelHealth(bool Loaded, int Labels);
