using SupportBot.Core.Conversations;

namespace SupportBot.Core.Dialogs;

/// <summary>
/// A conversation piece with its own state on the dialog stack: begun, continued by the user's messages, resumed when
/// a child it began ends, and told when it ends.
/// </summary>
public abstract class Dialog
{
    /// <summary>A dialog known in its <see cref="DialogSet"/> as <paramref name="id"/>.</summary>
    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>The id the stack stores; keep it stable across releases, or stored conversations lose their place.</summary>
    public string Id { get; }

    /// <summary>Starts the dialog (it is already on top of the stack).</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dialogContext, DialogOptions? options, CancellationToken cancellationToken);

    /// <summary>Handles the user's next activity; by default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dialogContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        return dialogContext.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>A child this dialog began has ended with <paramref name="result"/>; by default the dialog ends with it.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dialogContext, DialogReason reason, DialogResult? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        return dialogContext.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>The dialog leaves the stack (ended, replaced or cancelled); a hook for clean-up.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
