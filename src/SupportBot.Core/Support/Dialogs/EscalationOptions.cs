using SupportBot.Core.Dialogs;

namespace SupportBot.Core.Support.Dialogs;

/// <summary>What an escalation begins with: the rule that fired and what is already known.</summary>
internal sealed record EscalationOptions(EscalationState Known) : DialogOptions;
