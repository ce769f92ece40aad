using System.Text.Json;

namespace SupportBot.Core.Dialogs;

/// <summary>A waterfall's stored state: the step it stopped at and its typed values as JSON.</summary>
internal sealed record WaterfallEnvelope
{
    public required int Step { get; init; }

    public required JsonElement Values { get; init; }
}
