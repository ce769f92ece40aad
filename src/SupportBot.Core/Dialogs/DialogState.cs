namespace SupportBot.Core.Dialogs;

/// <summary>The dialog stack as kept in conversation state, innermost dialog last.</summary>
public sealed record DialogState
{
    /// <summary>The stack, outermost first.</summary>
    public IReadOnlyList<DialogInstance> Stack { get; init; } = [];
}
