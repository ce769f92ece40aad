namespace SupportBot.Core.Knowledge;

/// <summary>Orders candidate keys worst first (the top of the bounded min-heap): lower coverage + prior, then lower BM25, then the later row.</summary>
internal sealed class CandidateComparer : IComparer<(double Key, double Text, int Row)>
{
    public static CandidateComparer Instance { get; } = new();

    public int Compare((double Key, double Text, int Row) x, (double Key, double Text, int Row) y)
    {
        var byKey = x.Key.CompareTo(y.Key);
        if (byKey != 0)
        {
            return byKey;
        }

        var byText = x.Text.CompareTo(y.Text);
        return byText != 0 ? byText : y.Row.CompareTo(x.Row);
    }
}
