using SupportBot.Server.Desk.Html;

namespace SupportBot.Server.Desk.Pages;

/// <summary>Sends a desk page with headers that keep it out of caches and frames and allow only the desk's own scripts.</summary>
internal static class DeskPageResults
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IResult Page(Html.Html page, int statusCode = StatusCodes.Status200OK) => new PageResult(page, statusCode);

    public static Task WriteAsync(HttpResponse response, int statusCode, Html.Html page)
    {
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "same-origin";
        return response.WriteAsync(page.Value);
    }

    private sealed class PageResult(Html.Html page, int statusCode) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext.Response, statusCode, page);
    }
}
