using SupportBot.Core.Conversations;
using SupportBot.Core.Dialogs;

namespace SupportBot.Benchmarks;

/// <summary>A small waterfall bot: asks a name (text prompt), confirms it (confirm prompt), thanks, starts over.</summary>
internal sealed class EngineBenchBot : IBot
{
    /// <summary>What each conversation's user says, in a loop: one waterfall round per three turns.</summary>
    public static readonly string[] Script = ["привет", "Аня", "да"];

    private readonly DialogSet _dialogs = new DialogSet()
        .Add(new TextPrompt("name"))
        .Add(new ConfirmPrompt("confirm"))
        .Add(new WaterfallDialog<EngineBenchState>("intro", EngineBenchJsonContext.Default.EngineBenchState, _ => new EngineBenchState(), AskNameAsync, ConfirmAsync, ThankAsync));

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dialogs = await _dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var result = await dialogs.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
        {
            await dialogs.BeginDialogAsync("intro", cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task<DialogTurnResult> AskNameAsync(WaterfallStepContext<EngineBenchState> step, CancellationToken cancellationToken) =>
        step.PromptAsync("name", new PromptOptions { Prompt = "Как вас зовут?" }, cancellationToken);

    private static Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext<EngineBenchState> step, CancellationToken cancellationToken)
    {
        step.State = step.State with { Name = step.GetResult<string>() };
        return step.PromptAsync("confirm", new PromptOptions { Prompt = $"Вас зовут {step.State.Name}?" }, cancellationToken);
    }

    private static async Task<DialogTurnResult> ThankAsync(WaterfallStepContext<EngineBenchState> step, CancellationToken cancellationToken)
    {
        await step.Context.SendTextAsync(step.GetResult<bool>() ? $"Спасибо, {step.State.Name}!" : "Жаль.", cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
