namespace SupportBot.Core.Text;

/// <summary>The detected language of a message, how its text should be read, and that reading.</summary>
/// <param name="Language">The message's language.</param>
/// <param name="Repair">How the Latin text was reinterpreted, if it was.</param>
/// <param name="Text">The normalized text as it should be read: repaired when <paramref name="Repair"/> says so.</param>
public sealed record LanguageGuess(Language Language, TextRepair Repair, string Text);
