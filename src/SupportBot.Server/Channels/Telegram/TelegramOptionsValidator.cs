using System.Net;
using Microsoft.Extensions.Options;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>Checks <see cref="TelegramOptions"/> at start; messages never quote the token.</summary>
internal sealed class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        if (!IsTokenShaped(options.BotToken!))
        {
            errors.Add("Telegram:BotToken must look like '<digits>:<letters, digits, _ or ->' as @BotFather gives it.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("https" or "http"))
        {
            errors.Add("Telegram:ApiBaseUrl must be an absolute http(s) address.");
        }

        if (options.Mode == TelegramMode.Webhook)
        {
            if (!IsSecretShaped(options.WebhookSecret))
            {
                errors.Add("Telegram:WebhookSecret is required in webhook mode: 1-256 characters of A-Z, a-z, 0-9, _ and -.");
            }

            if (!Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var hook) || !(hook.Scheme == "https" || (hook.Scheme == "http" && IsLoopback(hook))))
            {
                errors.Add("Telegram:WebhookUrl is required in webhook mode and must be an https address.");
            }
        }
        else if (options.WebhookSecret is { Length: > 0 } && !IsSecretShaped(options.WebhookSecret))
        {
            errors.Add("Telegram:WebhookSecret must be 1-256 characters of A-Z, a-z, 0-9, _ and -.");
        }

        Range(errors, "LongPollTimeoutSeconds", options.LongPollTimeoutSeconds, 0, 50);
        Range(errors, "UpdatesLimit", options.UpdatesLimit, 1, 100);
        Range(errors, "GlobalMessagesPerSecond", options.GlobalMessagesPerSecond, 1, 1000);
        Range(errors, "MaxSendAttempts", options.MaxSendAttempts, 1, 100);
        Range(errors, "MaxConcurrentChats", options.MaxConcurrentChats, 1, 10_000);
        Range(errors, "WebhookQueueCapacity", options.WebhookQueueCapacity, 1, 1_000_000);
        Positive(errors, "RequestTimeout", options.RequestTimeout);
        Positive(errors, "RetryBaseDelay", options.RetryBaseDelay);
        Positive(errors, "RetryMaxDelay", options.RetryMaxDelay);
        Positive(errors, "TypingInterval", options.TypingInterval);
        if (options.PerChatInterval < TimeSpan.Zero || options.MaxRetryAfter < TimeSpan.Zero || options.TypingDelay < TimeSpan.Zero)
        {
            errors.Add("Telegram:PerChatInterval, MaxRetryAfter and TypingDelay must not be negative.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    internal static bool IsTokenShaped(string token)
    {
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        return colon > 0
            && colon < token.Length - 1
            && !token.AsSpan(0, colon).ContainsAnyExceptInRange('0', '9')
            && IsUrlSafe(token.AsSpan(colon + 1));
    }

    internal static bool IsSecretShaped(string? secret) =>
        secret is { Length: >= 1 and <= 256 } && IsUrlSafe(secret);

    // The token goes into the URL path and the secret into a header: only these characters are allowed in either.
    private static bool IsUrlSafe(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address));

    private static void Range(List<string> errors, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors.Add($"Telegram:{name} must be between {min} and {max}.");
        }
    }

    private static void Positive(List<string> errors, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"Telegram:{name} must be positive.");
        }
    }
}
