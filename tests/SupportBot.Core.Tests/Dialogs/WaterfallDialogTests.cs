using Microsoft.Extensions.Logging;
using SupportBot.Core.Conversations.Testing;
using SupportBot.Core.Dialogs;
using SupportBot.Core.Tests.Conversations;

namespace SupportBot.Core.Tests.Dialogs;

public sealed class WaterfallDialogTests
{
    [Fact]
    public async Task ContinueDialog_StepsInOrder_CarryTypedStateToTheEnd()
    {
        using var temp = new TempStore();
        var bot = new OrderBot();
        await new TestFlow(temp.CreateAdapter(), bot)
            .Send("привет").AssertReply("Что заказать?").AssertSuggestedActions("Бумага", "Картридж", "Мышь")
            .Send("тонер").AssertReply("Сколько?")
            .Send("0").AssertReply("Нужно хотя бы одну штуку.")
            .Send("2,5").AssertReply("2.5 × cartridge, верно?").AssertSuggestedActions("Да", "Нет")
            .Send("ага").AssertReply("Заказ принят: 2.5 × cartridge.")
            .AssertNoReply()
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, bot.LastResult?.Status);
        var order = Assert.IsType<DialogResult<OrderState>>(bot.LastResult?.Result).Value;
        Assert.Equal(new OrderState { Item = "cartridge", Quantity = 2.5m }, order);
    }

    [Fact]
    public async Task ContinueDialog_AfterRestart_GoesOnFromTheStoredStep()
    {
        using var temp = new TempStore();
        await new TestFlow(temp.CreateAdapter(), new OrderBot())
            .Send("привет").AssertReply("Что заказать?")
            .Send("1").AssertReply("Сколько?")
            .StartTestAsync();

        // A new store over the same file and a new bot: what a process restart leaves.
        await new TestFlow(temp.CreateAdapter(temp.Open()), new OrderBot())
            .Send("3").AssertReply("3 × paper, верно?")
            .Send("да").AssertReply("Заказ принят: 3 × paper.")
            .StartTestAsync();
    }

    [Fact]
    public async Task CancelAllDialogs_MidDialog_EndsItAndTheNextMessageStartsOver()
    {
        using var temp = new TempStore();
        var bot = new OrderBot();
        await new TestFlow(temp.CreateAdapter(), bot)
            .Send("привет").AssertReply("Что заказать?")
            .Send("Мышь").AssertReply("Сколько?")
            .Send("отмена").AssertReply("Заказ отменён.")
            .Do(_ =>
            {
                Assert.Equal(DialogTurnStatus.Cancelled, bot.LastResult?.Status);
                return Task.CompletedTask;
            })
            .Send("5").AssertReply("Что заказать?")
            .StartTestAsync();
    }

    [Fact]
    public async Task CancelAllDialogs_EmptyStack_IsEmpty()
    {
        using var temp = new TempStore();
        var bot = new OrderBot();
        await new TestFlow(temp.CreateAdapter(), bot).Send("отмена").AssertReply("Заказ отменён.").StartTestAsync();
        Assert.Equal(DialogTurnStatus.Empty, bot.LastResult?.Status);
    }

    [Fact]
    public async Task ReplaceDialog_UserSaysNo_RestartsWithFreshState()
    {
        using var temp = new TempStore();
        await new TestFlow(temp.CreateAdapter(), new OrderBot())
            .Send("привет").AssertReply("Что заказать?")
            .Send("бумага").AssertReply("Сколько?")
            .Send("10").AssertReply("10 × paper, верно?")
            .Send("нет").AssertReply("Начнём сначала.").AssertReply("Что заказать?")
            .Send("мышь").AssertReply("Сколько?")
            .Send("1").AssertReply("1 × mouse, верно?")
            .StartTestAsync();
    }

    [Fact]
    public async Task ContinueDialog_PromptGivesUp_WaterfallSeesItAndEnds()
    {
        using var temp = new TempStore();
        await new TestFlow(temp.CreateAdapter(), new OrderBot())
            .Send("привет").AssertReply("Что заказать?")
            .Send("стол").AssertReply("Выберите из списка.")
            .Send("стул").AssertReply("Выберите из списка.")
            .Send("лампа").AssertReply("Не получилось, давайте позже.")
            .Send("снова").AssertReply("Что заказать?")
            .StartTestAsync();
    }

    [Fact]
    public async Task StoredStack_KeepsNoTypeNames()
    {
        using var temp = new TempStore();
        await new TestFlow(temp.CreateAdapter(), new OrderBot())
            .Send("привет").AssertReply("Что заказать?")
            .Send("мышь").AssertReply("Сколько?")
            .StartTestAsync();

        var json = RawState.Read(temp.FilePath, "dialogState");
        Assert.NotNull(json);
        Assert.Contains("\"id\":\"order\"", json, StringComparison.Ordinal);
        Assert.Contains("\"item\":\"mouse\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
        Assert.DoesNotContain("SupportBot", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"stack\":[{\"id\":\"retired-dialog\"}]}", "unknown dialog retired-dialog")]
    [InlineData("{\"stack\":[{\"id\":\"order\",\"state\":{\"step\":1,\"values\":{\"quantity\":\"lots\"}}}]}", "dialog order is unreadable")]
    [InlineData("{\"stack\":[{\"id\":\"order\",\"state\":{\"step\":17,\"values\":{}}}]}", "dialog order is unreadable")]
    [InlineData("{\"stack\":[{\"id\":\"order\",\"state\":[1,2,3]}]}", "dialog order is unreadable")]
    [InlineData("{\"stack\":[{\"id\":\"order\"},{\"id\":\"quantity\",\"state\":{\"options\":null}}]}", "dialog quantity is unreadable")]
    [InlineData("{\"stack\":[{\"id\":\"order\"},{\"id\":\"quantity\",\"state\":{\"options\":null,\"failedAttempts\":0}}]}", "dialog quantity is unreadable")]
    [InlineData("{\"stack\":[{\"id\":null}]}", "malformed")]
    [InlineData("{\"stack\":[null]}", "malformed")]
    [InlineData("{\"stack\":null}", "malformed")]
    [InlineData("not json at all {", "dialogState")]
    [InlineData("{\"stack\":42}", "dialogState")]
    public async Task ContinueDialog_DamagedStoredStack_ClearsItLogsAndStartsOver(string damaged, string logged)
    {
        using var temp = new TempStore();
        await new TestFlow(temp.CreateAdapter(), new OrderBot())
            .Send("привет").AssertReply("Что заказать?")
            .StartTestAsync();
        RawState.Overwrite(temp.FilePath, "dialogState", damaged);

        // Damage happens behind the store's back, so it shows after a restart (a running store keeps what it wrote).
        var logger = new ListLogger<DialogSet>();
        var stateLogger = new ListLogger<Core.Conversations.AutoSaveStateMiddleware>();
        var adapter = new TestAdapter();
        adapter.Use(new Core.Conversations.AutoSaveStateMiddleware(temp.Open(), stateLogger));
        await new TestFlow(adapter, new OrderBot(logger))
            .Send("мышь").AssertReply("Что заказать?")
            .Send("мышь").AssertReply("Сколько?")
            .StartTestAsync();

        var warnings = logger.Entries.Concat(stateLogger.Entries).Where(e => e.Level == LogLevel.Warning).Select(e => e.Message).ToList();
        Assert.Contains(warnings, m => m.Contains(logged, StringComparison.Ordinal));
        Assert.Contains("\"item\":\"mouse\"", RawState.Read(temp.FilePath, "dialogState"), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoSteps_Throws()
    {
        Assert.Throws<ArgumentException>(() => new WaterfallDialog<EmptyState>("w", TestJsonContext.Default.EmptyState, _ => new EmptyState()));
    }

    [Fact]
    public void Add_DuplicateId_Throws()
    {
        var set = new DialogSet().Add(new TextPrompt("same"));
        var error = Assert.Throws<ArgumentException>(() => set.Add(new ConfirmPrompt("same")));
        Assert.Contains("'same'", error.Message, StringComparison.Ordinal);
    }
}
