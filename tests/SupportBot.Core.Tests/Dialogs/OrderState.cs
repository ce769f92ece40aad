namespace SupportBot.Core.Tests.Dialogs;

/// <summary>The order waterfall's typed state.</summary>
internal sealed record OrderState
{
    public string? Item { get; init; }

    public decimal Quantity { get; init; }
}

/// <summary>State of a waterfall that keeps none.</summary>
internal sealed record EmptyState;
