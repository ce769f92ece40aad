using SupportBot.Core.Conversations;
using SupportBot.Core.Conversations.Testing;
using SupportBot.Core.Dialogs;
using SupportBot.Core.Tests.Conversations;

namespace SupportBot.Core.Tests.Dialogs;

public sealed class NestedDialogTests
{
    /// <summary>"main" begins the child "ask-count" (a waterfall around a number prompt) and reads its typed result.</summary>
    private static DelegateBot NestedBot(Func<WaterfallStepContext<EmptyState>, string> report)
    {
        var dialogs = new DialogSet()
            .Add(new NumberPrompt("number", integersOnly: true))
            .Add(new WaterfallDialog<OrderState>(
                "ask-count",
                TestJsonContext.Default.OrderState,
                _ => new OrderState { Item = "child" },
                (step, ct) => step.PromptAsync("number", new PromptOptions { Prompt = "How many?", Locale = "en" }, ct),
                (step, ct) => step.EndDialogAsync(DialogResult.Of((int)step.GetResult<decimal>() * 10), ct)))
            .Add(new WaterfallDialog<EmptyState>(
                "main",
                TestJsonContext.Default.EmptyState,
                _ => new EmptyState(),
                (step, ct) => step.BeginDialogAsync("ask-count", null, ct),
                async (step, ct) =>
                {
                    await step.Context.SendTextAsync(report(step), ct);
                    return await step.EndDialogAsync(null, ct);
                }));
        return new DelegateBot(async (turn, ct) =>
        {
            var context = await dialogs.CreateContextAsync(turn, ct);
            if ((await context.ContinueDialogAsync(ct)).Status == DialogTurnStatus.Empty)
            {
                await context.BeginDialogAsync("main", ct);
            }
        });
    }

    [Fact]
    public async Task ResumeDialog_ChildEndsWithTypedResult_ParentStepReadsIt()
    {
        using var temp = new TempStore();
        await new TestFlow(temp.CreateAdapter(), NestedBot(step => $"child said {step.GetResult<int>()}"))
            .Send("go").AssertReply("How many?")
            .Send("4").AssertReply("child said 40")
            .Send("again").AssertReply("How many?")
            .StartTestAsync();
    }

    [Fact]
    public async Task GetResult_WrongType_ThrowsNamingBothTypes()
    {
        using var temp = new TempStore();
        var adapter = temp.CreateAdapter();
        var bot = NestedBot(step => step.GetResult<string>());
        await adapter.SendTextToBotAsync("go", bot, CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => adapter.SendTextToBotAsync("4", bot, CancellationToken.None));
        Assert.Equal("Step 1 of 'main' expected a String result but got Int32.", error.Message);
    }

    [Fact]
    public async Task ContinueDialog_ChildOnTopAfterRestart_StackIsRestoredWhole()
    {
        using var temp = new TempStore();
        await new TestFlow(temp.CreateAdapter(), NestedBot(step => $"child said {step.GetResult<int>()}"))
            .Send("go").AssertReply("How many?")
            .Send("two").AssertReply("How many?")
            .StartTestAsync();

        await new TestFlow(temp.CreateAdapter(temp.Open()), NestedBot(step => $"child said {step.GetResult<int>()}"))
            .Send("2").AssertReply("child said 20")
            .StartTestAsync();
    }
}
