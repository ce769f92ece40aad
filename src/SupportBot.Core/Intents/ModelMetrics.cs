namespace SupportBot.Core.Intents;

/// <summary>How a model did on data it was not trained on, at its chosen out-of-scope threshold.</summary>
public sealed record ModelMetrics
{
    /// <summary>Where the figures come from, e.g. "20% stratified holdout of the training data".</summary>
    public required string EvaluatedOn { get; init; }

    /// <summary>Number of messages evaluated.</summary>
    public required int Examples { get; init; }

    /// <summary>Share of in-scope messages given their own intent and not rejected as out of scope.</summary>
    public required double InScopeAccuracy { get; init; }

    /// <summary>Share of out-of-scope messages recognized as such; null when the data has none.</summary>
    public double? OutOfScopeRecall { get; init; }

    /// <summary>Macro-averaged F1 over all labels, out-of-scope included.</summary>
    public required double MacroF1 { get; init; }
}
