using SupportBot.Core.Conversations.Testing;

namespace SupportBot.Core.Tests.Support;

/// <summary>The Russian escalation as a script step: ask for a person, name the problem, skip until the contact question.</summary>
internal static class EscalationScript
{
    public static TestFlow UpToTheContactQuestion(this TestFlow flow, string problem) => flow
        .Send("/operator")
        .AssertReplyContains("Передаю вопрос специалисту")
        .AssertReply("Опишите проблему своими словами.")
        .Send(problem)
        .AssertReply("Что вы уже пробовали сделать?")
        .Send("-")
        .AssertReply(a => Assert.NotNull(a.Text), "the error question")
        .Send("-")
        .AssertReply(a => Assert.NotNull(a.Text), "the version question")
        .Send("-")
        .AssertReply("Как с вами связаться, если понадобится (телефон или почта)?");
}
