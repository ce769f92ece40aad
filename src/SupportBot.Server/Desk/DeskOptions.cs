namespace SupportBot.Server.Desk;

/// <summary>The L1 desk's settings (section <c>Desk</c>), validated at start.</summary>
public sealed class DeskOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Desk";

    /// <summary>A new ticket nobody has taken for this long gets the "expected wait" notice (once).</summary>
    public TimeSpan FirstResponseWait { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The wait the notice quotes.</summary>
    public TimeSpan ExpectedWait { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// When agents work, e.g. <c>Mon-Fri 09:00-18:00</c> or <c>Mon-Fri 09:00-18:00; Sat 10:00-14:00</c>, in
    /// <see cref="TimeZone"/>; empty means always. A ticket that arrives outside them gets a notice saying when
    /// someone will answer (once).
    /// </summary>
    public string WorkingHours { get; set; } = "";

    /// <summary>The time zone of <see cref="WorkingHours"/> and of times shown on the desk (IANA id, e.g. Europe/Moscow).</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>How often the notice service looks at the queue.</summary>
    public TimeSpan NoticeCheckInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>This many wrong passwords in a row lock the account.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>For this long.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A sign-in lasts this long without activity.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How often the console asks the change feed for news.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
