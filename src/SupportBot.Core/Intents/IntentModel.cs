using System.Buffers;
using SupportBot.Core.Text;

namespace SupportBot.Core.Intents;

/// <summary>A trained intent classifier: predicts ranked intents with probabilities and decides what is out of scope. Thread-safe.</summary>
public sealed class IntentModel
{
    private const int RankedCount = 5;

    private readonly int _outOfScopeIndex;

    private readonly int _stride;

    internal IntentModel(IntentModelInfo info, IReadOnlyList<ModelView> views, TextAnalyzer analyzer)
    {
        if (views.Count == 0 || views.Any(v => v.Classifier.ClassCount != info.Labels.Count))
        {
            throw new ArgumentException("A model needs at least one view, each with one output per label.", nameof(views));
        }

        Info = info;
        Views = views;
        Analyzer = analyzer;
        _stride = views[0].Classifier.Stride;
        _outOfScopeIndex = info.Labels.ToList().IndexOf(info.OutOfScopeLabel);
    }

    /// <summary>Labels, threshold, hyperparameters, data hash and held-out metrics.</summary>
    public IntentModelInfo Info { get; }

    /// <summary>The labels in output order.</summary>
    public IReadOnlyList<string> Labels => Info.Labels;

    /// <summary>The analyzer messages go through before featurization.</summary>
    public TextAnalyzer Analyzer { get; }

    /// <summary>The members whose logits are averaged.</summary>
    internal IReadOnlyList<ModelView> Views { get; }

    /// <summary>Predicts the intent of one message.</summary>
    public IntentPrediction Predict(string text) => Predict(Analyzer.Analyze(text));

    /// <summary>Predicts the intent of an already analyzed message.</summary>
    public IntentPrediction Predict(AnalyzedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = ArrayPool<float>.Shared.Rent(2 * _stride);
        try
        {
            var probabilities = buffer.AsSpan(0, _stride);
            Average(text, probabilities, buffer.AsSpan(_stride, _stride));
            return Decide(probabilities[..Labels.Count], text.Language);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(buffer);
        }
    }

    /// <summary>Class probabilities of an analyzed message, in <see cref="Labels"/> order.</summary>
    internal float[] Probabilities(AnalyzedText text)
    {
        var output = new float[_stride];
        Average(text, output, new float[_stride]);
        return output[..Labels.Count];
    }

    // The softmax of the views' mean logits is their normalized geometric mean of probabilities (a product of
    // experts): a class wins only where both views find it likely, which cross-validation preferred to the plain mean.
    private void Average(AnalyzedText text, Span<float> probabilities, Span<float> scratch)
    {
        probabilities.Clear();
        var weight = 1f / Views.Count;
        foreach (var view in Views)
        {
            view.AddScores(text, probabilities, scratch, weight);
        }

        VectorMath.Softmax(probabilities, Labels.Count);
    }

    private IntentPrediction Decide(ReadOnlySpan<float> probabilities, Language language)
    {
        Span<int> top = stackalloc int[Math.Min(RankedCount, probabilities.Length)];
        var filled = 0;
        var best = -1;
        for (var c = 0; c < probabilities.Length; c++)
        {
            if (c != _outOfScopeIndex && (best < 0 || probabilities[c] > probabilities[best]))
            {
                best = c;
            }

            filled = InsertRanked(top, filled, c, probabilities);
        }

        var ranked = new IntentScore[filled];
        for (var i = 0; i < filled; i++)
        {
            ranked[i] = new IntentScore(Labels[top[i]], probabilities[top[i]]);
        }

        var bestScore = best < 0 ? new IntentScore(Info.OutOfScopeLabel, 0f) : new IntentScore(Labels[best], probabilities[best]);
        var outOfScopeWins = _outOfScopeIndex >= 0 && probabilities[_outOfScopeIndex] > bestScore.Probability;
        return new IntentPrediction
        {
            Ranked = ranked,
            Best = bestScore,
            IsOutOfScope = outOfScopeWins || bestScore.Probability < Info.OutOfScopeThreshold,
            Language = language,
        };
    }

    // Keeps the few best classes in order while scanning once, instead of sorting every probability.
    private static int InsertRanked(Span<int> top, int filled, int candidate, ReadOnlySpan<float> probabilities)
    {
        var position = filled;
        while (position > 0 && probabilities[top[position - 1]] < probabilities[candidate])
        {
            position--;
        }

        if (position >= top.Length)
        {
            return filled;
        }

        var last = Math.Min(filled, top.Length - 1);
        for (var i = last; i > position; i--)
        {
            top[i] = top[i - 1];
        }

        top[position] = candidate;
        return Math.Min(filled + 1, top.Length);
    }
}
