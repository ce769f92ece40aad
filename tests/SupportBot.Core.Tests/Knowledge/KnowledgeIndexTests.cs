using SupportBot.Core.Knowledge;

namespace SupportBot.Core.Tests.Knowledge;

public sealed class KnowledgeIndexTests
{
    [Theory]
    [InlineData("забыл пароль, как сбросить", "ru", "password")]
    [InlineData("пороль забыл", "ru", "password")]
    [InlineData("принтр не печатает", "ru", "printer")]
    [InlineData("впн не подключается", "ru", "vpn")]
    [InlineData("ne rabotaet vpn", "ru", "vpn")]
    [InlineData("yt gtxfnftn ghbynth", "ru", "printer")]
    [InlineData("outlok does not send emails", "en", "email")]
    [InlineData("VPN won't connect", "en", "vpn")]
    [InlineData("the printer does not print my document", "en", "printer")]
    public void Search_ProblemInEitherLanguage_FindsTheTopicsArticle(string query, string language, string idPart)
    {
        var result = ShippedKnowledgeBase.Index.Search(query);
        var best = result.Best;
        Assert.NotNull(best);
        Assert.Equal(language, best.Article.Language);
        Assert.Contains(idPart, best.Article.Id, StringComparison.Ordinal);
        Assert.NotEmpty(best.Snippet);
    }

    [Theory]
    [InlineData("what is the weather in Paris tomorrow")]
    [InlineData("рецепт борща со сметаной")]
    public void Search_UnrelatedQuestion_FindsNothingRelevant(string query) =>
        Assert.Null(ShippedKnowledgeBase.Index.Search(query).Best);

    [Fact]
    public void Search_ExplicitLanguage_ReturnsOnlyThatLanguage()
    {
        var result = ShippedKnowledgeBase.Index.Search("vpn", "ru");
        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.Equal("ru", h.Article.Language));
    }

    [Fact]
    public void Search_ArticleWithSteps_ExposesThem()
    {
        var hit = ShippedKnowledgeBase.Index.Search("how do I reset my password myself").Hits.First(h => h.Article.Steps.Count > 0);
        Assert.All(hit.Article.Steps, step => Assert.False(string.IsNullOrWhiteSpace(step)));
    }

    public static TheoryData<string> HostileQueries() =>
    [
        "", "   \t\n ", "😡😡😡", "\"", "\"vpn", "vpn*", "-vpn", "NEAR(vpn printer)", "vpn AND printer OR", "(((", "title: vpn",
        "body:printer", "'; DROP TABLE articles; --", "\" OR 1=1 --", "vpn\" OR \"x", "^vpn", "{title}: vpn", "vpn + printer",
        "\u0000\u0001\u0002", "<script>alert(1)</script>", "% _ [ ] \\", new string('я', 100_000),
        string.Concat(Enumerable.Repeat("vpn printer пароль ", 6_000)),
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public void Search_HostileOrOddQuery_ReturnsAResultNeverThrows(string query)
    {
        var result = ShippedKnowledgeBase.Index.Search(query);
        Assert.NotNull(result);
        Assert.All(result.Hits, h => Assert.True(double.IsFinite(h.Score)));
    }

    [Fact]
    public void Search_BinaryNoise_NeverThrows()
    {
        var random = new Random(5);
        for (var i = 0; i < 200; i++)
        {
            var chars = new char[random.Next(1, 300)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = (char)random.Next(0, 0xD7FF);
            }

            Assert.NotNull(ShippedKnowledgeBase.Index.Search(new string(chars)));
        }
    }

    [Fact]
    public async Task Swap_UnderConcurrentSearches_NoSearchFails()
    {
        var knowledgeBase = ShippedKnowledgeBase.Load();
        using var search = new KnowledgeSearch(KnowledgeIndex.Build(knowledgeBase));
        var failures = 0;
        var searches = 0;
        string? firstFailure = null;
        using var stop = new CancellationTokenSource();
        var searchers = Enumerable.Range(0, 4).Select(_ => Task.Factory.StartNew(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    if (search.Search("не работает впн").Best is null)
                    {
                        Interlocked.Increment(ref failures);
                        Interlocked.CompareExchange(ref firstFailure, "no relevant hit", null);
                    }
                }
                catch (Exception e)
                {
                    Interlocked.Increment(ref failures);
                    Interlocked.CompareExchange(ref firstFailure, e.ToString(), null);
                }

                Interlocked.Increment(ref searches);
            }
        }, TaskCreationOptions.LongRunning)).ToList();

        // Each swap waits until searches are running, so every swap lands in the middle of them.
        for (var swap = 0; swap < 5; swap++)
        {
            var before = Volatile.Read(ref searches);
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (Volatile.Read(ref searches) < before + 20 && waited.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(1);
            }

            search.Swap(KnowledgeIndex.Build(knowledgeBase));
        }

        await stop.CancelAsync();
        await Task.WhenAll(searchers);
        Assert.True(failures == 0, $"{failures} of {searches} searches failed; first: {firstFailure}");
        Assert.True(searches > 10, $"only {searches} searches ran");
    }

    [Theory]
    [InlineData("vpn")]
    [InlineData("printer", "toner", "jam")]
    [InlineData("парол", "сброс")]
    public void Bm25_InMemory_AgreesWithSqliteBm25(params string[] terms)
    {
        var index = ShippedKnowledgeBase.Index;
        var reference = index.Fts5Scores(terms);
        Assert.NotEmpty(reference);
        foreach (var (row, score) in reference)
        {
            Assert.Equal(score, index.Bm25(terms, row), 1e-9);
        }
    }

    [Fact]
    public void Search_WithIntentPriors_ReportsThePriorAndRanksThatIntentsArticleFirst()
    {
        var priors = new Dictionary<string, double> { ["slow_computer"] = 0.9, ["oos"] = 0.05 };
        var result = ShippedKnowledgeBase.Index.Search("my laptop crawls", "en", intentPriors: priors);
        Assert.NotNull(result.Best);
        Assert.Contains("slow_computer", result.Best.Article.Intents);
        Assert.Equal(0.9, result.Best.IntentPrior, 6);
    }

    [Fact]
    public void Search_ArticleOfTwoLikelyIntentsSharingNoWord_IsOfferedOnce()
    {
        static Article Make(string id, string[] intents, string title) => new()
        {
            Id = id, Language = "en", Title = title, Intents = intents, Questions = [], Tags = [], Body = title, Summary = title,
            Steps = [], PlainBody = title, Source = id + ".md",
        };
        using var index = KnowledgeIndex.Build(new KnowledgeBase(
        [
            Make("both", ["vpn", "wifi"], "Network access at home"),
            Make("other", ["printer"], "Printer jams"),
        ]));

        var result = index.Search("zzqx", "en", 5, new Dictionary<string, double> { ["vpn"] = 0.5, ["wifi"] = 0.45, ["printer"] = 0.05 });

        Assert.Single(result.Hits, h => h.Article.Id == "both");
    }
}
