namespace SupportBot.Core.Dialogs;

/// <summary>Why a dialog is resumed or ended.</summary>
public enum DialogReason
{
    /// <summary>It began (or a child it began ended).</summary>
    BeginCalled,

    /// <summary>The user's message continued it.</summary>
    ContinueCalled,

    /// <summary>It ended normally.</summary>
    EndCalled,

    /// <summary>Another dialog replaced it.</summary>
    ReplaceCalled,

    /// <summary>It was cancelled.</summary>
    CancelCalled,
}
