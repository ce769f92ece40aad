using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using SupportBot.Core.Conversations;

namespace SupportBot.Core.Dialogs;

/// <summary>
/// The dialog stack of one turn: begin, continue, replace, end and cancel dialogs. Every change is written back to
/// conversation state at once, so it is saved with the turn.
/// </summary>
public sealed class DialogContext
{
    private readonly List<DialogInstance> _stack;
    private readonly Action<IReadOnlyList<DialogInstance>> _save;
    private readonly ILogger _logger;

    internal DialogContext(DialogSet dialogs, ITurnContext turnContext, IReadOnlyList<DialogInstance> stack, Action<IReadOnlyList<DialogInstance>> save, ILogger logger)
    {
        Dialogs = dialogs;
        Context = turnContext;
        _stack = [.. stack];
        _save = save;
        _logger = logger;
    }

    /// <summary>The dialogs this context can begin.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>The turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>The innermost dialog, or null when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => _stack.Count > 0 ? _stack[^1] : null;

    /// <summary>The stack, outermost first.</summary>
    public IReadOnlyList<DialogInstance> Stack => _stack;

    /// <summary>Pushes the dialog <paramref name="dialogId"/> and begins it.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, CancellationToken cancellationToken) =>
        BeginDialogAsync(dialogId, null, cancellationToken);

    /// <summary>Pushes the dialog <paramref name="dialogId"/> and begins it with <paramref name="options"/>.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, DialogOptions? options, CancellationToken cancellationToken)
    {
        var dialog = FindOrThrow(dialogId);
        Push(new DialogInstance { Id = dialogId });
        return dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Begins the prompt <paramref name="dialogId"/>.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>
    /// Hands the turn to the innermost dialog. A stored stack naming an unknown dialog or holding unreadable state is
    /// logged and cleared, and the result is <see cref="DialogTurnStatus.Empty"/>, so the bot starts afresh.
    /// </summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return DialogTurnResult.Empty;
        }

        if (Dialogs.Find(active.Id) is not { } dialog)
        {
            return ClearUnknown(active.Id);
        }

        try
        {
            return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
        }
        catch (DialogStateException exception)
        {
            DialogLog.MalformedDialogState(_logger, exception, active.Id);
            Clear();
            return DialogTurnResult.Empty;
        }
    }

    /// <summary>Ends the innermost dialog with <paramref name="result"/> and resumes its parent with it.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(DialogResult? result, CancellationToken cancellationToken)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        if (ActiveDialog is not { } parent)
        {
            return new DialogTurnResult { Status = DialogTurnStatus.Complete, Result = result };
        }

        if (Dialogs.Find(parent.Id) is not { } dialog)
        {
            return ClearUnknown(parent.Id);
        }

        return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the innermost dialog without a result.</summary>
    public Task<DialogTurnResult> EndDialogAsync(CancellationToken cancellationToken) => EndDialogAsync(null, cancellationToken);

    /// <summary>Ends the innermost dialog and begins <paramref name="dialogId"/> in its place (loops, restarts).</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, DialogOptions? options, CancellationToken cancellationToken)
    {
        var dialog = FindOrThrow(dialogId);
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        Push(new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends every dialog on the stack; <see cref="DialogTurnStatus.Cancelled"/>, or Empty when there were none.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken)
    {
        if (_stack.Count == 0)
        {
            return DialogTurnResult.Empty;
        }

        while (_stack.Count > 0)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult { Status = DialogTurnStatus.Cancelled };
    }

    /// <summary>
    /// The innermost dialog's state read as <typeparamref name="T"/>, or default when it has none; throws
    /// <see cref="DialogStateException"/> when it does not read as <typeparamref name="T"/>.
    /// </summary>
    public T? GetActiveState<T>(JsonTypeInfo<T> typeInfo) => GetStateAt(_stack.Count - 1, typeInfo);

    /// <summary>Replaces the innermost dialog's state.</summary>
    public void SetActiveState<T>(T value, JsonTypeInfo<T> typeInfo) => SetStateAt(_stack.Count - 1, value, typeInfo);

    internal T? GetStateAt<T>(int index, JsonTypeInfo<T> typeInfo)
    {
        var instance = InstanceAt(index);
        if (instance.Content?.Value is T typed)
        {
            return typed;
        }

        if (instance.State is not { } element)
        {
            return default;
        }

        try
        {
            return element.Deserialize(typeInfo);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new DialogStateException($"The state of dialog '{instance.Id}' does not read as {typeof(T).Name}.", exception);
        }
    }

    internal void SetStateAt<T>(int index, T value, JsonTypeInfo<T> typeInfo)
    {
        var instance = InstanceAt(index);
        _stack[index] = instance with { State = JsonSerializer.SerializeToElement(value, typeInfo) };
        _save(_stack);
    }

    /// <summary>Replaces the innermost dialog's state with an immutable value of the built-in dialogs (see <see cref="SetImmutableStateAt"/>).</summary>
    internal void SetImmutableActiveState<T>(T value, JsonTypeInfo<T> typeInfo)
        where T : notnull => SetImmutableStateAt(_stack.Count - 1, value, typeInfo);

    /// <summary>
    /// Replaces a dialog's state with an immutable value of the built-in dialogs, kept typed: no JSON until the stack
    /// is saved, none at all when it is read back.
    /// </summary>
    internal void SetImmutableStateAt<T>(int index, T value, JsonTypeInfo<T> typeInfo)
        where T : notnull
    {
        var instance = InstanceAt(index);
        _stack[index] = instance with { Content = new DialogStateValue<T>(value, typeInfo) };
        _save(_stack);
    }

    private DialogInstance InstanceAt(int index) =>
        index >= 0 && index < _stack.Count ? _stack[index] : throw new InvalidOperationException("No dialog is active.");

    private Dialog FindOrThrow(string dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        return Dialogs.Find(dialogId) ?? throw new ArgumentException($"No dialog '{dialogId}' in the dialog set.", nameof(dialogId));
    }

    private void Push(DialogInstance instance)
    {
        _stack.Add(instance);
        _save(_stack);
    }

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return;
        }

        _stack.RemoveAt(_stack.Count - 1);
        _save(_stack);
        if (Dialogs.Find(active.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, active, reason, cancellationToken).ConfigureAwait(false);
        }
    }

    private DialogTurnResult ClearUnknown(string dialogId)
    {
        DialogLog.UnknownDialog(_logger, dialogId);
        Clear();
        return DialogTurnResult.Empty;
    }

    private void Clear()
    {
        _stack.Clear();
        _save(_stack);
    }
}
