using System.Globalization;
using SupportBot.Server.Desk.Api;
using static SupportBot.Server.Desk.Html.Html;

namespace SupportBot.Server.Desk.Pages;

/// <summary>One ticket: header and actions, the conversation with a reply box, the details, the bot's guesses, the history.</summary>
internal static class TicketDetailPage
{
    private static readonly (DeskAction Action, string Label, string Style)[] Buttons =
    [
        (DeskAction.Take, "Take", "primary"), (DeskAction.Wait, "Waiting for user", ""), (DeskAction.Resolve, "Resolve", "good"),
        (DeskAction.Close, "Close", ""), (DeskAction.Reopen, "Reopen", ""),
    ];

    public static Html.Html Render(HttpContext context, DeskTicketView view, string? error = null, string? notice = null)
    {
        var t = view.Ticket;
        var actions = Buttons.Select(b => Of($"""
            <form method="post" action="/desk/tickets/{t.Number}/{DeskActions.Code(b.Action)}" class="inline" data-action="{DeskActions.Code(b.Action)}"{If(!view.Actions.Contains(DeskActions.Code(b.Action)), Trusted(" hidden"))}>{DeskLayout.TokenField(context)}<button type="submit" class="{b.Style}">{b.Label}</button></form>
            """));
        var canReply = view.Actions.Contains(DeskActions.Code(DeskAction.Reply));
        var details = new (string Label, string? Value)[]
        {
            ("User", t.UserName), ("Channel", t.Channel), ("Language", t.Language), ("Created", t.CreatedText), ("Problem", view.Details.Problem),
            ("Already tried", view.Details.AlreadyTried), ("Error text", view.Details.ErrorText), ("System and version", view.Details.SoftwareVersion),
            ("Contact", view.Details.Contact), ("Escalated because", view.EscalationReason),
        };
        var intents = view.Intents.Select(i => Of($"""<tr><td>{i.Intent}</td><td class="num">{i.Probability.ToString("P1", CultureInfo.InvariantCulture)}</td><td class="bar"><span data-width="{Math.Round(i.Probability * 100)}"></span></td></tr>"""));
        var articles = view.Articles.Select(a => Of($"""<li><span class="article-title">{a.Title}</span> <code>{a.Id}</code> <span class="score">{a.Score.ToString("0.00", CultureInfo.InvariantCulture)}</span></li>"""));
        return DeskLayout.Page(context, t.Number, Of($"""
            <article class="ticket" id="ticket" data-number="{t.Number}" data-sequence="{t.Sequence}">
            <header class="ticket-head">
            <h1>{t.Number}</h1>
            <span class="badge status-{t.Status}" id="t-status">{t.StatusLabel}</span>
            <span class="meta">Assignee: <strong id="t-assignee">{t.Assignee ?? "nobody"}</strong></span>
            <span class="meta">Rating: <strong id="t-rating">{Rating(view)}</strong></span>
            <span class="live" id="live-status" aria-live="polite">Live</span>
            </header>
            {If(error is not null, Of($"""<p class="error" role="alert">{error}</p>"""))}
            {If(notice is not null, Of($"""<p class="notice" role="status">{notice}</p>"""))}
            <div class="actions" id="actions">{actions}</div>
            <div class="columns">
            <section class="card conversation">
            <h2>Conversation</h2>
            <ol class="transcript" id="transcript">{view.Transcript.Select(Line)}</ol>
            <form method="post" action="/desk/tickets/{t.Number}/reply" class="reply" id="reply-form"{If(!canReply, Trusted(" hidden"))}>
            {DeskLayout.TokenField(context)}
            <label for="reply-text">Reply to the user (delivered into their chat)</label>
            <textarea id="reply-text" name="text" rows="3" maxlength="{DeskTicketActions.MaxReplyLength}" required></textarea>
            <div class="reply-bar"><span class="error" id="reply-error" role="alert"></span><button type="submit" class="primary">Send reply</button></div>
            </form>
            </section>
            <aside>
            <section class="card"><h2>Details</h2><dl class="details">{details.Select(d => Of($"""<dt>{d.Label}</dt><dd>{(string.IsNullOrEmpty(d.Value) ? "—" : d.Value)}</dd>"""))}</dl></section>
            <section class="card"><h2>What the bot understood</h2>
            <table class="grid intents"><thead><tr><th>Intent</th><th>Probability</th><th></th></tr></thead><tbody>{intents}</tbody></table>
            {If(view.Intents.Count == 0, Of($"""<p class="empty">No intent guesses.</p>"""))}
            <h3>Articles offered</h3>
            {(view.Articles.Count == 0 ? Of($"""<p class="empty">None.</p>""") : Of($"""<ul class="articles">{articles}</ul>"""))}
            </section>
            <section class="card"><h2>History</h2><ol class="history" id="history">{view.History.Select(Line)}</ol></section>
            </aside>
            </div>
            </article>
            """));
    }

    public static string Rating(DeskTicketView view) =>
        view.Ticket.Rating is { } score ? $"{score}/5" + (view.RatingComment is { Length: > 0 } c ? " — " + c : "") : "not rated";

    private static Html.Html Line(DeskLine line) => Of($"""
        <li class="role-{line.Role}"><div class="line-meta"><time datetime="{line.At.ToString("O", CultureInfo.InvariantCulture)}">{line.AtText}</time> {If(line.Name != line.Role, Of($"""<span class="who">{line.Name}</span> """))}<span class="role">{line.Role}</span></div><div class="text">{line.Text}</div></li>
        """);
}
