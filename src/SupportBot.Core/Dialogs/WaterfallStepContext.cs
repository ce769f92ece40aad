using System.Diagnostics.CodeAnalysis;
using SupportBot.Core.Conversations;

namespace SupportBot.Core.Dialogs;

/// <summary>What a waterfall step sees: the turn, its typed state, the previous result, and the ways on.</summary>
public sealed class WaterfallStepContext<TState>
{
    private readonly WaterfallDialog<TState> _waterfall;
    private readonly int _stackIndex;
    private TState _state;

    internal WaterfallStepContext(WaterfallDialog<TState> waterfall, DialogContext dialogContext, int stackIndex, int index, TState state, DialogReason reason, DialogResult? result)
    {
        _waterfall = waterfall;
        _stackIndex = stackIndex;
        _state = state;
        Dialogs = dialogContext;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>The dialog stack.</summary>
    public DialogContext Dialogs { get; }

    /// <summary>The turn.</summary>
    public ITurnContext Context => Dialogs.Context;

    /// <summary>The step's position, from 0.</summary>
    public int Index { get; }

    /// <summary>Why the step runs.</summary>
    public DialogReason Reason { get; }

    /// <summary>The previous step's result, or null (the first step, or a step skipped to without one).</summary>
    public DialogResult? Result { get; }

    /// <summary>True when the previous step's prompt gave up after its attempts.</summary>
    public bool PromptGaveUp => Result is PromptAttemptsExhausted;

    /// <summary>The waterfall's state; assigning it stores the new value at once (it is saved with the turn).</summary>
    public TState State
    {
        get => _state;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            _state = value;
            _waterfall.Save(Dialogs, _stackIndex, Index, value);
        }
    }

    /// <summary>The previous result as <typeparamref name="T"/>; throws when it is missing or of another type.</summary>
    public T GetResult<T>() => TryGetResult<T>(out var value)
        ? value
        : throw new InvalidOperationException(
            $"Step {Index} of '{_waterfall.Id}' expected a {typeof(T).Name} result but got {Describe(Result)}.");

    /// <summary>The previous result as <typeparamref name="T"/>, when it is one.</summary>
    public bool TryGetResult<T>([MaybeNullWhen(false)] out T value)
    {
        if (Result is DialogResult<T> typed)
        {
            value = typed.Value;
            return true;
        }

        value = default;
        return false;
    }

    private static string Describe(DialogResult? result) => result?.GetType() switch
    {
        null => "none",
        { IsGenericType: true } type => type.GetGenericArguments()[0].Name,
        var type => type.Name,
    };

    /// <summary>Runs the next step now, handing it <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(DialogResult? result, CancellationToken cancellationToken) =>
        _waterfall.RunStepAsync(Dialogs, Index + 1, _state, DialogReason.BeginCalled, result, cancellationToken);

    /// <summary>Begins a prompt; its answer is the next step's result.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken) =>
        Dialogs.PromptAsync(dialogId, options, cancellationToken);

    /// <summary>Begins a child dialog; its result is the next step's result.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, DialogOptions? options, CancellationToken cancellationToken) =>
        Dialogs.BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Ends the waterfall with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> EndDialogAsync(DialogResult? result, CancellationToken cancellationToken) =>
        Dialogs.EndDialogAsync(result, cancellationToken);

    /// <summary>Ends the waterfall and begins <paramref name="dialogId"/> in its place.</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, DialogOptions? options, CancellationToken cancellationToken) =>
        Dialogs.ReplaceDialogAsync(dialogId, options, cancellationToken);
}
