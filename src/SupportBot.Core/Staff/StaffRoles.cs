using System.Diagnostics.CodeAnalysis;

namespace SupportBot.Core.Staff;

/// <summary>The roles' names as typed on the command line, stored in the database and carried in sign-in claims.</summary>
public static class StaffRoles
{
    /// <summary>The name of <see cref="StaffRole.Agent"/>.</summary>
    public const string Agent = "agent";

    /// <summary>The name of <see cref="StaffRole.Admin"/>.</summary>
    public const string Admin = "admin";

    /// <summary>The lower-case name of a role.</summary>
    public static string Name(StaffRole role) => role == StaffRole.Admin ? Admin : Agent;

    /// <summary>Reads "agent" or "admin" (any case); false for anything else.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out StaffRole role)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case Agent:
                role = StaffRole.Agent;
                return true;
            case Admin:
                role = StaffRole.Admin;
                return true;
            default:
                role = default;
                return false;
        }
    }
}
