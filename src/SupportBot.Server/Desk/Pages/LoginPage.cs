using static SupportBot.Server.Desk.Html.Html;

namespace SupportBot.Server.Desk.Pages;

/// <summary>The sign-in form.</summary>
internal static class LoginPage
{
    public static Html.Html Render(HttpContext context, string? name, string? returnUrl, string? error) => DeskLayout.Page(context, "Sign in", Of($"""
        <section class="card narrow login">
        <h1>Sign in to the desk</h1>
        {If(error is not null, Of($"""<p class="error" role="alert">{error}</p>"""))}
        <form method="post" action="/desk/login">
        {DeskLayout.TokenField(context)}
        <input type="hidden" name="returnUrl" value="{returnUrl}">
        <label>Name <input name="name" autocomplete="username" required maxlength="64" value="{name}" autofocus></label>
        <label>Password <input name="password" type="password" autocomplete="current-password" required maxlength="256"></label>
        <button type="submit" class="primary">Sign in</button>
        </form>
        <p class="hint">Accounts are made by an administrator with <code>supportbot staff add</code>.</p>
        </section>
        """));
}
