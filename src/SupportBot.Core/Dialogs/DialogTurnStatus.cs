namespace SupportBot.Core.Dialogs;

/// <summary>What a dialog turn came to.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active (the stack is empty).</summary>
    Empty = 0,

    /// <summary>A dialog waits for the user's next message.</summary>
    Waiting = 1,

    /// <summary>The outermost dialog ended this turn.</summary>
    Complete = 2,

    /// <summary>The dialogs were cancelled this turn.</summary>
    Cancelled = 3,
}
