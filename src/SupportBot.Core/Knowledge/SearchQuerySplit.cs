namespace SupportBot.Core.Knowledge;

/// <summary>
/// A deterministic split of a query set into a tuning half and a held-out half: within each expected article (and among
/// the "nothing" queries) the cases alternate, so both halves cover every article and tuning cannot see the other half.
/// </summary>
public sealed record SearchQuerySplit(IReadOnlyList<SearchQueryCase> Tuning, IReadOnlyList<SearchQueryCase> HeldOut)
{
    /// <summary>Splits <paramref name="cases"/>: the 1st, 3rd, 5th… case of each (language, expected id) go to tuning.</summary>
    public static SearchQuerySplit Of(IReadOnlyList<SearchQueryCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var seen = new Dictionary<(string, string), int>();
        var tuning = new List<SearchQueryCase>();
        var heldOut = new List<SearchQueryCase>();
        foreach (var queryCase in cases)
        {
            var key = (queryCase.Language, queryCase.ExpectedId ?? "-");
            var position = seen.GetValueOrDefault(key);
            seen[key] = position + 1;
            (position % 2 == 0 ? tuning : heldOut).Add(queryCase);
        }

        return new SearchQuerySplit(tuning, heldOut);
    }
}
