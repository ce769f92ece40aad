namespace SupportBot.Core.Staff;

/// <summary>What a staff account may do on the desk.</summary>
public enum StaffRole
{
    /// <summary>An L1 agent: works the ticket queue.</summary>
    Agent,

    /// <summary>An agent who also sees and manages the staff list.</summary>
    Admin,
}
