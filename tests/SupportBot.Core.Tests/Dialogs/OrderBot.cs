using System.Globalization;
using Microsoft.Extensions.Logging;
using SupportBot.Core.Conversations;
using SupportBot.Core.Dialogs;
using SupportBot.Core.Tests.Conversations;

namespace SupportBot.Core.Tests.Dialogs;

/// <summary>
/// A small real bot: choose an item, say how many, confirm; "отмена" cancels, "нет" at the end starts over
/// (replace). Built fresh per test, so a new instance over the same file is a process restart.
/// </summary>
internal sealed class OrderBot : IBot
{
    public static readonly Choice[] Items =
    [
        new() { Value = "paper", Title = "Бумага", Synonyms = ["paper", "листы"] },
        new() { Value = "cartridge", Title = "Картридж", Synonyms = ["cartridge", "тонер"] },
        new() { Value = "mouse", Title = "Мышь", Synonyms = ["mouse"] },
    ];

    private readonly DialogSet _dialogs;

    public OrderBot(ILogger<DialogSet>? logger = null)
    {
        _dialogs = new DialogSet(logger: logger)
            .Add(new ChoicePrompt("item"))
            .Add(new NumberPrompt("quantity", (prompt, _) =>
            {
                prompt.RetryPrompt = prompt.Value <= 0 ? "Нужно хотя бы одну штуку." : null;
                return Task.FromResult(prompt.Value > 0);
            }))
            .Add(new ConfirmPrompt("confirm"))
            .Add(new WaterfallDialog<OrderState>("order", TestJsonContext.Default.OrderState, _ => new OrderState(), AskItemAsync, AskQuantityAsync, ConfirmAsync, FinishAsync));
    }

    public DialogTurnResult? LastResult { get; private set; }

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dialogs = await _dialogs.CreateContextAsync(turnContext, cancellationToken);
        if (turnContext.Activity.Text == "отмена")
        {
            LastResult = await dialogs.CancelAllDialogsAsync(cancellationToken);
            await turnContext.SendTextAsync("Заказ отменён.", cancellationToken);
            return;
        }

        LastResult = await dialogs.ContinueDialogAsync(cancellationToken);
        if (LastResult.Status == DialogTurnStatus.Empty)
        {
            LastResult = await dialogs.BeginDialogAsync("order", cancellationToken);
        }
    }

    private static Task<DialogTurnResult> AskItemAsync(WaterfallStepContext<OrderState> step, CancellationToken cancellationToken) =>
        step.PromptAsync("item", new PromptOptions { Prompt = "Что заказать?", RetryPrompt = "Выберите из списка.", Choices = Items }, cancellationToken);

    private static async Task<DialogTurnResult> AskQuantityAsync(WaterfallStepContext<OrderState> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        step.State = step.State with { Item = step.GetResult<FoundChoice>().Value };
        return await step.PromptAsync("quantity", new PromptOptions { Prompt = "Сколько?", RetryPrompt = "Напишите число." }, cancellationToken);
    }

    private static async Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext<OrderState> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        step.State = step.State with { Quantity = step.GetResult<decimal>() };
        return await step.PromptAsync("confirm", new PromptOptions { Prompt = $"{Describe(step.State)}, верно?" }, cancellationToken);
    }

    private static async Task<DialogTurnResult> FinishAsync(WaterfallStepContext<OrderState> step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        if (!step.GetResult<bool>())
        {
            await step.Context.SendTextAsync("Начнём сначала.", cancellationToken);
            return await step.ReplaceDialogAsync("order", null, cancellationToken);
        }

        await step.Context.SendTextAsync($"Заказ принят: {Describe(step.State)}.", cancellationToken);
        return await step.EndDialogAsync(DialogResult.Of(step.State), cancellationToken);
    }

    private static async Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext<OrderState> step, CancellationToken cancellationToken)
    {
        await step.Context.SendTextAsync("Не получилось, давайте позже.", cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static string Describe(OrderState state) =>
        $"{state.Quantity.ToString(CultureInfo.InvariantCulture)} × {state.Item}";
}
