using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Core.Conversations;
using SupportBot.Server.Bot;
using SupportBot.Server.Channels.WebChat;
using SupportBot.Server.Health;
using SupportBot.Server.Hosting;

namespace SupportBot.Benchmarks;

/// <summary>
/// The server's own registrations, as in its Program.cs, with a bot that answers at once: run as a child process by
/// the directline figures to measure what the channel itself costs.
/// </summary>
internal static class ChannelOnlyHost
{
    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = RepositoryPaths.Of("src", "SupportBot.Server") });
        builder.Services.AddServerStorage(builder.Configuration);
        builder.Services.AddSupportBot(builder.Configuration);
        builder.Services.AddWebChat(builder.Configuration);
        builder.Services.AddSingleton<IBot, InstantBot>();

        var app = builder.Build();
        app.UseWebChat();
        app.MapHealthApi();
        app.MapDirectLineApi();
        await app.RunAsync();
    }

    /// <summary>Types, then answers with one message and two buttons, like the real bot but without thinking.</summary>
    private sealed class InstantBot : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            await turnContext.SendActivityAsync(Activity.Typing(), cancellationToken);
            await turnContext.SendTextAsync("answer to: " + turnContext.Activity.Text, cancellationToken, SuggestedActions.ImBack("Helped", "Didn't help"));
        }
    }
}
