using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SupportBot.Benchmarks;

/// <summary>The built SupportBot.Server as a child process on a free loopback port, with its own data folder.</summary>
internal sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri address, string dataFolder)
    {
        _process = process;
        Address = address;
        DataFolder = dataFolder;
    }

    public Uri Address { get; }

    public string DataFolder { get; }

    public int ProcessId => _process.Id;

    /// <summary>The server's resident memory now (VmRSS), in bytes.</summary>
    public long ResidentBytes => StatusField("VmRSS:");

    /// <summary>The most resident memory the server has had (VmHWM), in bytes.</summary>
    public long PeakResidentBytes => StatusField("VmHWM:");

    /// <summary>Bytes the server has caused to be written to disk so far (write_bytes in /proc/PID/io): its store's log and checkpoints.</summary>
    public long DiskWriteBytes => ProcField("io", "write_bytes:");

    /// <summary>CPU time the server has used so far (user + system).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Starts the built server, or with <paramref name="channelOnly"/> this program's host with an instant bot.</summary>
    public static async Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string> settings, bool channelOnly = false)
    {
        // SUPPORTBOT_BENCH_SERVER names another build of the server (a copy of its bin folder) for A/B runs.
        var dll = channelOnly
            ? typeof(ServerProcess).Assembly.Location
            : Environment.GetEnvironmentVariable("SUPPORTBOT_BENCH_SERVER") is { Length: > 0 } other
                ? Path.GetFullPath(other)
                : RepositoryPaths.Of("src", "SupportBot.Server", "bin", "Release", "net10.0", "SupportBot.Server.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("Build the server first: dotnet build -c Release src/SupportBot.Server", dll);
        }

        var dataFolder = Path.Combine(Path.GetTempPath(), "supportbot-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Of("src", "SupportBot.Server"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        if (channelOnly)
        {
            start.ArgumentList.Add("directline-host");
        }

        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["SupportBot__DataFolder"] = dataFolder;
        start.Environment["SupportBot__WatchKnowledgeBase"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__SupportBot.Server.Hosting.StartupBanner"] = "Information";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        // SUPPORTBOT_BENCH_SERVER_ENV="NAME=value;NAME2=value2" sets runtime knobs for the server alone, for A/B runs.
        foreach (var pair in (Environment.GetEnvironmentVariable("SUPPORTBOT_BENCH_SERVER_ENV") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            start.Environment[parts[0]] = parts.Length > 1 ? parts[1] : "";
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is { } text && ListeningLine().Match(text) is { Success: true } match)
            {
                address.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            if (!string.IsNullOrEmpty(line.Data))
            {
                Console.Error.WriteLine("server: " + line.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => address.TrySetException(new InvalidOperationException($"The server exited with code {process.ExitCode}."));
        return new ServerProcess(process, await address.Task.WaitAsync(TimeSpan.FromSeconds(90)), dataFolder);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private long StatusField(string name) => ProcField("status", name) * 1024;

    private long ProcField(string file, string name)
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/{file}"))
        {
            if (line.StartsWith(name, StringComparison.Ordinal))
            {
                return long.Parse(line[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    [GeneratedRegex(@"SupportBot web chat: (http://\S+)")]
    private static partial Regex ListeningLine();
}
