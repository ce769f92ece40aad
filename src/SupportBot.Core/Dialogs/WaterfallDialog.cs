using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SupportBot.Core.Conversations;

namespace SupportBot.Core.Dialogs;

/// <summary>
/// A fixed sequence of steps with typed state (<typeparamref name="TState"/>, a sealed record serialized by its
/// <see cref="JsonTypeInfo{T}"/>). Each step sees the previous step's result: a prompt's answer, a child dialog's
/// result, or the user's text when the previous step simply waited. Past the last step the dialog ends with the
/// last result.
/// </summary>
public sealed class WaterfallDialog<TState> : Dialog
{
    private readonly JsonTypeInfo<TState> _stateType;
    private readonly Func<DialogOptions?, TState> _createState;
    private readonly WaterfallStep<TState>[] _steps;

    /// <summary>A waterfall <paramref name="id"/> whose state starts as <paramref name="createState"/> says.</summary>
    public WaterfallDialog(string id, JsonTypeInfo<TState> stateType, Func<DialogOptions?, TState> createState, params IReadOnlyList<WaterfallStep<TState>> steps)
        : base(id)
    {
        _stateType = stateType ?? throw new ArgumentNullException(nameof(stateType));
        _createState = createState ?? throw new ArgumentNullException(nameof(createState));
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Count == 0 || steps.Any(s => s is null))
        {
            throw new ArgumentException("A waterfall needs at least one step, and no null steps.", nameof(steps));
        }

        _steps = [.. steps];
    }

    /// <summary>How many steps the waterfall has.</summary>
    public int StepCount => _steps.Length;

    /// <inheritdoc />
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dialogContext, DialogOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        return RunStepAsync(dialogContext, 0, _createState(options), DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dialogContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        if (dialogContext.Context.Activity.Type != ActivityTypes.Message)
        {
            return Task.FromResult(DialogTurnResult.Waiting);
        }

        var (step, state) = Read(dialogContext);
        var text = DialogResult.Of(dialogContext.Context.Activity.Text ?? "");
        return RunStepAsync(dialogContext, step + 1, state, DialogReason.ContinueCalled, text, cancellationToken);
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dialogContext, DialogReason reason, DialogResult? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        var (step, state) = Read(dialogContext);
        return RunStepAsync(dialogContext, step + 1, state, reason, result, cancellationToken);
    }

    internal Task<DialogTurnResult> RunStepAsync(DialogContext dialogContext, int index, TState state, DialogReason reason, DialogResult? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Length)
        {
            return dialogContext.EndDialogAsync(result, cancellationToken);
        }

        var stackIndex = dialogContext.Stack.Count - 1;
        Save(dialogContext, stackIndex, index, state);
        var step = new WaterfallStepContext<TState>(this, dialogContext, stackIndex, index, state, reason, result);
        return _steps[index](step, cancellationToken);
    }

    internal void Save(DialogContext dialogContext, int stackIndex, int step, TState state) =>
        dialogContext.SetImmutableStateAt(
            stackIndex,
            new WaterfallEnvelope { Step = step, Values = JsonSerializer.SerializeToElement(state, _stateType) },
            DialogJsonContext.Readable.WaterfallEnvelope);

    private (int Step, TState State) Read(DialogContext dialogContext)
    {
        var envelope = dialogContext.GetActiveState(DialogJsonContext.Readable.WaterfallEnvelope)
            ?? throw new DialogStateException($"Waterfall '{Id}' has no stored state.");
        if (envelope.Step < 0 || envelope.Step >= _steps.Length)
        {
            throw new DialogStateException($"Waterfall '{Id}' has no step {envelope.Step}.");
        }

        try
        {
            var state = envelope.Values.Deserialize(_stateType);
            return state is null
                ? throw new DialogStateException($"Waterfall '{Id}' has empty state.")
                : (envelope.Step, state);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new DialogStateException($"The state of waterfall '{Id}' does not read as {typeof(TState).Name}.", exception);
        }
    }
}
