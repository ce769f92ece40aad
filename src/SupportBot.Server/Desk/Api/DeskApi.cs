using System.Text.Json;
using SupportBot.Core.Staff;
using SupportBot.Core.Tickets;
using SupportBot.Server.Desk.Auth;
using SupportBot.Server.Desk.Pages;

namespace SupportBot.Server.Desk.Api;

/// <summary>The desk's JSON API under /desk/api: the queue, one ticket, the change feed, actions, the staff list (admin).</summary>
internal static class DeskApi
{
    public static void Map(RouteGroupBuilder desk)
    {
        var api = desk.MapGroup("/api");
        api.MapGet("/tickets", QueueAsync);
        api.MapGet("/tickets/{number}", TicketAsync);
        api.MapGet("/changes", ChangesAsync);
        api.MapPost("/tickets/{number}/{action}", ActAsync).AddEndpointFilter(DeskAntiforgery.FilterAsync);
        api.MapGet("/staff", StaffAsync).RequireAuthorization(DeskAuth.AdminPolicy);
    }

    private static async Task<IResult> QueueAsync(HttpContext context, DeskQueries queries) =>
        Json(await queries.QueueAsync(QueueFilter.From(context.Request), context.RequestAborted).ConfigureAwait(false), DeskJsonContext.Default.DeskTicketList);

    private static async Task<IResult> TicketAsync(HttpContext context, string number, DeskQueries queries)
    {
        var view = await queries.TicketAsync(number, DeskPageEndpoints.Agent(context), context.RequestAborted).ConfigureAwait(false);
        return view is null ? Error(StatusCodes.Status404NotFound, $"There is no ticket {number}.") : Json(view, DeskJsonContext.Default.DeskTicketView);
    }

    private static async Task<IResult> ChangesAsync(HttpContext context, DeskQueries queries, long? after) =>
        Json(await queries.ChangesAsync(after ?? 0, context.RequestAborted).ConfigureAwait(false), DeskJsonContext.Default.DeskChangeFeed);

    private static async Task<IResult> ActAsync(HttpContext context, string number, string action, DeskTicketActions actions, DeskQueries queries)
    {
        if (!TicketNumber.TryParse(number, out var parsed) || DeskActions.Parse(action) is not { } what)
        {
            return Error(StatusCodes.Status404NotFound, "There is no such ticket or action.");
        }

        string? text = null;
        if (context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            if (!context.Request.HasJsonContentType())
            {
                return Error(StatusCodes.Status415UnsupportedMediaType, "Send the body as application/json, e.g. {\"text\":\"...\"}.");
            }

            try
            {
                var body = await context.Request.ReadFromJsonAsync(DeskJsonContext.Default.DeskReplyRequest, context.RequestAborted).ConfigureAwait(false);
                text = body?.Text;
            }
            catch (JsonException)
            {
                return Error(StatusCodes.Status400BadRequest, "The body is not valid JSON like {\"text\":\"...\"}.");
            }
        }

        var outcome = await actions.RunAsync(parsed, what, DeskPageEndpoints.Agent(context), text, context.RequestAborted).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            return Error(outcome.StatusCode, outcome.Error!);
        }

        var view = queries.Views.Ticket(outcome.Ticket!, DeskPageEndpoints.Agent(context));
        return Json(new DeskActionResponse { Ticket = view, Warning = outcome.Warning }, DeskJsonContext.Default.DeskActionResponse);
    }

    private static async Task<IResult> StaffAsync(HttpContext context, IStaffStore staff, TimeProvider time)
    {
        var now = time.GetUtcNow();
        IReadOnlyList<DeskStaffRow> rows = [.. (await staff.ListAsync(context.RequestAborted).ConfigureAwait(false)).Select(a => new DeskStaffRow
        {
            Name = a.Name,
            Role = StaffRoles.Name(a.Role),
            CreatedAt = a.CreatedAt,
            LockedUntil = a.IsLockedOut(now) ? a.LockedUntil : null,
        })];
        return Json(rows, DeskJsonContext.Default.IReadOnlyListDeskStaffRow);
    }

    private static IResult Json<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) => new NoStoreJson<T>(value, type, StatusCodes.Status200OK);

    private static IResult Error(int status, string error) => new NoStoreJson<DeskError>(new DeskError { Error = error }, DeskJsonContext.Default.DeskError, status);

    private sealed class NoStoreJson<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.CacheControl = "no-store";
            return Results.Json(value, type, statusCode: status).ExecuteAsync(httpContext);
        }
    }
}
