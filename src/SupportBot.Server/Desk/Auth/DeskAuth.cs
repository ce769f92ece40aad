using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using SupportBot.Core.Staff;
using SupportBot.Server.Desk.Api;
using SupportBot.Server.Desk.Pages;

namespace SupportBot.Server.Desk.Auth;

/// <summary>
/// The desk's cookie sign-in: names, claims, and the answers to an anonymous or unauthorized request — 401/403 JSON
/// for the API, the login page or a 403 page for pages, never data.
/// </summary>
internal static class DeskAuth
{
    public const string Scheme = "Desk";
    public const string AgentPolicy = "desk-agent";
    public const string AdminPolicy = "desk-admin";
    public const string StampClaim = "desk:stamp";
    public const string LoginPath = "/desk/login";

    public static ClaimsPrincipal CreatePrincipal(StaffAccount account)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, account.Name),
                new Claim(ClaimTypes.Role, StaffRoles.Name(account.Role)),
                new Claim(StampClaim, account.Stamp),
            ],
            Scheme);
        return new ClaimsPrincipal(identity);
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/desk/api", StringComparison.OrdinalIgnoreCase);

    public static void Configure(CookieAuthenticationOptions cookie, DeskOptions options)
    {
        cookie.Cookie.Name = "supportbot.desk";
        cookie.Cookie.Path = "/desk";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = options.SessionLifetime;
        cookie.SlidingExpiration = true;
        cookie.LoginPath = LoginPath;
        cookie.LogoutPath = "/desk/logout";
        cookie.AccessDeniedPath = "/desk/denied";
        cookie.ReturnUrlParameter = "returnUrl";
        cookie.Events.OnRedirectToLogin = context =>
        {
            if (IsApi(context.Request))
            {
                return WriteErrorAsync(context.Response, StatusCodes.Status401Unauthorized, "Sign in to the desk first.");
            }

            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        };
        cookie.Events.OnRedirectToAccessDenied = context =>
        {
            if (IsApi(context.Request))
            {
                return WriteErrorAsync(context.Response, StatusCodes.Status403Forbidden, "This needs the admin role.");
            }

            return DeskPageResults.WriteAsync(context.Response, StatusCodes.Status403Forbidden, DeskLayout.Message(context.HttpContext, "Not allowed", "This page needs the admin role."));
        };
        cookie.Events.OnValidatePrincipal = ValidateAsync;
    }

    public static Task WriteErrorAsync(HttpResponse response, int status, string error)
    {
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        return response.WriteAsync(JsonSerializer.Serialize(new DeskError { Error = error }, DeskJsonContext.Default.DeskError));
    }

    // A removed account, or one removed and added again, loses its sessions at once; a role change takes effect too.
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var name = context.Principal?.Identity?.Name;
        var stamp = context.Principal?.FindFirst(StampClaim)?.Value;
        var role = context.Principal?.FindFirst(ClaimTypes.Role)?.Value;
        var store = context.HttpContext.RequestServices.GetRequiredService<IStaffStore>();
        var account = name is null ? null : await store.FindAsync(name, context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (account is null || account.Stamp != stamp || StaffRoles.Name(account.Role) != role)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme).ConfigureAwait(false);
        }
    }
}
