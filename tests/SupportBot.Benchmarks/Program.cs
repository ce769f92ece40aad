using BenchmarkDotNet.Running;
using SupportBot.Benchmarks;

// "intents", "search", "engine", "turns", "directline" and "telegram" run the quick figures for the closing notes; anything else goes to BenchmarkDotNet's switcher.
if (args.Length > 0 && args[0] == "intents")
{
    return IntentFigures.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "engine")
{
    return EngineFigures.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "turns")
{
    return TurnFigures.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "directline")
{
    return await DirectLineFigures.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "directline-host")
{
    await ChannelOnlyHost.RunAsync(args[1..]);
    return 0;
}

if (args.Length > 0 && args[0] == "telegram")
{
    return await SupportBot.Server.Tests.Telegram.TelegramFigures.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "search")
{
    return SearchFigures.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(IntentFigures).Assembly).Run(args);
return 0;
