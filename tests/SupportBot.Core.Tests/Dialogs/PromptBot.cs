using SupportBot.Core.Conversations;
using SupportBot.Core.Dialogs;
using SupportBot.Core.Tests.Conversations;

namespace SupportBot.Core.Tests.Dialogs;

/// <summary>Runs one prompt and says what it got: "ok: value" or "gave up: attempts"; the next message asks again.</summary>
internal sealed class PromptBot<T> : IBot
{
    private readonly DialogSet _dialogs;
    private readonly string _promptId;
    private readonly PromptOptions _options;
    private readonly Func<T, string> _format;

    public PromptBot(Prompt<T> prompt, PromptOptions options, Func<T, string>? format = null)
    {
        _promptId = prompt.Id;
        _options = options;
        _format = format ?? (value => value?.ToString() ?? "null");
        _dialogs = new DialogSet()
            .Add(prompt)
            .Add(new WaterfallDialog<EmptyState>("ask", TestJsonContext.Default.EmptyState, _ => new EmptyState(), AskAsync, ReportAsync));
    }

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dialogs = await _dialogs.CreateContextAsync(turnContext, cancellationToken);
        var result = await dialogs.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            await dialogs.BeginDialogAsync("ask", cancellationToken);
        }
    }

    private Task<DialogTurnResult> AskAsync(WaterfallStepContext<EmptyState> step, CancellationToken cancellationToken) =>
        step.PromptAsync(_promptId, _options, cancellationToken);

    private async Task<DialogTurnResult> ReportAsync(WaterfallStepContext<EmptyState> step, CancellationToken cancellationToken)
    {
        var text = step.TryGetResult<T>(out var value)
            ? "ok: " + _format(value)
            : step.Result is PromptAttemptsExhausted exhausted ? $"gave up: {exhausted.Attempts}" : "no result";
        await step.Context.SendTextAsync(text, cancellationToken);
        return await step.EndDialogAsync(step.Result, cancellationToken);
    }
}
