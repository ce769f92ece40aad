namespace SupportBot.Core.Intents;

/// <summary>One evaluated message: what it should be, the best in-scope guess and its probability, and whether the oos label won.</summary>
internal readonly record struct ScoredExample(string Expected, string BestInScope, float BestProbability, bool OutOfScopeWins)
{
    public string Predicted(double threshold, string outOfScopeLabel) =>
        OutOfScopeWins || BestProbability < threshold ? outOfScopeLabel : BestInScope;
}
