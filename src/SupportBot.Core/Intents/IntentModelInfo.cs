namespace SupportBot.Core.Intents;

/// <summary>Everything a model file says about itself besides its weights.</summary>
public sealed record IntentModelInfo
{
    /// <summary>The model file layout version this model was written with.</summary>
    public required int FormatVersion { get; init; }

    /// <summary>The labels, in the order of the model's outputs.</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>The out-of-scope label (it may be absent from <see cref="Labels"/> when the data had no such examples).</summary>
    public required string OutOfScopeLabel { get; init; }

    /// <summary>A message whose best in-scope probability is below this is out of scope.</summary>
    public required double OutOfScopeThreshold { get; init; }

    /// <summary>The options the model was trained with.</summary>
    public required IntentTrainerOptions Hyperparameters { get; init; }

    /// <summary>SHA-256 of the training examples (text and intent, in order), to tell which data made the model.</summary>
    public required string TrainingDataSha256 { get; init; }

    /// <summary>How many examples the final model was trained on.</summary>
    public required int TrainingExamples { get; init; }

    /// <summary>Held-out evaluation done while training.</summary>
    public ModelMetrics? Metrics { get; init; }
}
