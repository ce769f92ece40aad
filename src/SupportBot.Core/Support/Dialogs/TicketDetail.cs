namespace SupportBot.Core.Support.Dialogs;

/// <summary>The details L1 needs, in the order the bot asks for the missing ones.</summary>
internal enum TicketDetail
{
    Problem,
    AlreadyTried,
    ErrorText,
    SoftwareVersion,
    Contact,
}
