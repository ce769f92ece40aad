using System.Runtime.InteropServices;

namespace SupportBot.Server.Hosting;

/// <summary>
/// Lowers the calling thread's scheduling priority, for work that can wait (a WAL checkpoint) so it runs in the gaps
/// between messages instead of taking a core from them. Linux only (a thread's nice value); elsewhere it does nothing.
/// .NET's <see cref="Thread.Priority"/> has no effect on Linux, so this asks the kernel directly.
/// </summary>
internal static class BackgroundPriority
{
    /// <summary>Nice 10: about a tenth of a normal thread's share of a busy core, and all of an idle one.</summary>
    public const int Nice = 10;

    private const int PriorityOfProcess = 0;

    /// <summary>True when the thread now runs at <see cref="Nice"/> or lower still (a process started niced).</summary>
    public static bool LowerForCurrentThread()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        // On Linux these calls with a thread id apply to that thread alone; raising the value needs no privilege.
        var thread = GetThreadId();
        return GetPriority(PriorityOfProcess, thread) >= Nice || SetPriority(PriorityOfProcess, thread, Nice) == 0;
    }

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();

    [DllImport("libc", EntryPoint = "getpriority")]
    private static extern int GetPriority(int which, int who);

    [DllImport("libc", EntryPoint = "setpriority")]
    private static extern int SetPriority(int which, int who, int priority);
}
