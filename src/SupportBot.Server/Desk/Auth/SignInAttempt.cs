using SupportBot.Core.Staff;

namespace SupportBot.Server.Desk.Auth;

/// <summary>The result of <see cref="StaffSignIn.CheckAsync"/>: the account, or why not.</summary>
internal sealed record SignInAttempt
{
    public static SignInAttempt Invalid { get; } = new();

    /// <summary>The signed-in account; null when refused.</summary>
    public StaffAccount? Account { get; init; }

    /// <summary>Set when the account is locked: until when.</summary>
    public DateTimeOffset? LockedUntil { get; init; }

    public static SignInAttempt Success(StaffAccount account) => new() { Account = account };

    public static SignInAttempt Locked(DateTimeOffset until) => new() { LockedUntil = until };
}
