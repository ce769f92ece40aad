using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Diagnostics.NETCore.Client;

namespace SupportBot.Benchmarks;

/// <summary>
/// Direct Line over HTTP on loopback against the real server process and the real bot: messages answered per second
/// with many concurrent conversations (half on WebSocket streams, half polling), post-to-answer latency, lost and
/// duplicated answers, and the server's memory with many idle conversations.
/// Usage: directline [--conversations 200] [--seconds 20] [--warmup 3] [--idle 10000] [--light 10] [--poll-ms 200]
/// [--rate 0] [--fixed-pause] [--phases channel,light,bot,idle] [--samples file.csv]. With <c>--rate N</c> the
/// conversations together offer N messages/s (each waits for its answer and a pause before the next), which is how the
/// latency target is meant: at a given load, not with every conversation queueing behind the others; 0 sends flat out.
/// The pauses vary as people's do; <c>--fixed-pause</c> keeps every user on a fixed period, as runs before 2026-12-02
/// did, which lines users up into bursts after a stall (the "arrivals" line tells). <c>--samples</c> writes every
/// measured message of the last load phase as a CSV line (when it was posted, its latency, its transport, the server's
/// id for it, and its post and answer times on the monotonic clock), to see when slow answers came and to join them
/// with a trace of the server. The server's collections during the measured window are read over EventPipe.
/// </summary>
internal static class DirectLineFigures
{
    private static readonly string[] Texts =
    [
        "не могу подключиться к впн", "забыл пароль от почты", "принтер не печатает", "компьютер очень тормозит",
        "учётная запись заблокирована", "не работает вай-фай в офисе", "как установить программу", "не приходит код двухфакторной аутентификации",
        "VPN does not connect", "I forgot my password", "the printer is jammed", "my laptop is very slow",
        "how do I set up email on my phone", "Teams camera not working", "I clicked a phishing link", "restore a deleted file",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var conversations = Option(args, "--conversations", 200);
        var seconds = Option(args, "--seconds", 20);
        var warmup = Option(args, "--warmup", 3);
        var idle = Option(args, "--idle", 10_000);
        var light = Option(args, "--light", 10);
        var pollInterval = TimeSpan.FromMilliseconds(Option(args, "--poll-ms", 200));
        var rate = Option(args, "--rate", 0);
        var fixedPause = args.Contains("--fixed-pause");
        var phases = OptionText(args, "--phases", "channel,light,bot,idle").Split(',');
        var samplesFile = OptionText(args, "--samples", "") is { Length: > 0 } samples ? Path.GetFullPath(samples) : null;
        var unlimited = new Dictionary<string, string>
        {
            ["DirectLine__PostsPerSecond"] = "100000",
            ["DirectLine__PostBurst"] = "100000",
            ["DirectLine__ReadsPerSecond"] = "100000",
            ["DirectLine__ReadBurst"] = "100000",
            ["DirectLine__ConversationsPerMinutePerClient"] = "0",
        };

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"machine            {Environment.ProcessorCount} cores, load average {LoadAverage()} at start (shared with other work)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bot work alone     {BotWorkPerSecond():N0} messages/s on one thread in process (intent model + knowledge-base search, no HTTP)"));
        var offered = rate > 0 ? string.Create(CultureInfo.InvariantCulture, $", {rate:N0} messages/s offered") : ", flat out";
        var load = new LoadShape(conversations, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(warmup), pollInterval, SendInterval(conversations, rate), fixedPause, samplesFile);
        if (phases.Contains("channel"))
        {
            Console.WriteLine("-- the channel alone (the server's registrations with a bot that answers at once)" + offered);
            await using var server = await ServerProcess.StartAsync(unlimited, channelOnly: true);
            await LoadAsync(server, load);
        }

        if (phases.Contains("light"))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"-- the channel alone at light load ({light} conversations: latency without queueing behind the load generator)"));
            await using var server = await ServerProcess.StartAsync(unlimited, channelOnly: true);
            await LoadAsync(server, load with { Conversations = light, Duration = TimeSpan.FromSeconds(Math.Min(seconds, 10)), SendInterval = TimeSpan.Zero });
        }

        if (phases.Contains("bot"))
        {
            Console.WriteLine("-- the real server with the support bot" + offered);
            await using var server = await ServerProcess.StartAsync(unlimited);
            await LoadAsync(server, load);
        }

        if (phases.Contains("idle"))
        {
            Console.WriteLine("-- idle conversations (the real server)");
            await using var server = await ServerProcess.StartAsync(unlimited);
            await IdleMemoryAsync(server, idle);
        }

        return 0;
    }

    // Each conversation sends every `conversations / rate` seconds, so together they offer `rate` messages/s.
    private static TimeSpan SendInterval(int conversations, int rate) => rate > 0 ? TimeSpan.FromSeconds((double)conversations / rate) : TimeSpan.Zero;

    private static async Task LoadAsync(ServerProcess server, LoadShape load)
    {
        var (conversations, duration, warmup, pollInterval, sendInterval, fixedPause, _) = load;
        using var http = Client(server.Address, conversations);
        var client = new DirectLineClient(http);
        var start = DateTime.UtcNow;
        var measureFrom = start + warmup;
        var deadline = measureFrom + duration;
        var cpuAtStart = server.CpuTime;
        var writtenAtStart = server.DiskWriteBytes;
        var clientCpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        var clientPausedAtStart = GC.GetTotalPauseDuration();
        var clientCollectionsAtStart = GC.CollectionCount(0);
        var runs = Enumerable.Range(0, conversations).Select(i => new DirectLineConversationRun(client, webSocket: i % 2 == 0, pollInterval, sendInterval, Texts, seed: i, keepMessageIds: load.SamplesFile is not null, fixedPause)).ToList();
        var serverGc = WatchServerGcAsync(server, measureFrom, deadline);
        await Task.WhenAll(runs.Select(r => Task.Run(() => r.RunAsync(measureFrom, deadline, CancellationToken.None))));
        var window = (deadline - measureFrom).TotalSeconds;
        var serverCpu = server.CpuTime - cpuAtStart;
        var written = server.DiskWriteBytes - writtenAtStart;
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime - clientCpuAtStart;
        var clientPaused = GC.GetTotalPauseDuration() - clientPausedAtStart;
        var clientCollections = GC.CollectionCount(0) - clientCollectionsAtStart;
        var posted = runs.Sum(r => r.Posted);

        var answered = runs.Sum(r => r.AnsweredInWindow);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"conversations      {conversations} concurrent ({runs.Count(r => r.WebSocket)} WebSocket, {runs.Count(r => !r.WebSocket)} polling every {pollInterval.TotalMilliseconds:F0} ms), {window:F0} s measured after {warmup.TotalSeconds:F0} s warm-up"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput         {answered / window:N0} user messages/s answered ({answered:N0} in the window; {runs.Sum(r => r.Posted):N0} posted in all)"));
        if (load.SamplesFile is { } samplesFile)
        {
            await WriteSamplesAsync(samplesFile, runs);
        }

        var arrivals = ArrivalCounts.Of(runs.SelectMany(r => r.Measured).Select(m => m.PostedTicks).ToList(), Stopwatch.Frequency);
        Console.WriteLine($"arrivals           {arrivals}{(fixedPause ? " (fixed pauses)" : "")}");
        Report("latency WebSocket", runs.Where(r => r.WebSocket).SelectMany(r => r.Measured).Select(m => m.LatencyMs).ToList());
        Report("latency polling", runs.Where(r => !r.WebSocket).SelectMany(r => r.Measured).Select(m => m.LatencyMs).ToList());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lost answers       {runs.Sum(r => r.Lost)} (no answer within 10 s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"duplicates         {runs.Sum(r => r.Duplicated)} (activities delivered twice or messages answered twice)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cpu per message    server {serverCpu.TotalMilliseconds / posted:F2} ms, load client {clientCpu.TotalMilliseconds / posted:F2} ms (so 2 free cores would carry about {2000 / (serverCpu.TotalMilliseconds / posted):N0} messages/s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"client GC          {clientPaused.TotalMilliseconds:F0} ms paused in {clientCollections} collections during the run (the load client's pauses count as latency above)"));
        Console.WriteLine(ServerGcLine(await serverGc, answered, window));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"disk writes        {written / 1024.0 / posted:F1} KB per message ({written / 1048576.0 / (DateTime.UtcNow - start).TotalSeconds:F1} MB/s: the store's log and checkpoints)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"server memory      {Mb(server.ResidentBytes)} MB resident after the run, peak {Mb(server.PeakResidentBytes)} MB; load average {LoadAverage()}"));
    }

    // The server's collections during the measured window only (attached after the warm-up).
    private static async Task<(ServerGcWatch.GcFigures? Figures, string? Problem)> WatchServerGcAsync(ServerProcess server, DateTime from, DateTime until)
    {
        if (from > DateTime.UtcNow)
        {
            await Task.Delay(from - DateTime.UtcNow);
        }

        var (watch, problem) = await ServerGcWatch.StartAsync(server.ProcessId);
        if (watch is null)
        {
            return (null, problem);
        }

        await using (watch)
        {
            if (until > DateTime.UtcNow)
            {
                await Task.Delay(until - DateTime.UtcNow);
            }

            try
            {
                return (await watch.StopAsync(), null);
            }
            catch (Exception exception) when (exception is ServerNotAvailableException or IOException)
            {
                return (null, exception.Message);
            }
        }
    }

    private static string ServerGcLine((ServerGcWatch.GcFigures? Figures, string? Problem) watched, int answered, double windowSeconds)
    {
        if (watched.Figures is not { } gc)
        {
            return "server GC          not watched: " + watched.Problem;
        }

        return string.Create(CultureInfo.InvariantCulture, $"server GC          {gc.Collections} collections in the window (gen0 {gc.Gen0}, gen1 {gc.Gen1}, gen2 {gc.Gen2}), {gc.PausedMs:F0} ms paused ({100 * gc.PausedMs / 1000 / windowSeconds:F1}% of it), longest {gc.LongestPauseMs:F1} ms; about {gc.AllocatedBytes / 1024.0 / Math.Max(1, answered):F0} KB allocated per message, {gc.PromotedBytes / 1048576.0 / Math.Max(1, gc.Collections):F1} MB promoted per collection");
    }

    private static async Task IdleMemoryAsync(ServerProcess server, int idle)
    {
        using var http = Client(server.Address, 64);
        var client = new DirectLineClient(http);
        await client.StartAsync(CancellationToken.None);
        await Task.Delay(1000);
        var before = server.ResidentBytes;
        var stopwatch = Stopwatch.StartNew();
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) <= idle)
            {
                await client.StartAsync(CancellationToken.None);
            }
        })));
        var created = stopwatch.Elapsed;
        await Task.Delay(2000);
        var after = server.ResidentBytes;
        var database = FileLength(Path.Combine(server.DataFolder, "supportbot.db")) + FileLength(Path.Combine(server.DataFolder, "supportbot.db-wal"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"idle conversations {idle:N0} created in {created.TotalSeconds:F1} s ({idle / created.TotalSeconds:N0}/s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"idle memory        {Mb(before)} MB resident before, {Mb(after)} MB after: {(after - before) / 1024.0 / idle:F2} KB per idle conversation; store {Mb(database)} MB"));
    }

    // The understanding part of the support bot's work per message, without the channel: the ceiling the HTTP figures are measured against.
    private static double BotWorkPerSecond()
    {
        var model = SupportBot.Core.Intents.IntentModelFile.Load(RepositoryPaths.Of("models", "intent-model.sbim"));
        var (knowledgeBase, _) = SupportBot.Core.Knowledge.KnowledgeBaseLoader.Load(RepositoryPaths.Of("knowledge-base"));
        using var search = new SupportBot.Core.Knowledge.KnowledgeSearch(SupportBot.Core.Knowledge.KnowledgeIndex.Build(knowledgeBase));
        void Answer(string text)
        {
            var prediction = model.Predict(text);
            var priors = prediction.Priors();
            search.Search(text, prediction.Language == SupportBot.Core.Text.Language.Russian ? "ru" : "en", 3, priors);
        }

        foreach (var text in Texts)
        {
            Answer(text);
        }

        var stopwatch = Stopwatch.StartNew();
        var count = 0;
        while (stopwatch.Elapsed < TimeSpan.FromSeconds(3))
        {
            Answer(Texts[count++ % Texts.Length]);
        }

        return count / stopwatch.Elapsed.TotalSeconds;
    }

    private static HttpClient Client(Uri address, int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections + 8,
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        AutomaticDecompression = DecompressionMethods.None,
    })
    {
        BaseAddress = address,
        Timeout = TimeSpan.FromSeconds(30),
    };

    private static async Task WriteSamplesAsync(string path, List<DirectLineConversationRun> runs)
    {
        var lines = new List<string> { "posted_unix_ms,latency_ms,transport,message_id,posted_ticks,answered_ticks" };
        foreach (var run in runs)
        {
            var transport = run.WebSocket ? "websocket" : "polling";
            lines.AddRange(run.Measured.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.PostedAtUnixMs},{m.LatencyMs:F2},{transport},{m.MessageId},{m.PostedTicks},{m.AnsweredTicks}")));
        }

        await File.WriteAllLinesAsync(path, lines);
        Console.WriteLine($"samples            {lines.Count - 1:N0} lines in {path}");
    }

    private static void Report(string name, List<double> latencies)
    {
        if (latencies.Count == 0)
        {
            Console.WriteLine($"{name,-18} no samples");
            return;
        }

        latencies.Sort();
        double At(double q) => latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-18} p50 {At(0.50):F1} ms, p95 {At(0.95):F1} ms, p99 {At(0.99):F1} ms, max {latencies[^1]:F1} ms (post to answer, {latencies.Count:N0} samples)"));
    }

    private static int Option(string[] args, string name, int fallback) => int.Parse(OptionText(args, name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    private static string OptionText(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }

    private sealed record LoadShape(int Conversations, TimeSpan Duration, TimeSpan Warmup, TimeSpan PollInterval, TimeSpan SendInterval, bool FixedPause, string? SamplesFile);

    private static long FileLength(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F0", CultureInfo.InvariantCulture);

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
