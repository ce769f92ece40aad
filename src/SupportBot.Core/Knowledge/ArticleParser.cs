using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SupportBot.Core.Knowledge;

/// <summary>Reads one article file: YAML front matter between <c>---</c> lines, then a Markdown body whose first numbered list is its steps.</summary>
public static class ArticleParser
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().Build();

    /// <summary>Parses <paramref name="content"/>; returns the article, or null with the problems that stopped it.</summary>
    public static Article? Parse(string content, string source, List<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(problems);
        var lines = content.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            problems.Add(Error(source, 1, "missing front matter: the file must start with a '---' line"));
            return null;
        }

        var closing = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (closing < 0)
        {
            problems.Add(Error(source, 1, "front matter is not closed by a '---' line"));
            return null;
        }

        ArticleFrontMatter? front;
        try
        {
            front = Yaml.Deserialize<ArticleFrontMatter>(string.Join('\n', lines[1..closing]));
        }
        catch (YamlException e)
        {
            problems.Add(Error(source, (int)e.Start.Line + 1, "broken front matter: " + FirstLine(e.InnerException?.Message ?? e.Message)));
            return null;
        }

        if (front is null)
        {
            problems.Add(Error(source, 2, "front matter is empty"));
            return null;
        }

        var before = problems.Count;
        Require(front.Id, "id", source, problems);
        Require(front.Lang, "lang", source, problems);
        Require(front.Title, "title", source, problems);
        if (front.Intents is not { Count: > 0 })
        {
            problems.Add(Error(source, 2, "front matter needs at least one intent in 'intents'"));
        }

        var body = string.Join('\n', lines[(closing + 1)..]).Trim();
        if (body.Length == 0)
        {
            problems.Add(Error(source, closing + 2, "the article has no body"));
        }

        if (problems.Count > before)
        {
            return null;
        }

        var document = Markdig.Markdown.Parse(body, Markdown);
        return new Article
        {
            Id = front.Id!.Trim(),
            Language = front.Lang!.Trim(),
            Title = front.Title!.Trim(),
            Intents = front.Intents!.Select(i => i.Trim()).ToList(),
            Questions = front.Questions?.Select(q => q.Trim()).Where(q => q.Length > 0).ToList() ?? [],
            Tags = front.Tags?.Select(t => t.Trim()).ToList() ?? [],
            Body = body,
            Summary = document.Descendants<ParagraphBlock>().Where(p => p.Parent is MarkdownDocument).Select(PlainText).FirstOrDefault() ?? string.Empty,
            Steps = document.Descendants<ListBlock>().FirstOrDefault(l => l.IsOrdered) is { } list
                ? list.OfType<ListItemBlock>().Select(PlainText).Where(s => s.Length > 0).ToList()
                : [],
            PlainBody = PlainText(document),
            Source = source,
        };
    }

    private static void Require(string? value, string field, string source, List<DataProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(Error(source, 2, $"front matter is missing '{field}'"));
        }
    }

    private static DataProblem Error(string source, int line, string message) => new(new SourceLocation(source, line), message, IsError: true);

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    /// <summary>The text of a block and everything inside it, without Markdown syntax.</summary>
    private static string PlainText(Block block)
    {
        var text = new StringBuilder();
        AppendText(block, text);
        return text.ToString().Trim();
    }

    private static void AppendText(Block block, StringBuilder text)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } inline }:
                AppendInlines(inline, text);
                text.Append('\n');
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                text.Append(leaf.Lines.ToString()).Append('\n');
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AppendText(child, text);
                }

                break;
        }
    }

    private static void AppendInlines(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case AutolinkInline link:
                    text.Append(link.Url);
                    break;
                case ContainerInline nested:
                    AppendInlines(nested, text);
                    break;
            }
        }
    }
}
