using System.Text;
using SupportBot.Core.Storage;
using SupportBot.Server.Channels.Telegram;

namespace SupportBot.Server.Tests.Telegram;

public sealed class TelegramCallbackCodecTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("Да")]
    [InlineData("Сбросить пароль")]
    [InlineData("password_reset")]
    [InlineData("=#looks like a prefix")]
    public async Task EncodeAsync_ShortValue_IsInlineAndDecodesBack(string value)
    {
        var codec = NewCodec();

        var data = await codec.EncodeAsync(value, CancellationToken.None);

        Assert.Equal("=" + value, data);
        Assert.Equal(value, await codec.DecodeAsync(data, CancellationToken.None));
    }

    [Theory]
    [InlineData("Не работает VPN после обновления Windows — что делать?")]
    [InlineData("A very long English button value that certainly does not fit into sixty-four bytes of callback data")]
    [InlineData("👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻")]
    public async Task EncodeAsync_LongValue_FitsIn64BytesAndSurvivesRestart(string value)
    {
        var data = await NewCodec().EncodeAsync(value, CancellationToken.None);

        Assert.True(Encoding.UTF8.GetByteCount(data) <= TelegramCallbackCodec.MaxCallbackDataBytes);
        Assert.StartsWith("#", data, StringComparison.Ordinal);

        // A new codec over the same file: what a press after a restart finds.
        Assert.Equal(value, await NewCodec().DecodeAsync(data, CancellationToken.None));
    }

    [Fact]
    public async Task EncodeAsync_SameLongValueTwice_GivesSameData()
    {
        var codec = NewCodec();
        var value = new string('ы', 100);

        Assert.Equal(await codec.EncodeAsync(value, CancellationToken.None), await codec.EncodeAsync(value, CancellationToken.None));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("legacy-data")]
    [InlineData("#AAAAAAAAAAAAAAAA")]
    [InlineData("#short")]
    [InlineData("#'; DROP TABLE telegram_callback; --")]
    public async Task DecodeAsync_DataThisBotDidNotWrite_IsNull(string? data)
    {
        Assert.Null(await NewCodec().DecodeAsync(data, CancellationToken.None));
    }

    [Fact]
    public async Task EncodeAsync_ValueAtTheByteLimit_StaysInline()
    {
        var value = new string('x', TelegramCallbackCodec.MaxCallbackDataBytes - 1);

        var data = await NewCodec().EncodeAsync(value, CancellationToken.None);

        Assert.Equal(TelegramCallbackCodec.MaxCallbackDataBytes, Encoding.UTF8.GetByteCount(data));
        Assert.StartsWith("=", data, StringComparison.Ordinal);
    }

    private TelegramCallbackCodec NewCodec() =>
        new(new SqliteTelegramCallbackStore(new SqliteDatabase(_directory.File("bot.db")), TimeProvider.System));
}
