using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SupportBot.Core.Staff;

namespace SupportBot.Server.Desk.Auth;

/// <summary>
/// Checks a name and password against the staff store with a lockout: <see cref="DeskOptions.MaxFailedSignIns"/> wrong
/// passwords in a row lock the account for <see cref="DeskOptions.LockoutDuration"/>, by the injected clock. An unknown
/// name costs the same hash check as a known one, so timing does not tell which names exist.
/// </summary>
internal sealed partial class StaffSignIn
{
    private readonly IStaffStore _store;
    private readonly DeskOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<StaffSignIn> _logger;
    private readonly PasswordHasher<StaffAccount> _hasher = new();
    private readonly Lazy<string> _decoyHash;

    public StaffSignIn(IStaffStore store, IOptions<DeskOptions> options, TimeProvider timeProvider, ILogger<StaffSignIn> logger)
    {
        _store = store;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _decoyHash = new Lazy<string>(() => _hasher.HashPassword(Decoy, Guid.NewGuid().ToString("N")));
    }

    private static StaffAccount Decoy { get; } = new() { Name = "-", Role = StaffRole.Agent, PasswordHash = "", Stamp = "", CreatedAt = DateTimeOffset.UnixEpoch };

    public async Task<SignInAttempt> CheckAsync(string? rawName, string? password, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        var account = StaffNames.TryNormalize(rawName, out var name, out _) ? await _store.FindAsync(name, cancellationToken).ConfigureAwait(false) : null;
        if (account is null || string.IsNullOrEmpty(password))
        {
            _hasher.VerifyHashedPassword(Decoy, _decoyHash.Value, password ?? "");
            LogRefused(_logger);
            return SignInAttempt.Invalid;
        }

        if (account.IsLockedOut(now))
        {
            LogLockedOut(_logger, account.Name);
            return SignInAttempt.Locked(account.LockedUntil!.Value);
        }

        var verdict = _hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var after = await _store.RecordFailedSignInAsync(account.Name, now, _options.MaxFailedSignIns, _options.LockoutDuration, cancellationToken).ConfigureAwait(false);
            LogRefused(_logger);
            if (after?.IsLockedOut(now) == true)
            {
                LogLockedOut(_logger, account.Name);
                return SignInAttempt.Locked(after.LockedUntil!.Value);
            }

            return SignInAttempt.Invalid;
        }

        var rehash = verdict == PasswordVerificationResult.SuccessRehashNeeded ? _hasher.HashPassword(account, password) : null;
        await _store.RecordSignInAsync(account.Name, rehash, cancellationToken).ConfigureAwait(false);
        LogSignedIn(_logger, account.Name);
        return SignInAttempt.Success(account);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Desk sign-in of {Name}")]
    private static partial void LogSignedIn(ILogger logger, string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Desk sign-in refused: wrong name or password")]
    private static partial void LogRefused(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Desk account {Name} is locked after repeated failed sign-ins")]
    private static partial void LogLockedOut(ILogger logger, string name);
}
