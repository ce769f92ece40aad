using System.Text;
using SupportBot.Server.Channels.WebChat;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Channels.WebChat;

/// <summary>The token check itself, including a token checked before (remembered without its signature checked again).</summary>
public sealed class DirectLineTokensTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("a signing key of at least thirty-two bytes");

    [Fact]
    public void Check_SameTokenAgain_StillExpiresAndStillChecksThePurpose()
    {
        var clock = new FixedTimeProvider(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
        var tokens = new DirectLineTokens(Key, clock);
        var token = tokens.Issue("conv-1", TokenPurpose.Conversation, TimeSpan.FromMinutes(30));

        var first = tokens.Check(token, TokenPurpose.Conversation);
        var again = tokens.Check(token, TokenPurpose.Conversation);
        var otherUse = tokens.Check(token, TokenPurpose.Stream);
        clock.Now = clock.Now.AddMinutes(31);
        var later = tokens.Check(token, TokenPurpose.Conversation);

        Assert.Equal(TokenCheckStatus.Valid, first.Status);
        Assert.Equal("conv-1", first.Claims!.ConversationId);
        Assert.Equal(TokenCheckStatus.Valid, again.Status);
        Assert.Equal("conv-1", again.Claims!.ConversationId);
        Assert.Equal(TokenCheckStatus.WrongPurpose, otherUse.Status);
        Assert.Equal(TokenCheckStatus.Expired, later.Status);
    }

    [Fact]
    public void Check_TamperedCopyOfAValidToken_IsInvalidThoughTheOriginalWasChecked()
    {
        var tokens = new DirectLineTokens(Key, TimeProvider.System);
        var token = tokens.Issue("conv-1", TokenPurpose.Conversation, TimeSpan.FromMinutes(30));
        Assert.Equal(TokenCheckStatus.Valid, tokens.Check(token, TokenPurpose.Conversation).Status);

        // A character inside the signature (the last one may carry only padding bits).
        var at = token.IndexOf('.', StringComparison.Ordinal) + 5;
        var tampered = token[..at] + (token[at] == 'A' ? 'B' : 'A') + token[(at + 1)..];

        Assert.Equal(TokenCheckStatus.Invalid, tokens.Check(tampered, TokenPurpose.Conversation).Status);
        Assert.Equal(TokenCheckStatus.Invalid, tokens.Check(tampered, TokenPurpose.Conversation).Status);
    }

    [Fact]
    public void Check_ManyMoreTokensThanItRemembers_AllStayValid()
    {
        var tokens = new DirectLineTokens(Key, TimeProvider.System);
        var issued = Enumerable.Range(0, 10_000).Select(i => tokens.Issue("conv-" + i, TokenPurpose.Conversation, TimeSpan.FromMinutes(30))).ToList();

        Assert.All(issued, t => Assert.Equal(TokenCheckStatus.Valid, tokens.Check(t, TokenPurpose.Conversation).Status));
        Assert.All(issued, t => Assert.Equal(TokenCheckStatus.Valid, tokens.Check(t, TokenPurpose.Conversation).Status));
    }
}
