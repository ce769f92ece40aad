namespace SupportBot.Cli.Tests;

/// <summary>One run of the CLI in-process, with what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, output, error, CancellationToken.None);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>A run with <paramref name="input"/> as standard input (redirected, as from a pipe).</summary>
    public static async Task<CliRun> RunWithInputAsync(string input, params string[] args)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, reader, output, error, CancellationToken.None);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
