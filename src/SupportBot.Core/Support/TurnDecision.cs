using SupportBot.Core.Knowledge;

namespace SupportBot.Core.Support;

/// <summary>The confidence policy's verdict for one message and the rule that produced it.</summary>
public sealed record TurnDecision
{
    /// <summary>What to do.</summary>
    public required DecisionKind Kind { get; init; }

    /// <summary>The rule that fired, a stable name staff can filter on (for example <c>close_candidates</c>).</summary>
    public required string Rule { get; init; }

    /// <summary>The article(s) to answer from or choose between, best first; empty for other kinds.</summary>
    public IReadOnlyList<SearchHit> Articles { get; init; } = [];

    /// <summary>For <see cref="DecisionKind.SmallTalk"/>: the conversational intent.</summary>
    public string? Intent { get; init; }
}
