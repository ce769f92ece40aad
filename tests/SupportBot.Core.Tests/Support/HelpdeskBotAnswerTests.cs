using SupportBot.Core.Conversations;
using SupportBot.Core.Support;

namespace SupportBot.Core.Tests.Support;

/// <summary>Scripted conversations: greeting, answers, guided steps, "did this help?", disambiguation, clarification.</summary>
public sealed class HelpdeskBotAnswerTests
{
    [Fact]
    public async Task Greeting_Russian_GreetsWithTheMenu()
    {
        using var harness = new HelpdeskHarness();
        await harness.Flow()
            .Send("привет")
            .AssertReplyContains("Здравствуйте")
            .AssertSuggestedActions("Забыл пароль", "Не работает VPN", "Проблема с почтой", "Не печатает принтер", "Позвать оператора")
            .StartTestAsync();
    }

    [Fact]
    public async Task ConversationUpdate_UserJoins_GreetsInTheLocaleLanguage()
    {
        using var harness = new HelpdeskHarness();
        var adapter = harness.CreateAdapter(locale: "en-US");
        var joined = adapter.MakeActivity("") with { Type = ActivityTypes.ConversationUpdate, Text = null, MembersAdded = [adapter.Reference.User!] };
        await new SupportBot.Core.Conversations.Testing.TestFlow(adapter, harness.Bot)
            .Send(joined)
            .AssertReplyContains("Hello")
            .StartTestAsync();
    }

    [Fact]
    public async Task GuidedSteps_Russian_WalksStepByStepUntilHelped()
    {
        using var harness = new HelpdeskHarness();
        await harness.Flow()
            .Send("не работает впн, не подключается")
            .AssertReply(a => Assert.Contains("VPN", a.Text, StringComparison.OrdinalIgnoreCase), "the VPN article")
            .AssertReply(a => Assert.StartsWith("Шаг 1 из ", a.Text, StringComparison.Ordinal), "step 1")
            .AssertSuggestedActions("Помогло", "Следующий шаг", "Позвать оператора")
            .Send("Следующий шаг")
            .AssertReply(a => Assert.StartsWith("Шаг 2 из ", a.Text, StringComparison.Ordinal), "step 2")
            .Send("Помогло")
            .AssertReply("Отлично, рад, что получилось! Если понадобится что-то ещё — пишите.")
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task GuidedSteps_English_ButtonNumberOrSynonymWorks()
    {
        using var harness = new HelpdeskHarness();
        await harness.Flow(locale: "en-US")
            .Send("my printer says offline and nothing prints")
            .AssertReply(a => Assert.NotNull(a.Text), "the printer article")
            .AssertReply(a => Assert.StartsWith("Step 1 of ", a.Text, StringComparison.Ordinal), "step 1")
            .AssertSuggestedActions("Helped", "Next step", "Talk to a person")
            .Send("next")
            .AssertReply(a => Assert.StartsWith("Step 2 of ", a.Text, StringComparison.Ordinal), "step 2")
            .Send("1")
            .AssertReply("Great, glad it worked! Write any time you need something else.")
            .StartTestAsync();
    }

    [Fact]
    public async Task GuidedSteps_StateSurvivesARestart()
    {
        using var harness = new HelpdeskHarness();
        await harness.Flow()
            .Send("не работает впн")
            .AssertReply(a => Assert.NotNull(a.Text), "the answer")
            .AssertReply(a => Assert.StartsWith("Шаг 1 из ", a.Text, StringComparison.Ordinal), "step 1")
            .StartTestAsync();

        var restartedStore = harness.OpenStore();
        var restarted = new SupportBot.Core.Conversations.Testing.TestFlow(harness.CreateAdapter(store: restartedStore), harness.CreateBot(restartedStore));
        await restarted
            .Send("Следующий шаг")
            .AssertReply(a => Assert.StartsWith("Шаг 2 из ", a.Text, StringComparison.Ordinal), "step 2 after the restart")
            .StartTestAsync();
    }

    [Fact]
    public async Task NewProblemInsteadOfAButton_IsReadAsANewMessage()
    {
        using var harness = new HelpdeskHarness();
        await harness.Flow()
            .Send("не работает впн")
            .AssertReply(a => Assert.NotNull(a.Text), "the VPN answer")
            .AssertReply(a => Assert.StartsWith("Шаг 1", a.Text, StringComparison.Ordinal), "step 1")
            .Send("спасибо")
            .AssertReply("Пожалуйста! Обращайтесь, если что-то ещё понадобится.")
            .StartTestAsync();
    }

    [Fact]
    public async Task VagueMessage_GetsOneFocusedQuestion_ThenTheAnswer()
    {
        using var harness = new HelpdeskHarness();
        await harness.Flow()
            .Send("не работает")
            .AssertReply("Уточните, пожалуйста, что именно не работает?")
            .AssertSuggestedActions("Вход и пароль", "Интернет или Wi-Fi", "VPN", "Почта", "Принтер", "Программа", "Компьютер или оборудование")
            .Send("VPN")
            .AssertReply(a => Assert.Contains("VPN", a.Text, StringComparison.OrdinalIgnoreCase), "the VPN article, in Russian")
            .AssertReply(a => Assert.StartsWith("Шаг 1", a.Text, StringComparison.Ordinal), "step 1 in Russian")
            .StartTestAsync();
    }

    [Fact]
    public async Task Disambiguation_CloseCandidates_AsksDidYouMeanAndAnswersTheChoice()
    {
        using var harness = new HelpdeskHarness(new SupportBotOptions { DisambiguationScoreRatio = 0.01 });
        string? chosenTitle = null;
        await harness.Flow()
            .Send("письма не отправляются и не приходят в outlook")
            .AssertReply(a =>
            {
                Assert.Equal("Уточните, пожалуйста, что из этого ближе к вашей проблеме?", a.Text);
                var titles = a.SuggestedActions!.Actions.Select(x => x.Title).ToArray();
                Assert.InRange(titles.Length, 3, 4);
                Assert.Equal("Ничего из этого", titles[^1]);
                chosenTitle = titles[1];
            }, "did you mean")
            .StartTestAsync();

        await new SupportBot.Core.Conversations.Testing.TestFlow(harness.CreateAdapter(), harness.Bot)
            .Send(chosenTitle!)
            .AssertReply(a => Assert.Contains(chosenTitle!, a.Text, StringComparison.Ordinal), "the chosen article")
            .StartTestAsync();
    }

    [Fact]
    public async Task NoneOfThese_AsksToClarify()
    {
        using var harness = new HelpdeskHarness(new SupportBotOptions { DisambiguationScoreRatio = 0.01 });
        await harness.Flow()
            .Send("письма не отправляются и не приходят в outlook")
            .AssertReply(a => Assert.Equal("Уточните, пожалуйста, что из этого ближе к вашей проблеме?", a.Text), "did you mean")
            .Send("Ничего из этого")
            .AssertReply("Уточните, пожалуйста, что именно не работает?")
            .StartTestAsync();
    }

    [Fact]
    public async Task SmallTalk_ThanksGoodbyeCapabilities_InBothLanguages()
    {
        using var harness = new HelpdeskHarness();
        await harness.Flow()
            .Send("спасибо большое")
            .AssertReply("Пожалуйста! Обращайтесь, если что-то ещё понадобится.")
            .Send("что ты умеешь?")
            .AssertReplyContains("Я отвечаю на вопросы IT-поддержки")
            .Send("thanks a lot")
            .AssertReply("You're welcome! Write any time you need something else.")
            .Send("bye")
            .AssertReply("Goodbye! If the problem comes back, just write.")
            .StartTestAsync();
    }

    [Fact]
    public async Task OutOfScope_SaysSoAndOffersAPerson()
    {
        using var harness = new HelpdeskHarness();
        await harness.Flow()
            .Send("какой ноутбук купить для игр")
            .AssertReplyContains("С этим я, к сожалению, не помогу")
            .AssertSuggestedActions("Позвать оператора")
            .Send("what's the weather like in paris tomorrow")
            .AssertReplyContains("outside what I can help with")
            .AssertSuggestedActions("Talk to a person")
            .StartTestAsync();
    }

    [Fact]
    public async Task Frustration_EmpathizesAndOffersAPerson()
    {
        using var harness = new HelpdeskHarness();
        await harness.Flow()
            .Send("ДА СКОЛЬКО МОЖНО, ОПЯТЬ НИЧЕГО НЕ РАБОТАЕТ")
            .AssertReply(
                a =>
                {
                    Assert.StartsWith("Понимаю, это очень неприятно", a.Text, StringComparison.Ordinal);
                    Assert.Equal("Позвать оператора", a.SuggestedActions?.Actions[0].Title);
                },
                "empathy and the offer of a person")
            .StartTestAsync();
    }
}
