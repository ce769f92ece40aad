using System.CommandLine;
using SupportBot.Cli.Commands;
using SupportBot.Core.Intents;

namespace SupportBot.Cli;

/// <summary>The staff CLI: builds the command tree and turns every failure into one line on stderr and a non-zero exit code.</summary>
internal static class CliApp
{
    public const int UserError = 1;
    public const int UnexpectedError = 2;

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(args, Console.In, output, error, cancellationToken);

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var context = new CliContext(input, output, error);
        var root = new RootCommand("SupportBot staff tools: train and evaluate the intent model, check and search the knowledge base, chat with the bot, review what it did not understand, manage desk accounts.")
        {
            TrainCommand.Create(context),
            EvaluateCommand.Create(context),
            PredictCommand.Create(context),
            KnowledgeBaseCommand.Create(context),
            ChatCommand.Create(context),
            ReviewCommand.Create(context),
            StaffCommand.Create(context),
        };

        try
        {
            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            return await root.Parse(args).InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is CliException or IntentModelFormatException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            await error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return UserError;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("error: cancelled").ConfigureAwait(false);
            return UserError;
        }
#pragma warning disable CA1031 // The CLI's promise is one line and an exit code, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await error.WriteLineAsync($"error: unexpected {e.GetType().Name}: {e.Message}").ConfigureAwait(false);
            return UnexpectedError;
        }
    }
}
