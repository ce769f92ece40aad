using System.Runtime.InteropServices;
using SupportBot.Core.Text;

namespace SupportBot.Core.Intents;

/// <summary>
/// The trained vocabulary: which hashed features exist, their inverse document frequencies, and how a message
/// becomes a TF-IDF vector (sublinear tf, each block L2-normalized, then weighted and joined).
/// </summary>
internal sealed class FeatureSpace
{
    [ThreadStatic] private static List<ulong>? s_wordScratch;
    [ThreadStatic] private static List<ulong>? s_charScratch;
    [ThreadStatic] private static List<(int Index, float Value)>? s_entryScratch;

    private readonly Dictionary<ulong, int> _index;
    private readonly FeatureExtractor _extractor;

    public FeatureSpace(FeaturizerOptions options, ulong[] hashes, float[] idf, int wordFeatureCount)
    {
        Options = options;
        Hashes = hashes;
        Idf = idf;
        WordFeatureCount = wordFeatureCount;
        _extractor = new FeatureExtractor(options);
        _index = new Dictionary<ulong, int>(hashes.Length);
        for (var i = 0; i < hashes.Length; i++)
        {
            _index[hashes[i]] = i;
        }
    }

    public FeaturizerOptions Options { get; }

    /// <summary>Feature hashes by index: word features first, then character n-grams.</summary>
    public ulong[] Hashes { get; }

    public float[] Idf { get; }

    public int WordFeatureCount { get; }

    public int Count => Hashes.Length;

    /// <summary>Builds the vocabulary from training texts, keeping features seen in enough examples.</summary>
    public static FeatureSpace Fit(IReadOnlyList<AnalyzedText> texts, FeaturizerOptions options)
    {
        var extractor = new FeatureExtractor(options);
        return Fit(texts.Select(t => Extract(extractor, t)).ToArray(), options);
    }

    /// <summary>Builds the vocabulary from messages extracted once by <see cref="Extract"/>, which cross-validation reuses across folds.</summary>
    public static FeatureSpace Fit(IReadOnlyList<ExtractedFeatures> items, FeaturizerOptions options)
    {
        var wordFrequency = new Dictionary<ulong, int>();
        var charFrequency = new Dictionary<ulong, int>();
        foreach (var item in items)
        {
            CountDocumentFrequency(item.Words, wordFrequency);
            CountDocumentFrequency(item.Chars, charFrequency);
        }

        var kept = Keep(wordFrequency, options.MinDocumentFrequency);
        var wordCount = kept.Count;
        kept.AddRange(Keep(charFrequency, options.MinDocumentFrequency));
        var documents = items.Count;
        var idf = kept.Select(k => (float)(Math.Log((documents + 1.0) / (k.Frequency + 1.0)) + 1.0)).ToArray();
        return new FeatureSpace(options, kept.Select(k => k.Hash).ToArray(), idf, wordCount);
    }

    /// <summary>The message's feature hashes, sorted, before any vocabulary is applied.</summary>
    public static ExtractedFeatures Extract(FeatureExtractor extractor, AnalyzedText text)
    {
        var words = new List<ulong>();
        var chars = new List<ulong>();
        extractor.Extract(text, words, chars);
        words.Sort();
        chars.Sort();
        return new ExtractedFeatures([.. words], [.. chars]);
    }

    /// <summary>The TF-IDF vector of an already extracted message.</summary>
    public SparseVector Transform(ExtractedFeatures item)
    {
        var entries = s_entryScratch ??= [];
        entries.Clear();
        return Build(item.Words, item.Chars, entries);
    }

    /// <summary>The message's TF-IDF vector; features the vocabulary does not know are dropped.</summary>
    public SparseVector Transform(AnalyzedText text)
    {
        var words = s_wordScratch ??= [];
        var chars = s_charScratch ??= [];
        var entries = s_entryScratch ??= [];
        words.Clear();
        chars.Clear();
        entries.Clear();
        _extractor.Extract(text, words, chars);
        words.Sort();
        chars.Sort();
        return Build(CollectionsMarshal.AsSpan(words), CollectionsMarshal.AsSpan(chars), entries);
    }

    private SparseVector Build(ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> chars, List<(int Index, float Value)> entries)
    {
        AddBlock(words, entries, (float)Math.Sqrt(Options.WordBlockWeight));
        AddBlock(chars, entries, (float)Math.Sqrt(1 - Options.WordBlockWeight));
        if (entries.Count == 0)
        {
            return SparseVector.Empty;
        }

        entries.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        var indices = new int[entries.Count];
        var values = new float[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            (indices[i], values[i]) = entries[i];
        }

        return new SparseVector(indices, values);
    }

    // The hashes come sorted, so repeats of a feature sit together and their run length is its term frequency.
    private void AddBlock(ReadOnlySpan<ulong> hashes, List<(int Index, float Value)> entries, float blockWeight)
    {
        var first = entries.Count;
        double squaredNorm = 0;
        for (var i = 0; i < hashes.Length;)
        {
            var run = 1;
            while (i + run < hashes.Length && hashes[i + run] == hashes[i])
            {
                run++;
            }

            if (_index.TryGetValue(hashes[i], out var index))
            {
                var value = (float)((1 + Math.Log(run)) * Idf[index]);
                entries.Add((index, value));
                squaredNorm += value * value;
            }

            i += run;
        }

        if (squaredNorm == 0)
        {
            return;
        }

        var scale = blockWeight / (float)Math.Sqrt(squaredNorm);
        for (var i = first; i < entries.Count; i++)
        {
            entries[i] = (entries[i].Index, entries[i].Value * scale);
        }
    }

    private static void CountDocumentFrequency(ReadOnlySpan<ulong> hashes, Dictionary<ulong, int> frequency)
    {
        for (var i = 0; i < hashes.Length; i++)
        {
            if (i == 0 || hashes[i] != hashes[i - 1])
            {
                frequency[hashes[i]] = frequency.GetValueOrDefault(hashes[i]) + 1;
            }
        }
    }

    // Sorted by hash so the same data always yields the same feature order, whatever the dictionary's internals.
    private static List<(ulong Hash, int Frequency)> Keep(Dictionary<ulong, int> frequency, int minimum) =>
        frequency.Where(p => p.Value >= minimum).Select(p => (p.Key, p.Value)).OrderBy(p => p.Key).ToList();
}
