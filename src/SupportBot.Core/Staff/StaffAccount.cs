namespace SupportBot.Core.Staff;

/// <summary>A person who signs in to the desk.</summary>
public sealed record StaffAccount
{
    /// <summary>The sign-in name, lower case (see <see cref="StaffNames"/>).</summary>
    public required string Name { get; init; }

    /// <summary>What the account may do.</summary>
    public required StaffRole Role { get; init; }

    /// <summary>The password hash in ASP.NET Core Identity's self-describing format; never the password.</summary>
    public required string PasswordHash { get; init; }

    /// <summary>
    /// Random and new for every account, so a sign-in cookie of a removed account stops working even when an account
    /// with the same name is added again.
    /// </summary>
    public required string Stamp { get; init; }

    /// <summary>When the account was added.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Failed sign-ins since the last successful one or the last lockout.</summary>
    public int FailedSignIns { get; init; }

    /// <summary>Sign-in is refused until then, if set.</summary>
    public DateTimeOffset? LockedUntil { get; init; }

    /// <summary>Whether sign-in is refused at <paramref name="now"/>.</summary>
    public bool IsLockedOut(DateTimeOffset now) => LockedUntil is { } until && until > now;
}
