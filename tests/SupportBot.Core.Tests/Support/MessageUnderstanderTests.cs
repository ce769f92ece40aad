using SupportBot.Core.Support;

namespace SupportBot.Core.Tests.Support;

/// <summary>The understand step on the shipped model and knowledge base: how much of a message it reads.</summary>
public sealed class MessageUnderstanderTests
{
    private static readonly SupportBotOptions ShortLimit = new() { MaxMessageLength = 100 };

    [Fact]
    public void Understand_MessageOverTheLimit_ReadsTheFirstPartAndSaysItWasCut()
    {
        var message = string.Concat(Enumerable.Repeat("не работает впн ", 20));

        var understanding = ShippedBot.Understander(ShortLimit).Understand(message, "ru");

        Assert.True(understanding.Signals.WasCut);
        Assert.Equal(message[..100], understanding.Text);
    }

    [Fact]
    public void Understand_ShortReplyJoinedToALongProblem_IsCutToTheLimitThoughTheReplyWasNot()
    {
        var problem = string.Concat(Enumerable.Repeat("не работает впн ", 6)).TrimEnd();
        var reply = "на ноутбуке дома";
        var signals = MessageSignalReader.Read(reply, ShortLimit.MaxMessageLength);

        var understanding = ShippedBot.Understander(ShortLimit).Understand(problem + " " + reply, "ru", signals);

        Assert.False(signals.WasCut);
        Assert.Equal(100, understanding.Text.Length);
        Assert.StartsWith(problem, understanding.Text, StringComparison.Ordinal);
    }
}
