using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using SupportBot.Core.Staff;
using SupportBot.Server.Desk.Auth;
using static SupportBot.Server.Desk.Html.Html;

namespace SupportBot.Server.Desk.Pages;

/// <summary>The frame of every desk page: top bar with the signed-in agent and sign-out, the stylesheet and the script.</summary>
internal static class DeskLayout
{
    public static Html.Html Page(HttpContext context, string title, Html.Html body)
    {
        var token = Token(context);
        var user = context.User;
        var signedIn = user.Identity?.IsAuthenticated == true;
        var isAdmin = user.IsInRole(StaffRoles.Admin);
        var pollMs = (int)context.RequestServices.GetRequiredService<IOptions<DeskOptions>>().Value.PollInterval.TotalMilliseconds;
        var nav = If(signedIn, Of($"""
            <nav class="nav"><a href="/desk">Queue</a>{If(isAdmin, Of($"""<a href="/desk/staff">Staff</a>"""))}</nav>
            <div class="me"><span class="me-name">{user.Identity?.Name}</span> <span class="role">{user.FindFirst(ClaimTypes.Role)?.Value}</span>
            <form method="post" action="/desk/logout" class="inline">{TokenField(token)}<button type="submit" class="link">Sign out</button></form></div>
            """));
        return Of($"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="desk-csrf" content="{token}">
            <title>{title} · SupportBot desk</title>
            <link rel="icon" href="/favicon.svg" type="image/svg+xml">
            <link rel="stylesheet" href="/assets/desk/desk.css">
            </head>
            <body data-poll-ms="{pollMs}">
            <header class="topbar"><a class="brand" href="/desk">SupportBot <span>desk</span></a>{nav}</header>
            <main>{body}</main>
            <script src="/assets/desk/desk.js" defer></script>
            </body>
            </html>
            """);
    }

    public static Html.Html Message(HttpContext context, string title, string message) =>
        Page(context, title, Of($"""<section class="card narrow"><h1>{title}</h1><p>{message}</p><p><a href="/desk">Back to the queue</a></p></section>"""));

    public static Html.Html TokenField(HttpContext context) => TokenField(Token(context));

    private static Html.Html TokenField(string token) => Of($"""<input type="hidden" name="{DeskAntiforgery.FormFieldName}" value="{token}">""");

    private static string Token(HttpContext context) =>
        context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context).RequestToken ?? "";
}
