namespace SupportBot.Core.Tests.Support;

/// <summary>Messages the bot could not understand land in the review inbox; understood ones do not.</summary>
public sealed class ReviewInboxTests
{
    [Fact]
    public async Task OutOfScopeAndVagueMessages_AreKeptOnce_AnsweredOnesAreNot()
    {
        using var harness = new HelpdeskHarness();
        var adapter = harness.CreateAdapter();
        foreach (var text in new[] { "какой ноутбук купить для игр", "какой ноутбук купить для игр", "не работает впн", "привет" })
        {
            await adapter.SendTextToBotAsync(text, harness.Bot, CancellationToken.None);
            await adapter.SendTextToBotAsync("/start", harness.Bot, CancellationToken.None);
        }

        var items = await harness.Review.ListAsync(10, includeLabeled: false, CancellationToken.None);
        var item = Assert.Single(items);
        Assert.Equal("какой ноутбук купить для игр", item.Text);
        Assert.Equal("out_of_scope", item.Rule);
        Assert.Equal("ru", item.Language);
        Assert.Equal("test", item.ChannelId);
    }

    [Fact]
    public async Task Labeling_MovesAnItemToTheLabeledList_RemoveTakesItOut()
    {
        using var harness = new HelpdeskHarness();
        var adapter = harness.CreateAdapter();
        await adapter.SendTextToBotAsync("не работает", harness.Bot, CancellationToken.None);
        var item = Assert.Single(await harness.Review.ListAsync(10, includeLabeled: false, CancellationToken.None));
        Assert.Equal("vague_message", item.Rule);

        Assert.True(await harness.Review.LabelAsync(item.Id, "hardware_fault", CancellationToken.None));
        Assert.False(await harness.Review.LabelAsync(item.Id + 100, "vpn", CancellationToken.None));
        Assert.Empty(await harness.Review.ListAsync(10, includeLabeled: false, CancellationToken.None));
        var labeled = Assert.Single(await harness.Review.LabeledAsync(CancellationToken.None));
        Assert.Equal("hardware_fault", labeled.Label);

        Assert.Equal(1, await harness.Review.RemoveAsync([item.Id], CancellationToken.None));
        Assert.Empty(await harness.Review.ListAsync(10, includeLabeled: true, CancellationToken.None));
    }
}
