using System.Diagnostics;
using SupportBot.Core.Tickets;

namespace SupportBot.Core.Tests.Tickets;

public sealed class TicketStoreConcurrencyTests(ITestOutputHelper output) : IDisposable
{
    private readonly TicketStoreFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task CreateAsync_EightParallelCreatorsOnTwoStores_NumbersAreUniqueAndGapless()
    {
        const int creators = 8;
        const int perCreator = 50;
        var stores = new[] { _fixture.Store, _fixture.OpenStore() };
        var watch = Stopwatch.StartNew();

        var results = await Task.WhenAll(Enumerable.Range(0, creators).Select(creator => Task.Run(async () =>
        {
            var numbers = new List<(long Number, long Sequence)>();
            for (var i = 0; i < perCreator; i++)
            {
                var ticket = await stores[creator % 2].CreateAsync(
                    TicketStoreFixture.NewTicket(user: $"u{creator}", conversation: $"c{creator}-{i}"), default);
                numbers.Add((ticket.Number.Value, ticket.Summary.Sequence));
            }

            return numbers;
        })));

        output.WriteLine($"{creators * perCreator} creates in {watch.ElapsedMilliseconds} ms");
        var all = results.SelectMany(r => r).ToList();
        Assert.Equal(Enumerable.Range(1, creators * perCreator).Select(n => (long)n), all.Select(x => x.Number).Order());
        Assert.Equal(all.Count, all.Select(x => x.Sequence).Distinct().Count());

        // Each creator saw its own tickets' numbers increase.
        Assert.All(results, r => Assert.Equal(r.Select(x => x.Number).Order(), r.Select(x => x.Number)));
        Assert.Equal(creators * perCreator, (await _fixture.Store.ListAsync(new TicketQuery(), default)).Total);
    }

    [Fact]
    public async Task AppendTranscriptAsync_ParallelWriters_LoseNoMessageAndKeepEachWritersOrder()
    {
        var number = (await _fixture.Store.CreateAsync(TicketStoreFixture.NewTicket(), default)).Number;
        const int writers = 4;
        const int perWriter = 50;
        var watch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < perWriter; i++)
            {
                var entry = new TranscriptEntry { At = TicketStoreFixture.Start, Role = TicketRole.User, Text = $"w{w} m{i}" };
                Assert.True((await _fixture.Store.AppendTranscriptAsync(number, [entry], default)).Succeeded);
            }
        })));
        var elapsed = watch.Elapsed;

        output.WriteLine($"{writers * perWriter} appends in {elapsed.TotalMilliseconds:F0} ms ({elapsed.TotalMilliseconds / (writers * perWriter):F2} ms each)");
        var ticket = (await _fixture.Store.GetAsync(number, default))!;
        Assert.Equal(2 + (writers * perWriter), ticket.Transcript.Count);
        for (var w = 0; w < writers; w++)
        {
            var mine = ticket.Transcript.Where(e => e.Text.StartsWith($"w{w} ", StringComparison.Ordinal)).Select(e => e.Text);
            Assert.Equal(Enumerable.Range(0, perWriter).Select(i => $"w{w} m{i}"), mine);
        }

        Assert.Equal(writers * perWriter, ticket.History.Count(e => e.Kind == TicketEventKind.UserMessage));
    }
}
