using SupportBot.Core.Conversations;
using SupportBot.Core.Conversations.Testing;
using SupportBot.Core.Dialogs;
using SupportBot.Core.Tests.Conversations;

namespace SupportBot.Core.Tests.Dialogs;

public sealed class TextPromptTests
{
    private static readonly PromptOptions Question = new() { Prompt = "Опишите проблему.", RetryPrompt = "Напишите хотя бы пару слов.", MaxAttempts = 2 };

    [Theory]
    [InlineData("Не печатает принтер", "Не печатает принтер")]
    [InlineData("  пробелы по краям  ", "пробелы по краям")]
    [InlineData("🙂🖨️", "🙂🖨️")]
    [InlineData("<script>alert(1)</script>", "<script>alert(1)</script>")]
    [InlineData("Robert'); DROP TABLE transcript;--", "Robert'); DROP TABLE transcript;--")]
    public async Task ContinueDialog_AnyText_IsTheAnswer(string answer, string expected)
    {
        using var temp = new TempStore();
        await new TestFlow(temp.CreateAdapter(), new PromptBot<string>(new TextPrompt("text"), Question))
            .Send("начать").AssertReply("Опишите проблему.")
            .Send(answer).AssertReply("ok: " + expected)
            .StartTestAsync();
    }

    [Fact]
    public async Task ContinueDialog_HugeText_IsKeptWhole()
    {
        using var temp = new TempStore();
        var huge = string.Concat(Enumerable.Repeat("очень длинное описание проблемы ", 4000));
        await new TestFlow(temp.CreateAdapter(), new PromptBot<string>(new TextPrompt("text"), Question))
            .Send("начать").AssertReply("Опишите проблему.")
            .Send(huge).AssertReply("ok: " + huge.Trim())
            .StartTestAsync();
    }

    [Fact]
    public async Task ContinueDialog_WhiteSpaceOnly_RepromptsThenGivesUp()
    {
        using var temp = new TempStore();
        await new TestFlow(temp.CreateAdapter(), new PromptBot<string>(new TextPrompt("text"), Question))
            .Send("начать").AssertReply("Опишите проблему.")
            .Send("   ").AssertReply("Напишите хотя бы пару слов.")
            .Send("\t\n").AssertReply("gave up: 2")
            .StartTestAsync();
    }

    [Fact]
    public async Task ContinueDialog_NonMessageActivity_KeepsWaiting()
    {
        using var temp = new TempStore();
        var adapter = temp.CreateAdapter();
        var typing = adapter.MakeActivity("") with { Type = ActivityTypes.Typing, Text = null };
        await new TestFlow(adapter, new PromptBot<string>(new TextPrompt("text"), Question))
            .Send("начать").AssertReply("Опишите проблему.")
            .Send(typing).AssertNoReply()
            .Send("принтер").AssertReply("ok: принтер")
            .StartTestAsync();
    }

    [Fact]
    public async Task ContinueDialog_ValidatorWithEnglishRetry_RepromptsInEnglish()
    {
        using var temp = new TempStore();
        var prompt = new TextPrompt("text", (context, _) =>
        {
            context.RetryPrompt = "Please give at least three words.";
            return Task.FromResult(context.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3);
        });
        await new TestFlow(temp.CreateAdapter(locale: "en-GB"), new PromptBot<string>(prompt, new PromptOptions { Prompt = "Describe the problem." }))
            .Send("start").AssertReply("Describe the problem.")
            .Send("broken").AssertReply("Please give at least three words.")
            .Send("the printer jams").AssertReply("ok: the printer jams")
            .StartTestAsync();
    }
}
