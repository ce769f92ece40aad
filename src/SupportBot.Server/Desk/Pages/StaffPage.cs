using SupportBot.Core.Staff;
using static SupportBot.Server.Desk.Html.Html;

namespace SupportBot.Server.Desk.Pages;

/// <summary>The admin's list of desk accounts.</summary>
internal static class StaffPage
{
    public static Html.Html Render(HttpContext context, IReadOnlyList<StaffAccount> accounts, DeskViews views, DateTimeOffset now)
    {
        var rows = accounts.Select(a => Of($"""
            <tr><td>{a.Name}</td><td><span class="badge badge-{StaffRoles.Name(a.Role)}">{StaffRoles.Name(a.Role)}</span></td><td>{views.Time(a.CreatedAt)}</td>
            <td>{(a.IsLockedOut(now) ? "locked until " + views.Time(a.LockedUntil!.Value) : "ok")}</td></tr>
            """));
        return DeskLayout.Page(context, "Staff", Of($"""
            <section class="card">
            <h1>Staff</h1>
            <table class="grid"><thead><tr><th>Name</th><th>Role</th><th>Added</th><th>Sign-in</th></tr></thead><tbody>{rows}</tbody></table>
            <p class="hint">Add or remove accounts on the server with <code>supportbot staff add &lt;name&gt; --role agent|admin</code> and <code>supportbot staff remove &lt;name&gt;</code>.</p>
            </section>
            """));
    }
}
