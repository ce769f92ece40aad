namespace SupportBot.Core.Tests.Conversations;

/// <summary>A counter kept in conversation state.</summary>
internal sealed record CounterState
{
    public int Count { get; init; }
}

/// <summary>A user profile kept in user state.</summary>
internal sealed record ProfileState
{
    public string? Name { get; init; }

    public int Visits { get; init; }
}
