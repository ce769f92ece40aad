using Microsoft.AspNetCore.Antiforgery;
using SupportBot.Server.Desk.Pages;

namespace SupportBot.Server.Desk.Auth;

/// <summary>
/// The anti-forgery check on every state-changing desk request: the token comes in the form field of a page's form
/// or in the <c>X-Desk-CSRF</c> header of a fetch call. A request without a valid one changes nothing and gets 400.
/// </summary>
internal static class DeskAntiforgery
{
    public const string HeaderName = "X-Desk-CSRF";
    public const string FormFieldName = "__csrf";

    public static void Configure(AntiforgeryOptions options)
    {
        options.HeaderName = HeaderName;
        options.FormFieldName = FormFieldName;
        options.Cookie.Name = "supportbot.desk.csrf";
        options.Cookie.Path = "/desk";
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    }

    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http).ConfigureAwait(false);
        }
        catch (AntiforgeryValidationException)
        {
            const string Message = "The request has no valid anti-forgery token; reload the page and try again.";
            return DeskAuth.IsApi(http.Request)
                ? Results.Json(new Api.DeskError { Error = Message }, Api.DeskJsonContext.Default.DeskError, statusCode: StatusCodes.Status400BadRequest)
                : DeskPageResults.Page(DeskLayout.Message(http, "Request refused", Message), StatusCodes.Status400BadRequest);
        }

        return await next(context).ConfigureAwait(false);
    }
}
