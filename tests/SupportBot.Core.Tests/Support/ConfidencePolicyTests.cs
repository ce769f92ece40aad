using SupportBot.Core.Support;

namespace SupportBot.Core.Tests.Support;

/// <summary>The policy on the shipped model and knowledge base, for messages whose right handling is not in doubt.</summary>
public sealed class ConfidencePolicyTests
{
    private static readonly SupportBotOptions Options = new();
    private static readonly ConfidencePolicy Policy = new(Options);

    private static TurnDecision Decide(string text, PolicyContext? context = null) =>
        Policy.Decide(ShippedBot.Understander(Options).Understand(text, "en"), context ?? PolicyContext.Fresh);

    [Theory]
    [InlineData("не работает впн, пишет что сервер недоступен", "vpn")]
    [InlineData("забыл пароль от компьютера, как сбросить", "password_reset")]
    [InlineData("printer says offline and nothing prints", "printer")]
    [InlineData("outlook wont send emails, stuck in outbox", "email_problem")]
    public void Decide_ClearSupportProblem_AnswersWithAnArticleOfThatTopic(string text, string intent)
    {
        var decision = Decide(text);
        Assert.True(decision.Kind is DecisionKind.Answer or DecisionKind.Disambiguate, $"{text} → {decision.Kind} ({decision.Rule})");
        Assert.Contains(intent, decision.Articles[0].Article.Intents);
    }

    [Theory]
    [InlineData("позовите оператора")]
    [InlineData("I want to talk to a human")]
    [InlineData("/operator")]
    public void Decide_AskForAPerson_Escalates(string text)
    {
        var decision = Decide(text);
        Assert.Equal(DecisionKind.Escalate, decision.Kind);
        Assert.Equal("human_requested", decision.Rule);
    }

    [Theory]
    [InlineData("")]
    [InlineData("🙂🙂")]
    public void Decide_NothingToRead_AsksToRephrase(string text) => Assert.Equal(DecisionKind.AskToRephrase, Decide(text).Kind);

    [Theory]
    [InlineData("не работает")]
    [InlineData("help")]
    public void Decide_VagueMessage_ClarifiesFirstThenEscalates(string text)
    {
        Assert.Equal(DecisionKind.Clarify, Decide(text).Kind);
        var second = Decide(text, new PolicyContext(Clarifications: 1));
        Assert.Equal(DecisionKind.Escalate, second.Kind);
        Assert.Equal("low_confidence_after_clarification", second.Rule);
    }

    [Theory]
    [InlineData("какой ноутбук купить для игр")]
    [InlineData("what's the weather like in paris tomorrow")]
    public void Decide_OffTopic_IsOutOfScope(string text) => Assert.Equal(DecisionKind.OutOfScope, Decide(text).Kind);

    [Theory]
    [InlineData("привет", "greeting")]
    [InlineData("спасибо большое", "thanks")]
    [InlineData("what can you do", "bot_capabilities")]
    public void Decide_ConversationalMessage_IsSmallTalkWithItsIntent(string text, string intent)
    {
        var decision = Decide(text);
        Assert.Equal(DecisionKind.SmallTalk, decision.Kind);
        Assert.Equal(intent, decision.Intent);
    }

    [Fact]
    public void Decide_Shouting_Empathizes() => Assert.Equal(DecisionKind.Empathize, Decide("ДА СКОЛЬКО МОЖНО, ОПЯТЬ ВСЁ СЛОМАЛОСЬ").Kind);

    [Fact]
    public void Decide_TicketStatusQuestion_IsTicketStatus() => Assert.Equal(DecisionKind.TicketStatus, Decide("какой статус у моей заявки SB-000012").Kind);

    [Fact]
    public void Decide_ExplicitTicketRequest_Escalates() => Assert.Equal(DecisionKind.Escalate, Decide("создайте заявку пожалуйста").Kind);

    [Fact]
    public void TurnTrace_Of_RecordsTopIntentsArticlesAndRule()
    {
        var understanding = ShippedBot.Understander().Understand("не работает впн", "ru");
        var decision = Policy.Decide(understanding, PolicyContext.Fresh);
        var trace = TurnTrace.Of(understanding, decision);
        Assert.Equal(decision.Rule, trace.Rule);
        Assert.Equal("ru", trace.Language);
        Assert.InRange(trace.TopIntents.Count, 1, 3);
        Assert.Equal("vpn", trace.TopIntents[0].Intent);
        Assert.NotEmpty(trace.TopArticles);
    }

    [Fact]
    public void Options_Validate_RejectsOutOfRangeValues()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => (new SupportBotOptions { DisambiguationScoreRatio = 1.5 }).Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => (new SupportBotOptions { MaxMessageLength = 10 }).Validate());
        new SupportBotOptions().Validate();
    }
}
