using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace SupportBot.Benchmarks;

/// <summary>
/// The server process's garbage collections while a load runs, read from its runtime events over the diagnostics port
/// (EventPipe): collections by generation, time the runtime was suspended for them, bytes promoted, and bytes
/// allocated (from the allocation ticks the runtime sends about every 100 KB). Each pause stops every request in
/// flight, so these show how much of the latency tail the collector explains.
/// </summary>
internal sealed class ServerGcWatch : IAsyncDisposable
{
    // GC events plus the allocation ticks, which come only at verbose level.
    private const long GcKeyword = (long)ClrTraceEventParser.Keywords.GC;

    private readonly EventPipeSession _session;
    private readonly Task _reading;
    private readonly int[] _collections = new int[3];
    private double _pausedMs;
    private double _longestPauseMs;
    private readonly Lock _lock = new();
    private double? _suspendedAtMs;
    private long _allocatedBytes;
    private long _promotedBytes;
    private bool _stopped;

    private ServerGcWatch(EventPipeSession session)
    {
        _session = session;
        _reading = Task.Run(Read);
    }

    /// <summary>Starts watching process <paramref name="processId"/>; null with the reason when it cannot attach.</summary>
    public static async Task<(ServerGcWatch? Watch, string? Problem)> StartAsync(int processId)
    {
        try
        {
            var provider = new EventPipeProvider(ClrTraceEventParser.ProviderName, EventLevel.Verbose, GcKeyword);
            // No stack per event: walking the server's stack for every allocation tick (about a thousand a second
            // under load) slowed the very requests being measured.
            var configuration = new EventPipeSessionConfiguration([provider], circularBufferSizeMB: 64, requestRundown: false, requestStackwalk: false);
            var session = await new DiagnosticsClient(processId).StartEventPipeSessionAsync(configuration, CancellationToken.None);
            return (new ServerGcWatch(session), null);
        }
        catch (Exception exception) when (exception is ServerNotAvailableException or UnsupportedCommandException or TimeoutException or IOException)
        {
            return (null, exception.Message);
        }
    }

    /// <summary>Stops the session and sums up what it saw.</summary>
    public async Task<GcFigures> StopAsync()
    {
        _stopped = true;
        await _session.StopAsync(CancellationToken.None);
        await _reading;
        lock (_lock)
        {
            return new GcFigures(_collections[0], _collections[1], _collections[2], _pausedMs, _longestPauseMs, _allocatedBytes, _promotedBytes);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            try
            {
                await _session.StopAsync(CancellationToken.None);
            }
            catch (Exception exception) when (exception is ServerNotAvailableException or IOException)
            {
                // The server is gone, and its event stream with it.
            }
        }

        await _reading;
        _session.Dispose();
    }

    private void Read()
    {
        using var source = new EventPipeEventSource(_session.EventStream);
        source.Clr.GCStart += OnStart;
        source.Clr.GCSuspendEEStart += OnSuspending;
        source.Clr.GCRestartEEStop += OnRestarted;
        source.Clr.GCHeapStats += e => { lock (_lock) { _promotedBytes += e.TotalPromotedSize0 + e.TotalPromotedSize1; } };
        source.Clr.GCAllocationTick += e => { lock (_lock) { _allocatedBytes += e.AllocationAmount64; } };
        source.Process();
    }

    private void OnStart(GCStartTraceData e)
    {
        lock (_lock)
        {
            _collections[Math.Clamp(e.Depth, 0, 2)]++;
        }
    }

    private void OnSuspending(GCSuspendEETraceData e)
    {
        if (e.Reason is GCSuspendEEReason.SuspendForGC or GCSuspendEEReason.SuspendForGCPrep)
        {
            lock (_lock)
            {
                _suspendedAtMs = e.TimeStampRelativeMSec;
            }
        }
    }

    // A pause runs from the suspension the collector asks for to the restart after it.
    private void OnRestarted(GCNoUserDataTraceData e)
    {
        lock (_lock)
        {
            if (_suspendedAtMs is { } suspended)
            {
                var pause = e.TimeStampRelativeMSec - suspended;
                _pausedMs += pause;
                _longestPauseMs = Math.Max(_longestPauseMs, pause);
                _suspendedAtMs = null;
            }
        }
    }

    /// <summary>What the server's collector did during the watch.</summary>
    public sealed record GcFigures(int Gen0, int Gen1, int Gen2, double PausedMs, double LongestPauseMs, long AllocatedBytes, long PromotedBytes)
    {
        public int Collections => Gen0 + Gen1 + Gen2;
    }
}
