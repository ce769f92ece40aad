using SupportBot.Core.Conversations;
using SupportBot.Core.Conversations.Testing;
using SupportBot.Core.Dialogs;
using SupportBot.Core.Tests.Conversations;

namespace SupportBot.Core.Tests.Dialogs;

public sealed class ChoicePromptTests
{
    private static readonly PromptOptions Question = new()
    {
        Prompt = "Что случилось?",
        RetryPrompt = "Выберите вариант из списка.",
        Choices =
        [
            new Choice { Value = "printer", Title = "Принтер", Synonyms = ["печать", "printer"] },
            new Choice { Value = "vpn", Title = "VPN" },
            new Choice { Value = "account", Title = "Учётная запись", Synonyms = ["аккаунт", "пароль"] },
        ],
    };

    private static PromptBot<FoundChoice> Bot(PromptValidator<FoundChoice>? validator = null) =>
        new(new ChoicePrompt("choice", validator), Question, found => $"{found.Value}#{found.Index}");

    [Theory]
    [InlineData("Принтер", "printer#0")]
    [InlineData("принтер", "printer#0")]
    [InlineData("  ПРИНТЕР!  ", "printer#0")]
    [InlineData("2", "vpn#1")]
    [InlineData("3.", "account#2")]
    [InlineData("vpn", "vpn#1")]
    [InlineData("мзт", "vpn#1")]
    [InlineData("учетная запись", "account#2")]
    [InlineData("Учётная Запись", "account#2")]
    [InlineData("пароль", "account#2")]
    [InlineData("printer", "printer#0")]
    public async Task ContinueDialog_TitleNumberOrSynonym_PicksTheChoice(string answer, string expected)
    {
        using var temp = new TempStore();
        await new TestFlow(temp.CreateAdapter(), Bot())
            .Send("начать").AssertReply("Что случилось?").AssertSuggestedActions("Принтер", "VPN", "Учётная запись")
            .Send(answer).AssertReply("ok: " + expected)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("")]
    [InlineData("сканер")]
    [InlineData("<b>Принтер</b>")]
    public async Task ContinueDialog_NoChoiceMatches_Reprompts(string answer)
    {
        using var temp = new TempStore();
        await new TestFlow(temp.CreateAdapter(), Bot())
            .Send("начать").AssertReply("Что случилось?")
            .Send(answer).AssertReply("Выберите вариант из списка.").AssertSuggestedActions("Принтер", "VPN", "Учётная запись")
            .Send("VPN").AssertReply("ok: vpn#1")
            .StartTestAsync();
    }

    [Fact]
    public async Task BeginDialog_ChannelWithoutButtons_RendersNumberedLinesAndAcceptsNumbers()
    {
        using var temp = new TempStore();
        var adapter = temp.CreateAdapter(capabilities: new ChannelCapabilities { SupportsButtons = false });
        await new TestFlow(adapter, Bot())
            .Send("начать").AssertReply("Что случилось?\n1. Принтер\n2. VPN\n3. Учётная запись").AssertSuggestedActions()
            .Send("5").AssertReply("Выберите вариант из списка.\n1. Принтер\n2. VPN\n3. Учётная запись")
            .Send("3").AssertReply("ok: account#2")
            .StartTestAsync();
    }

    [Fact]
    public async Task BeginDialog_MoreChoicesThanButtons_FallsBackToNumberedLines()
    {
        using var temp = new TempStore();
        var adapter = temp.CreateAdapter(capabilities: new ChannelCapabilities { MaxButtons = 2 });
        await new TestFlow(adapter, Bot())
            .Send("начать").AssertReply("Что случилось?\n1. Принтер\n2. VPN\n3. Учётная запись")
            .StartTestAsync();
    }

    [Fact]
    public async Task ContinueDialog_ValidatorRejectsAChoice_RepromptsUntilMaxAttempts()
    {
        using var temp = new TempStore();
        var bot = Bot((context, _) => Task.FromResult(context.Value.Value != "vpn"));
        await new TestFlow(temp.CreateAdapter(), bot)
            .Send("начать").AssertReply("Что случилось?")
            .Send("VPN").AssertReply("Выберите вариант из списка.")
            .Send("2").AssertReply("Выберите вариант из списка.")
            .Send("мзт").AssertReply("gave up: 3")
            .StartTestAsync();
    }

    [Fact]
    public async Task ContinueDialog_RestartBetweenRetries_KeepsTheAttemptCount()
    {
        using var temp = new TempStore();
        await new TestFlow(temp.CreateAdapter(), Bot())
            .Send("начать").AssertReply("Что случилось?")
            .Send("сканер").AssertReply("Выберите вариант из списка.")
            .StartTestAsync();

        await new TestFlow(temp.CreateAdapter(temp.Open()), Bot())
            .Send("факс").AssertReply("Выберите вариант из списка.").AssertSuggestedActions("Принтер", "VPN", "Учётная запись")
            .Send("телефон").AssertReply("gave up: 3")
            .StartTestAsync();
    }

    [Fact]
    public async Task BeginDialog_PromptState_CachedTypedAndStoredAsJson()
    {
        using var temp = new TempStore();
        await new TestFlow(temp.CreateAdapter(), Bot()).Send("начать").AssertReply("Что случилось?").StartTestAsync();
        var key = new StateKey { Scope = StateScope.Conversation, ChannelId = TestAdapter.ChannelId, OwnerId = "conversation1", Name = "dialogState" };

        var cached = await temp.Store.ReadStateAsync(key, CancellationToken.None);
        var prompt = Assert.IsType<DialogState>(cached?.Value).Stack[^1];
        Assert.IsType<PromptState>(prompt.Content?.Value);
        Assert.Contains("\"state\":{\"options\":{\"prompt\":\"Что случилось?\"", cached.Text(), StringComparison.Ordinal);
        Assert.Equal("Что случилось?", prompt.State?.GetProperty("options").GetProperty("prompt").GetString());

        var reread = await temp.Open().ReadStateAsync(key, CancellationToken.None);
        Assert.Null(reread?.Value);
        Assert.Equal(cached.Text(), reread.Text());
    }

    [Fact]
    public async Task BeginDialog_NoChoices_ThrowsClearError()
    {
        using var temp = new TempStore();
        var adapter = temp.CreateAdapter();
        var bot = new PromptBot<FoundChoice>(new ChoicePrompt("choice"), new PromptOptions { Prompt = "?" });
        var error = await Assert.ThrowsAsync<ArgumentException>(() => adapter.SendTextToBotAsync("начать", bot, CancellationToken.None));
        Assert.Contains("needs at least one choice", error.Message, StringComparison.Ordinal);
    }
}
