using SupportBot.Core;
namespace SupportBot.Core.Intents;

/// <summary>One labelled training message and where it came from.</summary>
public sealed record IntentExample(string Text, string Intent)
{
    /// <summary>File and line the example was read from, for error messages; null for examples built in code.</summary>
    public SourceLocation? Source { get; init; }
}
