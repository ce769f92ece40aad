using Spectre.Console;

namespace SupportBot.Cli;

/// <summary>Where a command writes: plain text and JSON to Output, tables and progress through Console, problems to Error.</summary>
internal sealed class CliContext
{
    public CliContext(TextReader input, TextWriter output, TextWriter error)
    {
        Input = input;
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

    /// <summary>Standard input (a password with --password-stdin).</summary>
    public TextReader Input { get; }

    /// <summary>Whether <see cref="Input"/> is a real terminal a password can be typed into without echo.</summary>
    public bool InputIsTerminal => ReferenceEquals(Input, System.Console.In) && !System.Console.IsInputRedirected;

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public IAnsiConsole Console { get; }
}
