namespace SupportBot.Core.Knowledge;

/// <summary>
/// Which articles contain each term and how often (field-weighted), kept in memory beside the FTS index. Candidates and
/// their BM25 come from here: SQLite's bm25() walks every article that contains a query term to count it, which costs
/// tens of milliseconds per query on a 10,000-article knowledge base, while these postings cost a fraction of one.
/// The formula is FTS5's own (<see cref="Bm25"/>), so scores agree with <c>bm25()</c> on the saved index.
/// </summary>
internal sealed class TermPostings
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly Dictionary<string, (int[] Rows, float[] Frequencies)> _postings;
    private readonly float[] _lengths;
    private readonly double _averageLength;

    /// <summary>Builds postings from each article's title, questions and body terms, weighted per field as in the FTS index.</summary>
    public TermPostings(IReadOnlyList<(List<string> Title, List<string> Questions, List<string> Body)> fields, double titleWeight, double questionsWeight, double bodyWeight)
    {
        var lists = new Dictionary<string, (List<int> Rows, List<float> Frequencies)>(StringComparer.Ordinal);
        _lengths = new float[fields.Count];
        var frequencies = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var row = 0; row < fields.Count; row++)
        {
            frequencies.Clear();
            Count(frequencies, fields[row].Title, titleWeight);
            Count(frequencies, fields[row].Questions, questionsWeight);
            Count(frequencies, fields[row].Body, bodyWeight);
            _lengths[row] = fields[row].Title.Count + fields[row].Questions.Count + fields[row].Body.Count;
            foreach (var (term, frequency) in frequencies)
            {
                if (!lists.TryGetValue(term, out var list))
                {
                    lists[term] = list = ([], []);
                }

                list.Rows.Add(row);
                list.Frequencies.Add((float)frequency);
            }
        }

        _postings = lists.ToDictionary(p => p.Key, p => (p.Value.Rows.ToArray(), p.Value.Frequencies.ToArray()), StringComparer.Ordinal);
        _averageLength = fields.Count == 0 ? 1 : Math.Max(1, _lengths.Sum(l => (double)l) / fields.Count);
    }

    /// <summary>The rows containing <paramref name="term"/> (ascending) and its field-weighted frequency in each.</summary>
    public (int[] Rows, float[] Frequencies) Of(string term) => _postings.TryGetValue(term, out var posting) ? posting : ([], []);

    /// <summary>FTS5's inverse document frequency: ln((N − n + 0.5) / (n + 0.5)), at least 1e-6.</summary>
    public double InverseDocumentFrequency(string term)
    {
        var rows = (double)_lengths.Length;
        var containing = Of(term).Rows.Length;
        var idf = Math.Log((rows - containing + 0.5) / (containing + 0.5));
        return idf <= 0 ? 1e-6 : idf;
    }

    /// <summary>One term's FTS5 BM25 contribution in one row, given its IDF and field-weighted frequency.</summary>
    public double Bm25(double idf, float frequency, int row) =>
        idf * (frequency * (K1 + 1)) / (frequency + (K1 * (1 - B + (B * _lengths[row] / _averageLength))));

    private static void Count(Dictionary<string, double> frequencies, List<string> terms, double weight)
    {
        foreach (var term in terms)
        {
            frequencies[term] = frequencies.GetValueOrDefault(term) + weight;
        }
    }
}
