using SupportBot.Server.Desk.Api;
using static SupportBot.Server.Desk.Html.Html;

namespace SupportBot.Server.Desk.Pages;

/// <summary>The queue: status tabs with counts, filters, search and the tickets newest first; desk.js keeps it live.</summary>
internal static class QueuePage
{
    public static Html.Html Render(HttpContext context, QueueFilter filter, DeskTicketList list, IReadOnlyCollection<string> channels)
    {
        var all = list.Counts.Sum(c => c.Count);
        var tabs = new List<Html.Html> { Tab("All", all, filter.QueryString(null), filter.Status is null, "") };
        tabs.AddRange(DeskStatuses.All.Select(s => Tab(DeskStatuses.Label(s), list.Counts.FirstOrDefault(c => c.Status == DeskStatuses.Code(s))?.Count ?? 0, filter.QueryString(s), filter.Status == s, DeskStatuses.Code(s))));
        var statusOptions = DeskStatuses.All.Select(s => Option(DeskStatuses.Code(s), DeskStatuses.Label(s), filter.Status is { } current && current == s));
        var languageOptions = new[] { ("ru", "Russian"), ("en", "English") }.Select(l => Option(l.Item1, l.Item2, filter.Language == l.Item1));
        var channelOptions = channels.Select(c => Option(c, c, filter.Channel == c));
        var next = list.Items.Count > 0 && filter.Offset + list.Items.Count < list.Total ? filter.Offset + list.Items.Count : (int?)null;
        var paging = Of($"""
            <p class="paging"><span id="queue-total">{list.Total}</span> ticket(s){If(filter.Offset > 0, Of($""" · <a href="/desk{filter.QueryString(filter.Status, Math.Max(0, filter.Offset - QueueFilter.PageSize))}">Newer</a>"""))}{If(next is not null, Of($""" · <a href="/desk{filter.QueryString(filter.Status, next)}">Older</a>"""))}</p>
            """);
        return DeskLayout.Page(context, "Queue", Of($"""
            <section class="queue" id="queue" data-sequence="{list.Sequence}" data-api="/desk/api/tickets{filter.QueryString(filter.Status, filter.Offset)}">
            <div class="queue-head"><h1>Queue</h1><span class="live" id="live-status" aria-live="polite">Live</span></div>
            <nav class="tabs" id="status-tabs">{tabs}</nav>
            <form class="filters" method="get" action="/desk">
            <label>Status <select name="status"><option value="">Any</option>{statusOptions}</select></label>
            <label>Language <select name="language"><option value="">Any</option>{languageOptions}</select></label>
            <label>Channel <select name="channel"><option value="">Any</option>{channelOptions}</select></label>
            <label class="grow">Search <input type="search" name="q" value="{filter.Search}" maxlength="200" placeholder="Ticket number, name or words from the conversation"></label>
            <button type="submit">Filter</button> <a class="reset" href="/desk">Reset</a>
            </form>
            <table class="grid tickets">
            <thead><tr><th>Ticket</th><th>Status</th><th>Created</th><th>User</th><th>Problem</th><th>Channel</th><th>Lang</th><th>Assignee</th><th>Rating</th></tr></thead>
            <tbody id="queue-rows">{list.Items.Select(Row)}</tbody>
            </table>
            <p class="empty" id="queue-empty"{If(list.Items.Count > 0, Trusted(" hidden"))}>No tickets match.</p>
            {paging}
            </section>
            """));
    }

    public static Html.Html Row(DeskTicketRow row) => Of($"""
        <tr data-number="{row.Number}"><td><a href="/desk/tickets/{row.Number}">{row.Number}</a></td><td><span class="badge status-{row.Status}">{row.StatusLabel}</span></td><td>{row.CreatedText}</td><td>{(row.UserName.Length == 0 ? "—" : row.UserName)}</td><td class="problem">{Shorten(row.Problem)}</td><td>{row.Channel}</td><td>{row.Language}</td><td>{row.Assignee}</td><td>{(row.Rating is { } r ? r + "/5" : "")}</td></tr>
        """);

    private static string Shorten(string? text) => text is { Length: > 140 } ? text[..139] + "…" : text ?? "";

    private static Html.Html Tab(string label, int count, string query, bool current, string status) =>
        Of($"""<a href="/desk{query}" data-status="{status}"{If(current, Trusted(" class=\"current\" aria-current=\"page\""))}>{label} <span class="count">{count}</span></a>""");

    private static Html.Html Option(string value, string label, bool selected) =>
        Of($"""<option value="{value}"{If(selected, Trusted(" selected"))}>{label}</option>""");
}
