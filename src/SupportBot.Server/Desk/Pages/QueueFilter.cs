using SupportBot.Core.Tickets;

namespace SupportBot.Server.Desk.Pages;

/// <summary>The queue's filters as they travel in the query string (status, language, channel, q, offset).</summary>
internal sealed record QueueFilter
{
    public const int PageSize = 50;

    public TicketStatus? Status { get; init; }

    public string? Language { get; init; }

    public string? Channel { get; init; }

    public string? Search { get; init; }

    public int Offset { get; init; }

    public static QueueFilter From(HttpRequest request)
    {
        var query = request.Query;
        string? Value(string key) => query[key].ToString() is { Length: > 0 } v ? v.Trim() : null;
        return new QueueFilter
        {
            Status = DeskStatuses.Parse(Value("status")),
            Language = Value("language") is "ru" or "en" ? Value("language") : null,
            Channel = Value("channel") is { Length: <= 64 } channel ? channel : null,
            Search = Value("q") is { } q ? q[..Math.Min(q.Length, 200)] : null,
            Offset = int.TryParse(Value("offset"), out var offset) && offset > 0 ? Math.Min(offset, 1_000_000) : 0,
        };
    }

    public TicketQuery ToQuery(TicketStatus? status) => new()
    {
        Statuses = status is { } s ? [s] : [],
        Language = Language,
        ChannelId = Channel,
        Search = Search,
        Limit = PageSize,
        Offset = Offset,
    };

    /// <summary>The query string of these filters with one status (null: any), for tabs, links and the API.</summary>
    public string QueryString(TicketStatus? status, int? offset = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (status is { } s)
        {
            pairs.Add(new("status", DeskStatuses.Code(s)));
        }

        if (Language is not null)
        {
            pairs.Add(new("language", Language));
        }

        if (Channel is not null)
        {
            pairs.Add(new("channel", Channel));
        }

        if (Search is not null)
        {
            pairs.Add(new("q", Search));
        }

        if (offset is > 0)
        {
            pairs.Add(new("offset", offset.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return Microsoft.AspNetCore.Http.QueryString.Create(pairs).ToString();
    }
}
