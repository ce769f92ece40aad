using SupportBot.Core.Intents;

namespace SupportBot.Core.Knowledge;

/// <summary>Loads <c>&lt;lang&gt;/&lt;id&gt;.md</c> articles from a folder and checks them as a whole.</summary>
public static class KnowledgeBaseLoader
{
    /// <summary>The languages an article may be written in.</summary>
    public static IReadOnlySet<string> Languages { get; } = new HashSet<string>(StringComparer.Ordinal) { "ru", "en" };

    /// <summary>
    /// Loads every article under <paramref name="folder"/>. Problems with file and line: missing or duplicate id, unknown
    /// intent or language, empty body, broken front matter (errors); an article without its twin in the other language (warning).
    /// </summary>
    public static (KnowledgeBase KnowledgeBase, IReadOnlyList<DataProblem> Problems) Load(string folder, IReadOnlySet<string>? knownIntents = null)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Knowledge base folder not found: {folder}");
        }

        knownIntents ??= HelpdeskIntents.All;
        var problems = new List<DataProblem>();
        var articles = new List<Article>();
        var seen = new Dictionary<(string, string), string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var source = Path.GetRelativePath(folder, file);
            var content = File.ReadAllText(file);
            var article = ArticleParser.Parse(content, source, problems);
            if (article is null)
            {
                continue;
            }

            var before = problems.Count;
            var lines = content.ReplaceLineEndings("\n").Split('\n');
            CheckArticle(article, knownIntents, lines, problems);
            if (seen.TryGetValue((article.Id, article.Language), out var first))
            {
                problems.Add(Error(source, FieldLine(lines, "id"), $"duplicate id '{article.Id}' in '{article.Language}': already used by {first}"));
            }

            if (problems.Count == before)
            {
                seen[(article.Id, article.Language)] = source;
                articles.Add(article);
            }
        }

        if (articles.Count == 0 && !problems.Any(p => p.IsError))
        {
            problems.Add(Error(folder, "no articles found"));
        }

        foreach (var article in articles)
        {
            var twin = article.Language == "ru" ? "en" : "ru";
            if (!seen.ContainsKey((article.Id, twin)))
            {
                problems.Add(new DataProblem(new SourceLocation(article.Source, 2), $"'{article.Id}' has no '{twin}' version", IsError: false));
            }
        }

        return (new KnowledgeBase(articles), problems);
    }

    private static void CheckArticle(Article article, IReadOnlySet<string> knownIntents, string[] lines, List<DataProblem> problems)
    {
        if (!Languages.Contains(article.Language))
        {
            problems.Add(Error(article.Source, FieldLine(lines, "lang"), $"unknown lang '{article.Language}' (expected ru or en)"));
        }

        var folderLanguage = Path.GetDirectoryName(article.Source);
        if (!string.IsNullOrEmpty(folderLanguage) && Languages.Contains(folderLanguage) && folderLanguage != article.Language)
        {
            problems.Add(Error(article.Source, FieldLine(lines, "lang"), $"lang '{article.Language}' does not match the folder '{folderLanguage}'"));
        }

        if (!IsValidId(article.Id))
        {
            problems.Add(Error(article.Source, FieldLine(lines, "id"), $"id '{article.Id}' must be lower-case letters, digits and hyphens"));
        }

        foreach (var intent in article.Intents.Where(i => !knownIntents.Contains(i)))
        {
            problems.Add(Error(article.Source, FieldLine(lines, "intents", intent), $"unknown intent '{intent}'"));
        }
    }

    // The front-matter line that sets a field (and mentions the value, for list items), so an editor can jump to it;
    // line 2, the first front-matter line, when it cannot be told.
    private static int FieldLine(string[] lines, string field, string? value = null)
    {
        var start = Array.FindIndex(lines, l => l.TrimStart().StartsWith(field + ":", StringComparison.Ordinal));
        if (start < 0)
        {
            return 2;
        }

        if (value is null || lines[start].Contains(value, StringComparison.Ordinal))
        {
            return start + 1;
        }

        for (var i = start + 1; i < lines.Length && lines[i].TrimStart().StartsWith('-'); i++)
        {
            if (lines[i].Contains(value, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return start + 1;
    }

    private static bool IsValidId(string id) => id.Length is > 0 and <= 100 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    private static DataProblem Error(string source, string message) => Error(source, 2, message);

    private static DataProblem Error(string source, int line, string message) => new(new SourceLocation(source, line), message, IsError: true);
}
