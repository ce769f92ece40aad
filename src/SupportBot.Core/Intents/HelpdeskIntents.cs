namespace SupportBot.Core.Intents;

/// <summary>The intent names of SupportBot's default IT-helpdesk domain, shared by training data, knowledge base and evaluation.</summary>
public static class HelpdeskIntents
{
    /// <summary>The label of messages outside what the bot handles.</summary>
    public const string OutOfScope = "oos";

    /// <summary>Topics that each have a knowledge-base article.</summary>
    public static IReadOnlyList<string> SupportTopics { get; } =
    [
        "password_reset", "account_locked", "two_factor", "vpn", "wifi", "internet_down", "email_setup", "email_problem",
        "printer", "software_install", "license_activation", "update_error", "slow_computer", "hardware_fault",
        "access_request", "file_recovery", "video_call", "phishing_virus", "new_employee", "mobile_device",
    ];

    /// <summary>Intents that steer the conversation rather than name a problem.</summary>
    public static IReadOnlyList<string> Conversation { get; } =
    [
        "greeting", "goodbye", "thanks", "bot_capabilities", "human_agent", "ticket_status", "create_ticket",
        "frustration", "affirm", "deny",
    ];

    /// <summary>Every label the default domain's training data may use, out-of-scope included.</summary>
    public static IReadOnlySet<string> All { get; } =
        SupportTopics.Concat(Conversation).Append(OutOfScope).ToHashSet(StringComparer.Ordinal);
}
