namespace SupportBot.Core.Intents;

/// <summary>An intent and the model's probability for it.</summary>
public readonly record struct IntentScore(string Intent, float Probability);
