using SupportBot.Server.Bot;
using SupportBot.Server.Channels.Telegram;
using SupportBot.Server.Channels.WebChat;
using SupportBot.Server.Desk;
using SupportBot.Server.Health;
using SupportBot.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddServerStorage(builder.Configuration);
builder.Services.AddSupportBot(builder.Configuration);
builder.Services.AddWebChat(builder.Configuration);
builder.Services.AddTelegramChannel(builder.Configuration);
builder.Services.AddDesk(builder.Configuration);

var app = builder.Build();
app.UseWebChat();
app.UseDesk();
app.MapHealthApi();
app.MapDirectLineApi();
app.MapTelegramWebhook();
app.MapDesk();
app.Run();

/// <summary>The server's entry point; public so the tests can start it with WebApplicationFactory.</summary>
public partial class Program;
