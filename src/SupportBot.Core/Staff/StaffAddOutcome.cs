namespace SupportBot.Core.Staff;

/// <summary>How adding a staff account went.</summary>
public enum StaffAddOutcome
{
    /// <summary>The account was added.</summary>
    Added,

    /// <summary>An account with that name exists; nothing changed.</summary>
    NameTaken,
}
