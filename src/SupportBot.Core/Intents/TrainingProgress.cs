namespace SupportBot.Core.Intents;

/// <summary>A training stage reached, for progress display.</summary>
public sealed record TrainingProgress(string Stage, double Fraction);
