using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SupportBot.Core.Conversations;

namespace SupportBot.Core.Dialogs;

/// <summary>The dialogs a bot knows, by id, and the conversation-state property their stack is kept in.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private readonly StateProperty<DialogState> _stackProperty;
    private readonly ILogger _logger;

    /// <summary>
    /// A set whose stack lives in <paramref name="stackProperty"/> (by default the conversation property
    /// "dialogState").
    /// </summary>
    public DialogSet(StateProperty<DialogState>? stackProperty = null, ILogger<DialogSet>? logger = null)
    {
        _stackProperty = stackProperty ?? CreateStackProperty("dialogState");
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>A conversation-state property holding a dialog stack under <paramref name="name"/>.</summary>
    public static StateProperty<DialogState> CreateStackProperty(string name) =>
        ConversationState.CreateProperty(name, DialogJsonContext.Default.DialogState, immutableValues: true);

    /// <summary>Adds a dialog; ids are unique within the set.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already in the set.", nameof(dialog));
        }

        return this;
    }

    /// <summary>The dialog with <paramref name="dialogId"/>, or null.</summary>
    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    /// <summary>Loads the turn's dialog stack.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var state = await _stackProperty.GetAsync(turnContext, static () => new DialogState(), cancellationToken).ConfigureAwait(false);
        var stack = state.Stack;
        if (stack is null || stack.Any(instance => instance is null || string.IsNullOrEmpty(instance.Id)))
        {
            // JSON may hold nulls where the types say none; such a stack cannot be continued.
            DialogLog.MalformedDialogStack(_logger);
            stack = [];
            _stackProperty.SetLoaded(turnContext, new DialogState());
        }

        return new DialogContext(this, turnContext, stack, stack => _stackProperty.SetLoaded(turnContext, new DialogState { Stack = [.. stack] }), _logger);
    }
}
