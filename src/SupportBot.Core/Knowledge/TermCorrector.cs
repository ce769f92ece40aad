namespace SupportBot.Core.Knowledge;

/// <summary>
/// Finds the index term a misspelled query term meant, by symmetric deletion: every term and its one-letter deletions
/// are indexed, so a lookup costs a few hash probes instead of a scan of the vocabulary.
/// </summary>
internal sealed class TermCorrector
{
    // Very short terms have too many neighbours at distance one to correct safely ("vpn" would become "vpm").
    private const int MinLengthToCorrect = 4;
    private const int MinLengthForTwoEdits = 7;

    private readonly Dictionary<string, int> _frequency;
    private readonly Dictionary<string, List<string>> _byDeletion = new(StringComparer.Ordinal);

    public TermCorrector(Dictionary<string, int> documentFrequency)
    {
        _frequency = documentFrequency;
        foreach (var term in documentFrequency.Keys)
        {
            Add(term, term);
            if (term.Length >= MinLengthToCorrect)
            {
                foreach (var deletion in Deletions(term))
                {
                    Add(deletion, term);
                }
            }
        }
    }

    public bool Contains(string term) => _frequency.ContainsKey(term);

    public int DocumentFrequency(string term) => _frequency.GetValueOrDefault(term);

    /// <summary>The most frequent index term within one edit (two for long words) of <paramref name="term"/>, or null.</summary>
    public string? Correct(string term)
    {
        if (term.Length < MinLengthToCorrect)
        {
            return null;
        }

        var maxDistance = term.Length >= MinLengthForTwoEdits ? 2 : 1;
        var probes = new HashSet<string>(StringComparer.Ordinal) { term };
        foreach (var deletion in Deletions(term))
        {
            probes.Add(deletion);
            if (maxDistance == 2)
            {
                probes.UnionWith(Deletions(deletion));
            }
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var probe in probes)
        {
            if (!_byDeletion.TryGetValue(probe, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                var distance = EditDistance.DamerauLevenshtein(term, candidate, maxDistance);
                if (distance > maxDistance)
                {
                    continue;
                }

                if (distance < bestDistance || (distance == bestDistance && IsBetter(candidate, best)))
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }

        return best;
    }

    // Ties go to the more common term, then to the ordinal order so results never depend on hash order.
    private bool IsBetter(string candidate, string? current) =>
        current is null
        || _frequency[candidate] > _frequency[current]
        || (_frequency[candidate] == _frequency[current] && string.CompareOrdinal(candidate, current) < 0);

    private void Add(string key, string term)
    {
        if (!_byDeletion.TryGetValue(key, out var terms))
        {
            _byDeletion[key] = terms = [];
        }

        if (!terms.Contains(term))
        {
            terms.Add(term);
        }
    }

    private static IEnumerable<string> Deletions(string term)
    {
        for (var i = 0; i < term.Length; i++)
        {
            yield return string.Concat(term.AsSpan(0, i), term.AsSpan(i + 1));
        }
    }
}
