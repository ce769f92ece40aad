namespace SupportBot.Core.Knowledge;

/// <summary>One query word: its term, the index terms that stand for it (itself, a correction, a transliteration), and its IDF weight.</summary>
internal sealed record QueryGroup(string Term, IReadOnlyList<string> Alternatives, double Weight, bool IsCorrection)
{
    /// <summary>True when one of the group's forms is in <paramref name="terms"/>; a loop, as it runs per candidate and group.</summary>
    public bool OccursIn(HashSet<string> terms)
    {
        foreach (var alternative in Alternatives)
        {
            if (terms.Contains(alternative))
            {
                return true;
            }
        }

        return false;
    }
}
