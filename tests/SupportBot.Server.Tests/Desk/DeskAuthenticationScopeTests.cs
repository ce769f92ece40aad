using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Desk;

/// <summary>Only the desk signs anyone in: the chat's requests, nearly all the traffic, never look for a cookie.</summary>
public sealed class DeskAuthenticationScopeTests
{
    [Fact]
    public async Task ChatRequests_AreNotAuthenticated_DeskRequestsAre()
    {
        var calls = new AuthenticationCalls();
        await using var factory = new ServerFactory(new EchoBot(), services: services => CountAuthentications(services, calls));
        var chat = new DirectLineTestClient(factory.CreateClient());

        await chat.StartAsync();
        await chat.SendAsync("не работает впн");
        await chat.PollAsync();
        var afterChat = calls.Paths.ToArray();
        using var desk = await factory.CreateClient().GetAsync("/desk/login");

        Assert.Empty(afterChat);
        Assert.Contains("/desk/login", calls.Paths);
    }

    private static void CountAuthentications(IServiceCollection services, AuthenticationCalls calls)
    {
        services.AddSingleton(calls);
        services.AddScoped<AuthenticationService>();
        services.AddScoped<IAuthenticationService>(provider => new CountingAuthenticationService(
            provider.GetRequiredService<AuthenticationService>(), provider.GetRequiredService<AuthenticationCalls>()));
    }

    private sealed class AuthenticationCalls
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Paths { get; } = new();
    }

    private sealed class CountingAuthenticationService(IAuthenticationService inner, AuthenticationCalls calls) : IAuthenticationService
    {
        public Task<AuthenticateResult> AuthenticateAsync(HttpContext context, string? scheme)
        {
            calls.Paths.Enqueue(context.Request.Path.Value ?? "");
            return inner.AuthenticateAsync(context, scheme);
        }

        public Task ChallengeAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.ChallengeAsync(context, scheme, properties);

        public Task ForbidAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.ForbidAsync(context, scheme, properties);

        public Task SignInAsync(HttpContext context, string? scheme, ClaimsPrincipal principal, AuthenticationProperties? properties) => inner.SignInAsync(context, scheme, principal, properties);

        public Task SignOutAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.SignOutAsync(context, scheme, properties);
    }
}
