namespace SupportBot.Core.Knowledge;

/// <summary>A benchmark query: the user's language, the text, and the article that answers it (null: nothing should be found).</summary>
public sealed record SearchQueryCase(string Language, string Query, string? ExpectedId)
{
    /// <summary>Reads a <c>lang&lt;TAB&gt;expected_id&lt;TAB&gt;query</c> file; "-" means nothing should be found; # starts a comment.</summary>
    public static IReadOnlyList<SearchQueryCase> ReadTsv(string path)
    {
        var cases = new List<SearchQueryCase>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 3)
            {
                throw new FormatException($"{path}:{lineNumber}: expected lang<TAB>expected_id<TAB>query");
            }

            cases.Add(new SearchQueryCase(columns[0], columns[2], columns[1] == "-" ? null : columns[1]));
        }

        return cases;
    }
}
