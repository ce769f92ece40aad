using System.Globalization;
using SupportBot.Core.Conversations.Testing;
using SupportBot.Core.Dialogs;
using SupportBot.Core.Tests.Conversations;

namespace SupportBot.Core.Tests.Dialogs;

public sealed class NumberPromptTests
{
    private static PromptBot<decimal> Bot(NumberPrompt prompt, string retry = "Напишите число.") =>
        new(prompt, new PromptOptions { Prompt = "Сколько?", RetryPrompt = retry }, value => value.ToString(CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("ru-RU", "3", "3")]
    [InlineData("ru-RU", "3,5", "3.5")]
    [InlineData("ru-RU", "3.5", "3.5")]
    [InlineData("ru-RU", "-2", "-2")]
    [InlineData("ru-RU", "1 000", "1000")]
    [InlineData("ru-RU", "1 234,75", "1234.75")]
    [InlineData("ru-RU", "1.000.000", "1000000")]
    [InlineData("ru-RU", "примерно 20 минут", "20")]
    [InlineData("ru-RU", "3,500", "3.5")]
    [InlineData("en-US", "3.5", "3.5")]
    [InlineData("en-US", "1,000", "1000")]
    [InlineData("en-US", "3,500", "3500")]
    [InlineData("en-US", "1,234.5", "1234.5")]
    [InlineData("en-US", "3,5", "3.5")]
    [InlineData("en-US", "about 42 pages", "42")]
    public async Task ContinueDialog_NumberAsTypedInLocale_IsRecognized(string locale, string answer, string expected)
    {
        using var temp = new TempStore();
        await new TestFlow(temp.CreateAdapter(locale: locale), Bot(new NumberPrompt("number")))
            .Send("начать").AssertReply("Сколько?")
            .Send(answer).AssertReply("ok: " + expected)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("много")]
    [InlineData("от 2 до 3")]
    [InlineData("1.2.3")]
    [InlineData("99999999999999999999999999999999999")]
    [InlineData("٣")]
    public async Task ContinueDialog_NotOneNumber_Reprompts(string answer)
    {
        using var temp = new TempStore();
        await new TestFlow(temp.CreateAdapter(), Bot(new NumberPrompt("number")))
            .Send("начать").AssertReply("Сколько?")
            .Send(answer).AssertReply("Напишите число.")
            .Send("7").AssertReply("ok: 7")
            .StartTestAsync();
    }

    [Fact]
    public async Task ContinueDialog_IntegersOnlyGetsAFraction_Reprompts()
    {
        using var temp = new TempStore();
        await new TestFlow(temp.CreateAdapter(locale: "en"), Bot(new NumberPrompt("number", integersOnly: true), "A whole number, please."))
            .Send("start").AssertReply("Сколько?")
            .Send("2.5").AssertReply("A whole number, please.")
            .Send("2").AssertReply("ok: 2")
            .StartTestAsync();
    }

    [Fact]
    public async Task ContinueDialog_ValidatorRejectsOutOfRange_RepromptsThenGivesUp()
    {
        using var temp = new TempStore();
        var prompt = new NumberPrompt("number", (context, _) =>
        {
            context.RetryPrompt = $"{context.Value.ToString(CultureInfo.InvariantCulture)} — слишком много, не больше 10 (попытка {context.Attempt}).";
            return Task.FromResult(context.Value <= 10);
        });
        await new TestFlow(temp.CreateAdapter(), Bot(prompt))
            .Send("начать").AssertReply("Сколько?")
            .Send("11").AssertReply("11 — слишком много, не больше 10 (попытка 1).")
            .Send("нисколько").AssertReply("Напишите число.")
            .Send("500").AssertReply("gave up: 3")
            .StartTestAsync();
    }
}
