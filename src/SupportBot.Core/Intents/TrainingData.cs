using SupportBot.Core;
namespace SupportBot.Core.Intents;

/// <summary>Loaded training examples with the problems found while loading them.</summary>
public sealed record TrainingData(IReadOnlyList<IntentExample> Examples, IReadOnlyList<DataProblem> Problems)
{
    /// <summary>True when some problem forbids training.</summary>
    public bool HasErrors => Problems.Any(p => p.IsError);
}
