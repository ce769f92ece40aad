using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupportBot.Core.Staff;
using SupportBot.Core.Storage;
using SupportBot.Core.Support;
using SupportBot.Server.Channels;
using SupportBot.Server.Desk.Api;
using SupportBot.Server.Desk.Auth;
using SupportBot.Server.Desk.Handoff;

namespace SupportBot.Server.Desk;

/// <summary>Registers and maps the L1 desk at /desk: staff sign-in, the console, its API and the handoff notices.</summary>
public static class DeskServiceCollectionExtensions
{
    private const string DeskPath = "/desk";

    // The keys ASP.NET Core's UseAuthentication and UseAuthorization set on the app they are called on.
    private const string AuthenticationMiddlewareSetKey = "__AuthenticationMiddlewareSet";
    private const string AuthorizationMiddlewareSetKey = "__AuthorizationMiddlewareSet";

    /// <summary>
    /// Binds <see cref="DeskOptions"/> (section <c>Desk</c>, validated at start) and registers the staff store, cookie
    /// sign-in with roles, anti-forgery, the console's services and the handoff notice service.
    /// </summary>
    public static IServiceCollection AddDesk(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeskOptions>()
            .Bind(configuration.GetSection(DeskOptions.SectionName))
            .Validate(o => FindZone(o.TimeZone) is not null, "Desk:TimeZone must be a time zone id such as UTC or Europe/Moscow.")
            .Validate(o => FindZone(o.TimeZone) is not { } zone || WorkingHours.TryParse(o.WorkingHours, zone, out _, out _), "Desk:WorkingHours must look like 'Mon-Fri 09:00-18:00' (several separated by ';'), or be empty for always.")
            .Validate(o => o.FirstResponseWait > TimeSpan.Zero && o.ExpectedWait > TimeSpan.Zero, "Desk:FirstResponseWait and Desk:ExpectedWait must be positive.")
            .Validate(o => o.NoticeCheckInterval >= TimeSpan.FromMilliseconds(100), "Desk:NoticeCheckInterval must be at least 100 ms.")
            .Validate(o => o.MaxFailedSignIns is >= 1 and <= 100 && o.LockoutDuration > TimeSpan.Zero, "Desk:MaxFailedSignIns must be 1–100 and Desk:LockoutDuration positive.")
            .Validate(o => o.SessionLifetime >= TimeSpan.FromMinutes(1), "Desk:SessionLifetime must be at least a minute.")
            .Validate(o => o.PollInterval >= TimeSpan.FromMilliseconds(250), "Desk:PollInterval must be at least 250 ms.")
            .ValidateOnStart();

        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<DeskOptions>>().Value;
            WorkingHours.TryParse(o.WorkingHours, FindZone(o.TimeZone)!, out var hours, out var error);
            return hours ?? throw new OptionsValidationException(DeskOptions.SectionName, typeof(DeskOptions), [error!]);
        });
        services.AddSingleton<IStaffStore>(sp => new SqliteStaffStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<StaffSignIn>();
        services.AddSingleton<DeskViews>();
        services.AddSingleton<DeskQueries>();
        services.AddSingleton(sp => new TicketConversation(sp.GetRequiredService<SupportBot.Core.Tickets.ITicketStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DeskTicketActions>();
        services.TryAddSingleton<IChannelAdapters, ChannelAdapters>();
        services.AddSingleton<DeskNoticeLog>();
        services.AddSingleton<HandoffNotifier>();
        services.AddHostedService(sp => sp.GetRequiredService<HandoffNotifier>());

        services.AddAuthentication(DeskAuth.Scheme).AddCookie(DeskAuth.Scheme);
        services.AddOptions<CookieAuthenticationOptions>(DeskAuth.Scheme).Configure<IOptions<DeskOptions>, TimeProvider>((cookie, desk, time) =>
        {
            DeskAuth.Configure(cookie, desk.Value);
            cookie.TimeProvider = time;
        });
        services.AddAuthorization(authorization =>
        {
            authorization.AddPolicy(DeskAuth.AgentPolicy, p => p.AddAuthenticationSchemes(DeskAuth.Scheme).RequireRole(StaffRoles.Agent, StaffRoles.Admin));
            authorization.AddPolicy(DeskAuth.AdminPolicy, p => p.AddAuthenticationSchemes(DeskAuth.Scheme).RequireRole(StaffRoles.Admin));
        });
        services.AddAntiforgery(DeskAntiforgery.Configure);
        return services;
    }

    /// <summary>
    /// Authentication and authorization for the desk's paths, after the static files and before the endpoints. Only
    /// the desk signs anyone in, so the chat's requests (nearly all the traffic) do not look for a cookie.
    /// </summary>
    public static WebApplication UseDesk(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(DeskPath),
            desk =>
            {
                desk.UseAuthentication();
                desk.UseAuthorization();
            });

        // A branch marks only its own copy of the properties, and WebApplication adds both middlewares for every
        // request in front of the pipeline unless these marks are on the app itself.
        var properties = ((IApplicationBuilder)app).Properties;
        properties[AuthenticationMiddlewareSetKey] = true;
        properties[AuthorizationMiddlewareSetKey] = true;
        return app;
    }

    /// <summary>The desk's pages and API under /desk; all but the login need a signed-in agent or admin.</summary>
    public static WebApplication MapDesk(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var desk = app.MapGroup(DeskPath).RequireAuthorization(DeskAuth.AgentPolicy);
        DeskPageEndpoints.Map(desk);
        DeskApi.Map(desk);
        desk.MapFallback(NotFound);
        return app;
    }

    private static IResult NotFound(HttpContext context) => DeskAuth.IsApi(context.Request)
        ? Results.Json(new DeskError { Error = "There is nothing here." }, DeskJsonContext.Default.DeskError, statusCode: StatusCodes.Status404NotFound)
        : Pages.DeskPageResults.Page(Pages.DeskLayout.Message(context, "Not found", "There is nothing here."), StatusCodes.Status404NotFound);

    private static TimeZoneInfo? FindZone(string? id)
    {
        try
        {
            return string.IsNullOrWhiteSpace(id) ? null : TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }
}
