namespace SupportBot.Server.Desk.Handoff;

/// <summary>The notices a waiting user gets, each at most once per ticket.</summary>
internal enum DeskNoticeKind
{
    /// <summary>Nobody took the ticket within the first-response time: the expected wait.</summary>
    ExpectedWait,

    /// <summary>The ticket waits outside working hours: when someone will answer.</summary>
    OutOfHours,
}
