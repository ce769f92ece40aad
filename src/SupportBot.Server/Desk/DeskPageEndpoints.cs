using Microsoft.AspNetCore.Authentication;
using SupportBot.Core.Staff;
using SupportBot.Core.Tickets;
using SupportBot.Server.Channels;
using SupportBot.Server.Desk.Auth;
using SupportBot.Server.Desk.Pages;

namespace SupportBot.Server.Desk;

/// <summary>The desk's HTML pages and form posts; every post checks the anti-forgery token first.</summary>
internal static class DeskPageEndpoints
{
    public static void Map(RouteGroupBuilder desk)
    {
        desk.MapGet("/login", LoginForm).AllowAnonymous();
        desk.MapPost("/login", LoginAsync).AllowAnonymous().AddEndpointFilter(DeskAntiforgery.FilterAsync);
        desk.MapPost("/logout", (Func<HttpContext, Task<IResult>>)LogoutAsync).AddEndpointFilter(DeskAntiforgery.FilterAsync);
        desk.MapGet("/", QueueAsync);
        desk.MapGet("/tickets/{number}", TicketAsync);
        desk.MapPost("/tickets/{number}/{action}", ActAsync).AddEndpointFilter(DeskAntiforgery.FilterAsync);
        desk.MapGet("/staff", StaffAsync).RequireAuthorization(DeskAuth.AdminPolicy);
    }

    private static IResult LoginForm(HttpContext context, string? returnUrl) =>
        context.User.Identity?.IsAuthenticated == true
            ? Results.Redirect(SafeReturnUrl(returnUrl))
            : DeskPageResults.Page(LoginPage.Render(context, null, returnUrl, null));

    private static async Task<IResult> LoginAsync(HttpContext context, StaffSignIn signIn, TimeProvider time, DeskViews views)
    {
        if (!context.Request.HasFormContentType)
        {
            return DeskPageResults.Page(LoginPage.Render(context, null, null, "Send the sign-in form."), StatusCodes.Status415UnsupportedMediaType);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        string name = form["name"].ToString(), returnUrl = form["returnUrl"].ToString();
        var attempt = await signIn.CheckAsync(name, form["password"].ToString(), context.RequestAborted).ConfigureAwait(false);
        if (attempt.Account is null)
        {
            var error = attempt.LockedUntil is { } until
                ? $"Too many failed sign-ins: this account is locked until {views.Time(until)}. Try again then."
                : "Wrong name or password.";
            return DeskPageResults.Page(LoginPage.Render(context, name, returnUrl, error), StatusCodes.Status401Unauthorized);
        }

        await context.SignInAsync(DeskAuth.Scheme, DeskAuth.CreatePrincipal(attempt.Account)).ConfigureAwait(false);
        return Results.Redirect(SafeReturnUrl(returnUrl));
    }

    private static async Task<IResult> LogoutAsync(HttpContext context)
    {
        await context.SignOutAsync(DeskAuth.Scheme).ConfigureAwait(false);
        return Results.Redirect(DeskAuth.LoginPath);
    }

    private static async Task<IResult> QueueAsync(HttpContext context, DeskQueries queries, IChannelAdapters adapters)
    {
        var filter = QueueFilter.From(context.Request);
        var list = await queries.QueueAsync(filter, context.RequestAborted).ConfigureAwait(false);
        var channels = adapters.ChannelIds.Append("telegram").Append("webchat").Distinct().Order(StringComparer.Ordinal).ToList();
        return DeskPageResults.Page(QueuePage.Render(context, filter, list, channels));
    }

    private static async Task<IResult> TicketAsync(HttpContext context, string number, DeskQueries queries)
    {
        var view = await queries.TicketAsync(number, Agent(context), context.RequestAborted).ConfigureAwait(false);
        return view is null
            ? DeskPageResults.Page(DeskLayout.Message(context, "Not found", $"There is no ticket {number}."), StatusCodes.Status404NotFound)
            : DeskPageResults.Page(TicketDetailPage.Render(context, view));
    }

    private static async Task<IResult> ActAsync(HttpContext context, string number, string action, DeskTicketActions actions, DeskQueries queries)
    {
        if (!TicketNumber.TryParse(number, out var parsed) || DeskActions.Parse(action) is not { } what)
        {
            return DeskPageResults.Page(DeskLayout.Message(context, "Not found", "There is no such ticket or action."), StatusCodes.Status404NotFound);
        }

        if (!context.Request.HasFormContentType)
        {
            return DeskPageResults.Page(DeskLayout.Message(context, "Not a form", "Send the action as a form, or use /desk/api."), StatusCodes.Status415UnsupportedMediaType);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var outcome = await actions.RunAsync(parsed, what, Agent(context), form["text"].ToString(), context.RequestAborted).ConfigureAwait(false);
        if (outcome.Succeeded && outcome.Warning is null)
        {
            // Post/redirect/get: a reload never repeats the action.
            return Results.Redirect($"/desk/tickets/{parsed}", permanent: false, preserveMethod: false);
        }

        var view = await queries.TicketAsync(parsed.ToString(), Agent(context), context.RequestAborted).ConfigureAwait(false);
        return view is null
            ? DeskPageResults.Page(DeskLayout.Message(context, "Not found", outcome.Error ?? ""), outcome.StatusCode)
            : DeskPageResults.Page(TicketDetailPage.Render(context, view, outcome.Error, outcome.Warning), outcome.StatusCode);
    }

    private static async Task<IResult> StaffAsync(HttpContext context, IStaffStore staff, DeskViews views, TimeProvider time)
    {
        var accounts = await staff.ListAsync(context.RequestAborted).ConfigureAwait(false);
        return DeskPageResults.Page(StaffPage.Render(context, accounts, views, time.GetUtcNow()));
    }

    internal static string Agent(HttpContext context) => context.User.Identity?.Name ?? "";

    // Only a local desk path: an absolute or protocol-relative URL would make the login an open redirect.
    private static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith("/desk", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : "/desk";
}
