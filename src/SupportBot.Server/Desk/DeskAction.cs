namespace SupportBot.Server.Desk;

/// <summary>What an agent can do to a ticket from the console.</summary>
internal enum DeskAction
{
    Take,
    Reply,
    Wait,
    Resolve,
    Close,
    Reopen,
}
