namespace SupportBot.Core.Knowledge;

/// <summary>One query word: its term, the index terms that stand for it (itself, a correction, a transliteration), and its IDF weight.</summary>
internal sealed record QueryGroup(string Term, IReadOnlyList<string> Alternatives, double Weight, bool IsCorrection);
