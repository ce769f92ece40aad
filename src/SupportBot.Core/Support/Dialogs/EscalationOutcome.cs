namespace SupportBot.Core.Support.Dialogs;

/// <summary>How an escalation ended.</summary>
internal enum EscalationOutcome
{
    /// <summary>A ticket was opened and its number given to the user.</summary>
    Created,

    /// <summary>The user cancelled; no ticket.</summary>
    Cancelled,
}
