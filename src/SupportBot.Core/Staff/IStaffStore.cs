namespace SupportBot.Core.Staff;

/// <summary>
/// Where staff accounts live. Names are normalized by the caller (<see cref="StaffNames"/>); an unknown name is null or
/// false, not an exception. The store keeps the sign-in failure counters so a lockout holds across restarts.
/// </summary>
public interface IStaffStore
{
    /// <summary>Adds an account, or says the name is taken.</summary>
    Task<StaffAddOutcome> AddAsync(StaffAccount account, CancellationToken cancellationToken);

    /// <summary>The account with that name, or null.</summary>
    Task<StaffAccount?> FindAsync(string name, CancellationToken cancellationToken);

    /// <summary>All accounts by name.</summary>
    Task<IReadOnlyList<StaffAccount>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Removes the account; false when there was none.</summary>
    Task<bool> RemoveAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Counts a failed sign-in at <paramref name="now"/>; the <paramref name="maxFailures"/>th in a row locks the account
    /// until <paramref name="now"/> + <paramref name="lockout"/> and starts the count again. Returns the account after
    /// the change, or null for an unknown name.
    /// </summary>
    Task<StaffAccount?> RecordFailedSignInAsync(string name, DateTimeOffset now, int maxFailures, TimeSpan lockout, CancellationToken cancellationToken);

    /// <summary>Clears the failure count after a successful sign-in, and stores a rehashed password when given one.</summary>
    Task RecordSignInAsync(string name, string? newPasswordHash, CancellationToken cancellationToken);
}
