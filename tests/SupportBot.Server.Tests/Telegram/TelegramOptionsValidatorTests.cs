using SupportBot.Server.Channels.Telegram;

namespace SupportBot.Server.Tests.Telegram;

public sealed class TelegramOptionsValidatorTests
{
    private const string Token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    [Fact]
    public void Validate_NoToken_ChannelOffAndValid()
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { LongPollTimeoutSeconds = -5 });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_DefaultsWithToken_AreValid()
    {
        Assert.True(new TelegramOptionsValidator().Validate(null, new TelegramOptions { BotToken = Token }).Succeeded);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("abc:def")]
    [InlineData("123456:")]
    [InlineData("123456:abc/../../x")]
    [InlineData("123456:abc def")]
    public void Validate_MalformedToken_FailsWithoutQuotingIt(string token)
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { BotToken = token });

        Assert.True(result.Failed);
        Assert.DoesNotContain(token, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WebhookModeWithoutSecretOrUrl_Fails()
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { BotToken = Token, Mode = TelegramMode.Webhook });

        Assert.True(result.Failed);
        Assert.Contains("WebhookSecret", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("WebhookUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://bot.example.com/telegram/webhook", "s3cr3t_-X", true)]
    [InlineData("http://127.0.0.1:5000/telegram/webhook", "s3cr3t", true)]
    [InlineData("http://bot.example.com/telegram/webhook", "s3cr3t", false)]
    [InlineData("https://bot.example.com/telegram/webhook", "has space", false)]
    [InlineData("https://bot.example.com/telegram/webhook", "секрет", false)]
    public void Validate_WebhookSettings_AreChecked(string url, string secret, bool valid)
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { BotToken = Token, Mode = TelegramMode.Webhook, WebhookUrl = url, WebhookSecret = secret });

        Assert.Equal(valid, result.Succeeded);
    }

    [Theory]
    [InlineData(51, 100)]
    [InlineData(25, 0)]
    [InlineData(25, 101)]
    public void Validate_OutOfRangeNumbers_Fail(int longPoll, int limit)
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { BotToken = Token, LongPollTimeoutSeconds = longPoll, UpdatesLimit = limit });

        Assert.True(result.Failed);
    }

    [Fact]
    public void BotId_IsTheTokensPublicHalf()
    {
        Assert.Equal("123456789", new TelegramOptions { BotToken = Token }.BotId);
    }

    [Fact]
    public void Scrub_TokenOrItsSecretHalf_IsMasked()
    {
        var text = $"GET https://api.telegram.org/bot{Token}/getMe and AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

        var scrubbed = TelegramSecrets.Scrub(text, Token);

        Assert.DoesNotContain("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", scrubbed, StringComparison.Ordinal);
        Assert.Contains(TelegramSecrets.Mask, scrubbed, StringComparison.Ordinal);
    }
}
