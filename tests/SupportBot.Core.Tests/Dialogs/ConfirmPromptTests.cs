using SupportBot.Core.Conversations;
using SupportBot.Core.Conversations.Testing;
using SupportBot.Core.Dialogs;
using SupportBot.Core.Tests.Conversations;

namespace SupportBot.Core.Tests.Dialogs;

public sealed class ConfirmPromptTests
{
    private static readonly PromptOptions Question = new() { Prompt = "Перезагрузили?", RetryPrompt = "Ответьте да или нет." };

    [Theory]
    [InlineData("да", "True")]
    [InlineData("Да!", "True")]
    [InlineData("ага", "True")]
    [InlineData("конечно", "True")]
    [InlineData("да, конечно", "True")]
    [InlineData("lf", "True")]
    [InlineData("1", "True")]
    [InlineData("нет", "False")]
    [InlineData("неа", "False")]
    [InlineData("Нет, спасибо", "False")]
    [InlineData("ytn", "False")]
    [InlineData("2", "False")]
    [InlineData("yes", "True")]
    public async Task ContinueDialog_RussianAnswer_RecognizedByLocale(string answer, string expected)
    {
        using var temp = new TempStore();
        await new TestFlow(temp.CreateAdapter(locale: "ru-RU"), new PromptBot<bool>(new ConfirmPrompt("confirm"), Question))
            .Send("начать").AssertReply("Перезагрузили?").AssertSuggestedActions("Да", "Нет")
            .Send(answer).AssertReply("ok: " + expected)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("yes", "True")]
    [InlineData("Yep", "True")]
    [InlineData("sure", "True")]
    [InlineData("of course", "True")]
    [InlineData("нуы", "True")]
    [InlineData("no", "False")]
    [InlineData("nope", "False")]
    [InlineData("NAH", "False")]
    [InlineData("no, thanks", "False")]
    public async Task ContinueDialog_EnglishAnswer_RecognizedByLocale(string answer, string expected)
    {
        using var temp = new TempStore();
        var question = new PromptOptions { Prompt = "Did you restart it?" };
        await new TestFlow(temp.CreateAdapter(locale: "en-US"), new PromptBot<bool>(new ConfirmPrompt("confirm"), question))
            .Send("start").AssertReply("Did you restart it?").AssertSuggestedActions("Yes", "No")
            .Send(answer).AssertReply("ok: " + expected)
            .StartTestAsync();
    }

    [Fact]
    public async Task ContinueDialog_UnclearAnswers_RepromptsThenGivesUp()
    {
        using var temp = new TempStore();
        await new TestFlow(temp.CreateAdapter(), new PromptBot<bool>(new ConfirmPrompt("confirm"), Question))
            .Send("начать").AssertReply("Перезагрузили?")
            .Send("не знаю").AssertReply("Ответьте да или нет.").AssertSuggestedActions("Да", "Нет")
            .Send("🤷").AssertReply("Ответьте да или нет.")
            .Send("'; DROP TABLE bot_state; --").AssertReply("gave up: 3")
            .StartTestAsync();
    }

    [Fact]
    public async Task BeginDialog_ChannelWithoutButtons_ListsNumberedAnswers()
    {
        using var temp = new TempStore();
        var noButtons = new ChannelCapabilities { SupportsButtons = false };
        await new TestFlow(temp.CreateAdapter(capabilities: noButtons, locale: "en"), new PromptBot<bool>(new ConfirmPrompt("confirm"), new PromptOptions { Prompt = "Restarted?" }))
            .Send("start").AssertReply("Restarted?\n1. Yes\n2. No").AssertSuggestedActions()
            .Send("2").AssertReply("ok: False")
            .StartTestAsync();
    }

    [Fact]
    public async Task ContinueDialog_ValidatorRejects_UsesItsRetryPrompt()
    {
        using var temp = new TempStore();
        var prompt = new ConfirmPrompt("confirm", (context, _) =>
        {
            context.RetryPrompt = "Без перезагрузки не получится. Перезагрузите и ответьте ещё раз.";
            return Task.FromResult(context.Value);
        });
        await new TestFlow(temp.CreateAdapter(), new PromptBot<bool>(prompt, Question))
            .Send("начать").AssertReply("Перезагрузили?")
            .Send("нет").AssertReply("Без перезагрузки не получится. Перезагрузите и ответьте ещё раз.")
            .Send("да").AssertReply("ok: True")
            .StartTestAsync();
    }
}
