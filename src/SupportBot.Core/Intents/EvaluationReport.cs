namespace SupportBot.Core.Intents;

/// <summary>How a model did on labelled data: headline figures, per-intent figures, confusions and a threshold sweep.</summary>
public sealed record EvaluationReport
{
    /// <summary>Messages evaluated.</summary>
    public required int Examples { get; init; }

    /// <summary>Of which in scope.</summary>
    public required int InScopeExamples { get; init; }

    /// <summary>Of which labelled out of scope.</summary>
    public required int OutOfScopeExamples { get; init; }

    /// <summary>The out-of-scope threshold the headline figures use.</summary>
    public required double Threshold { get; init; }

    /// <summary>Share of in-scope messages given their own intent and not rejected.</summary>
    public required double InScopeAccuracy { get; init; }

    /// <summary>Share of out-of-scope messages recognized; null without such messages.</summary>
    public double? OutOfScopeRecall { get; init; }

    /// <summary>Macro-averaged F1 over the labels present in the data.</summary>
    public required double MacroF1 { get; init; }

    /// <summary>Precision, recall and F1 per label, worst F1 first.</summary>
    public required IReadOnlyList<IntentMetrics> PerIntent { get; init; }

    /// <summary>The most frequent (expected, predicted) mistakes.</summary>
    public required IReadOnlyList<ConfusedPair> Confusions { get; init; }

    /// <summary>In-scope accuracy against out-of-scope recall over a range of thresholds.</summary>
    public required IReadOnlyList<ThresholdPoint> Sweep { get; init; }
}

/// <summary>One label's figures.</summary>
public sealed record IntentMetrics(string Intent, int Support, double Precision, double Recall, double F1);

/// <summary>A frequent mistake: messages of <paramref name="Expected"/> predicted as <paramref name="Predicted"/>.</summary>
public sealed record ConfusedPair(string Expected, string Predicted, int Count);

/// <summary>The trade-off at one threshold.</summary>
public sealed record ThresholdPoint(double Threshold, double InScopeAccuracy, double? OutOfScopeRecall);

/// <summary>A prediction as the CLI prints it in JSON.</summary>
public sealed record IntentPredictionReport(string Text, string Language, string Intent, bool IsOutOfScope, double Threshold, IReadOnlyList<IntentScore> Ranked);
