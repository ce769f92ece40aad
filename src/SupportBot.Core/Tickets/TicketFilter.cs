using System.Text;
using Microsoft.Data.Sqlite;

namespace SupportBot.Core.Tickets;

/// <summary>
/// Turns a <see cref="TicketQuery"/> into a WHERE clause over alias <c>t</c> with its parameters. User text only ever
/// travels as a parameter: a search word becomes a quoted FTS5 phrase (so no query syntax is parsed) or an instr() needle.
/// </summary>
internal sealed class TicketFilter
{
    // Enough for any real search; the cap keeps a pasted page from becoming dozens of FTS lookups.
    private const int MaxWords = 8;
    private const int MaxSearchLength = 200;
    private const int TrigramLength = 3;

    private readonly List<(string Name, object Value)> _parameters = [];

    private TicketFilter(string where) => Where = where;

    /// <summary>The condition; "1" when nothing is filtered.</summary>
    public string Where { get; private set; }

    public static TicketFilter From(TicketQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new TicketFilter("1");
        var conditions = new List<string>();
        if (query.Statuses is { Count: > 0 } statuses)
        {
            var names = statuses.Distinct().Select(status => filter.Add(TicketCodes.Of(status))).ToList();
            conditions.Add($"t.status IN ({string.Join(", ", names)})");
        }

        if (!string.IsNullOrWhiteSpace(query.Language))
        {
            conditions.Add($"t.language = {filter.Add(query.Language.Trim().ToLowerInvariant())}");
        }

        if (!string.IsNullOrWhiteSpace(query.ChannelId))
        {
            conditions.Add($"t.channel_id = {filter.Add(query.ChannelId)}");
        }

        if (!string.IsNullOrWhiteSpace(query.Assignee))
        {
            conditions.Add($"t.assignee = {filter.Add(TicketText.CleanName(query.Assignee))}");
        }

        if (filter.SearchCondition(query.Search) is { } search)
        {
            conditions.Add(search);
        }

        if (conditions.Count > 0)
        {
            filter.Where = string.Join(" AND ", conditions);
        }

        return filter;
    }

    public void Bind(SqliteParameterCollection parameters)
    {
        foreach (var (name, value) in _parameters)
        {
            parameters.AddWithValue(name, value);
        }
    }

    private string? SearchCondition(string? search)
    {
        var text = TicketText.CleanName(search, MaxSearchLength);
        if (text.Length == 0)
        {
            return null;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxWords);
        var all = new StringBuilder("(");
        foreach (var word in words)
        {
            if (all.Length > 1)
            {
                all.Append(" AND ");
            }

            all.Append(WordCondition(word));
        }

        all.Append(')');

        // A number typed in any accepted form ("#123", "SB-000123") finds that ticket even if the text matches nothing.
        return TicketNumber.TryParse(text, out var number) ? $"(t.number = {Add(number.Value)} OR {all})" : all.ToString();
    }

    private string WordCondition(string word)
    {
        if (word.EnumerateRunes().Count() < TrigramLength)
        {
            // Too short for the trigram index: a plain substring test on the header's folded search key.
            return $"instr(t.search_key, {Add(TicketInput.Fold(word))}) > 0";
        }

        var phrase = Add("\"" + TicketInput.Fold(word).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        return $"(t.id IN (SELECT rowid FROM ticket_header_fts WHERE ticket_header_fts MATCH {phrase})"
            + $" OR t.id IN (SELECT tr.ticket_id FROM ticket_transcript_fts f JOIN ticket_transcript tr ON tr.id = f.rowid"
            + $" WHERE ticket_transcript_fts MATCH {phrase}))";
    }

    private string Add(object value)
    {
        var name = "$p" + _parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _parameters.Add((name, value));
        return name;
    }
}
