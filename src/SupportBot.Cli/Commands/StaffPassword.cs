using System.Text;

namespace SupportBot.Cli.Commands;

/// <summary>Reads a new staff password from the terminal without echo, or from the first line of redirected input.</summary>
internal static class StaffPassword
{
    public const int MinLength = 8;
    public const int MaxLength = 256;

    public static async Task<string> ReadLineAsync(TextReader input, CancellationToken cancellationToken)
    {
        var line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new CliException("--password-stdin: standard input is empty; pipe the password in, e.g. printf '%s\\n' \"$PASSWORD\" | supportbot staff add ...");
        return Check(line);
    }

    public static string Prompt(CliContext context)
    {
        if (!context.InputIsTerminal)
        {
            throw new CliException("No terminal to type the password in: pass --password-stdin and pipe the password into standard input.");
        }

        var first = ReadHidden(context.Error, "Password: ");
        var second = ReadHidden(context.Error, "Repeat the password: ");
        if (first != second)
        {
            throw new CliException("The passwords do not match; nothing was added.");
        }

        return Check(first);
    }

    private static string Check(string password)
    {
        if (password.Length < MinLength || string.IsNullOrWhiteSpace(password))
        {
            throw new CliException($"The password must be at least {MinLength} characters long.");
        }

        if (password.Length > MaxLength)
        {
            throw new CliException($"The password must be at most {MaxLength} characters long.");
        }

        return password;
    }

    private static string ReadHidden(TextWriter prompt, string label)
    {
        prompt.Write(label);
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                prompt.WriteLine();
                return text.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (text.Length > 0)
                {
                    text.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
    }
}
