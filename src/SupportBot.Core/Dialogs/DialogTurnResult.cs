namespace SupportBot.Core.Dialogs;

/// <summary>The outcome of running the dialog stack for a turn.</summary>
public sealed record DialogTurnResult
{
    /// <summary>An empty stack.</summary>
    public static DialogTurnResult Empty { get; } = new() { Status = DialogTurnStatus.Empty };

    /// <summary>A dialog waits for the user.</summary>
    public static DialogTurnResult Waiting { get; } = new() { Status = DialogTurnStatus.Waiting };

    /// <summary>What happened.</summary>
    public required DialogTurnStatus Status { get; init; }

    /// <summary>The outermost dialog's result when <see cref="Status"/> is <see cref="DialogTurnStatus.Complete"/>.</summary>
    public DialogResult? Result { get; init; }
}
