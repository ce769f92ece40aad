using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupportBot.Server.Channels;
using SupportBot.Server.Channels.WebChat;
using SupportBot.Server.Desk.Html;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Desk;

/// <summary>The pieces under the desk: the channel registry, the HTML builder, the settings check.</summary>
public sealed class DeskBuildingBlocksTests
{
    [Fact]
    public async Task ChannelAdapters_WebChatJoinsItself_OthersAreMissing()
    {
        await using var factory = new ServerFactory();
        var adapters = factory.Services.GetRequiredService<IChannelAdapters>();

        Assert.True(adapters.TryGet("webchat", out var webChat));
        Assert.Same(factory.Services.GetRequiredService<DirectLineAdapter>(), webChat);
        Assert.False(adapters.TryGet("telegram", out _));
        Assert.Equal(["webchat"], adapters.ChannelIds);
    }

    [Fact]
    public void ChannelAdapters_TwoForOneChannel_Throws()
    {
        var services = new ServiceCollection().AddChannelAdapter<DirectLineAdapter>("webchat").AddChannelAdapter<DirectLineAdapter>("webchat").BuildServiceProvider();

        Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<IChannelAdapters>());
    }

    [Fact]
    public void Html_Holes_AreEncodedUnlessHtml()
    {
        var user = "<script>alert('x')</script> & \"quotes\"";
        var inner = Html.Of($"<b>{user}</b>");

        var page = Html.Of($"<p title=\"{user}\">{inner}{new[] { Html.Text("a<"), Html.Text("b>") }}{42}</p>");

        Assert.Equal(
            "<p title=\"&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;quotes&quot;\"><b>&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;quotes&quot;</b>a&lt;b&gt;42</p>",
            page.Value);
    }

    [Fact]
    public void Html_Cyrillic_StaysReadable() => Assert.Equal("<i>Заявка №1</i>", Html.Of($"<i>{"Заявка №1"}</i>").Value);

    [Theory]
    [InlineData("Desk:WorkingHours", "whenever", "Desk:WorkingHours must look like")]
    [InlineData("Desk:TimeZone", "Mars/Olympus", "Desk:TimeZone must be a time zone id")]
    [InlineData("Desk:MaxFailedSignIns", "0", "Desk:MaxFailedSignIns must be 1–100")]
    [InlineData("Desk:FirstResponseWait", "-00:01:00", "Desk:FirstResponseWait and Desk:ExpectedWait must be positive.")]
    public void Start_BadDeskSetting_StopsWithTheReason(string key, string value, string message)
    {
        using var factory = new ServerFactory(settings: new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
