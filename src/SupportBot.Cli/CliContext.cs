using Spectre.Console;

namespace SupportBot.Cli;

/// <summary>Where a command writes: plain text and JSON to Output, tables and progress through Console, problems to Error.</summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error)
    {
        Output = output;
        Error = error;
        // Colours and live progress only on a real terminal; redirected output and tests get plain text.
        var terminal = ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
    }

    /// <summary>Where interactive commands (chat) read lines from.</summary>
    public TextReader Input { get; init; } = System.Console.In;

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public IAnsiConsole Console { get; }
}
