using System.Text.Json.Serialization;

namespace SupportBot.Core.Dialogs;

/// <summary>One choice of a <see cref="ChoicePrompt"/>.</summary>
public sealed record Choice
{
    /// <summary>What the prompt returns when it is chosen (a stable id).</summary>
    public required string Value { get; init; }

    /// <summary>The button label; <see cref="Value"/> when null.</summary>
    public string? Title { get; init; }

    /// <summary>Other answers that pick it ("принтер", "printer" for "Печать").</summary>
    public IReadOnlyList<string>? Synonyms { get; init; }

    /// <summary>The label shown.</summary>
    [JsonIgnore]
    public string DisplayTitle => Title ?? Value;
}
