namespace SupportBot.Core.Knowledge;

/// <summary>One query word: its term, the index terms that stand for it (itself, a correction, a transliteration), and its IDF weight.</summary>
internal sealed record QueryGroup(string Term, string[] Alternatives, double Weight, bool IsCorrection)
{
    // Plain loops over an array, not LINQ or an interface (whose enumerator is an object): these run per candidate and
    // group on every search (and per sentence of a hit whose snippet is read).

    /// <summary>True when one of the group's forms is in <paramref name="terms"/> (an article's or its head's terms).</summary>
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

    /// <summary>True when one of the group's forms is in <paramref name="terms"/> (a sentence's distinct terms).</summary>
    public bool OccursIn(string[] terms)
    {
        foreach (var alternative in Alternatives)
        {
            if (Array.IndexOf(terms, alternative) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
