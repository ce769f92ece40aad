using SupportBot.Core.Text;

namespace SupportBot.Core.Intents;

/// <summary>
/// Splits examples into cross-validation folds, stratified by label and grouped by stem signature, so a message and
/// its near-duplicates (same words up to order, case, punctuation and inflection) always land in the same fold.
/// </summary>
internal static class GroupedFolds
{
    /// <summary>Each example's fold in [0, <paramref name="folds"/>); fewer distinct groups than folds gives fewer folds.</summary>
    public static int[] Assign(IReadOnlyList<AnalyzedText> texts, IReadOnlyList<int> targets, int folds, int seed)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<List<int>>();
        for (var i = 0; i < texts.Count; i++)
        {
            var signature = Signature(texts[i]);
            if (!groups.TryGetValue(signature, out var members))
            {
                members = [];
                groups[signature] = members;
                order.Add(members);
            }

            members.Add(i);
        }

        // Groups are dealt per label (the label of their first member), largest first, each to the fold that holds
        // the fewest examples of that label so far; the shuffle decides among equals.
        var random = new Random(seed);
        var assigned = new int[texts.Count];
        foreach (var byLabel in order.GroupBy(g => targets[g[0]]).OrderBy(g => g.Key))
        {
            var labelGroups = byLabel.ToArray();
            random.Shuffle(labelGroups);
            var counts = new int[folds];
            foreach (var group in labelGroups.OrderByDescending(g => g.Count))
            {
                var fold = 0;
                for (var f = 1; f < folds; f++)
                {
                    if (counts[f] < counts[fold])
                    {
                        fold = f;
                    }
                }

                counts[fold] += group.Count;
                foreach (var member in group)
                {
                    assigned[member] = fold;
                }
            }
        }

        return assigned;
    }

    /// <summary>The message's distinct stems in ordinal order: what stays the same across trivial rewrites.</summary>
    public static string Signature(AnalyzedText text) =>
        string.Join('\u0001', text.Stems.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
