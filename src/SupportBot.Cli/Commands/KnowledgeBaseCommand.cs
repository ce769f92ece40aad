using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Spectre.Console;
using SupportBot.Core.Intents;
using SupportBot.Core.Knowledge;

namespace SupportBot.Cli.Commands;

/// <summary><c>supportbot kb check|index|search</c>: validate the articles, build the index, try a query.</summary>
internal static class KnowledgeBaseCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Option<string?>("--kb") { Description = "The knowledge-base folder (default: knowledge-base/)." };
        var check = new Command("check", "Validate every article; problems are listed with file and line.") { folder };
        check.SetAction((parse, _) => Task.FromResult(Check(context, parse.GetValue(folder) ?? CliPaths.KnowledgeBase)));

        var output = new Option<string?>("--out") { Description = "Also write the built index to this SQLite file." };
        var index = new Command("index", "Build the full-text index and report its size and build time.") { folder, output };
        index.SetAction((parse, _) => Task.FromResult(Index(context, parse.GetValue(folder) ?? CliPaths.KnowledgeBase, parse.GetValue(output))));

        var query = new Argument<string>("query") { Description = "What a user might write." };
        var language = new Option<string?>("--lang") { Description = "Search the ru or en articles (default: the query's language)." };
        var json = new Option<bool>("--json") { Description = "Print hits as JSON: id, title, language, score, relevance." };
        var model = new Option<string?>("--model") { Description = "Intent model whose priors guide search, as in the bot (default: models/intent-model.sbim if present)." };
        var noIntents = new Option<bool>("--no-intents") { Description = "Search by words alone, without the intent model's priors." };
        var search = new Command("search", "Show the best articles for a query with their scores.") { query, folder, language, json, model, noIntents };
        search.SetAction((parse, _) => Task.FromResult(Search(
            context, parse.GetValue(query)!, parse.GetValue(folder) ?? CliPaths.KnowledgeBase, parse.GetValue(language), parse.GetValue(json),
            parse.GetValue(noIntents) ? null : parse.GetValue(model) ?? (File.Exists(CliPaths.DefaultModel) ? CliPaths.DefaultModel : null))));

        return new Command("kb", "Knowledge-base tools.") { check, index, search };
    }

    private static int Check(CliContext context, string folder)
    {
        var (knowledgeBase, problems) = KnowledgeBaseLoader.Load(folder);
        foreach (var problem in problems)
        {
            context.Error.WriteLine(problem.ToString());
        }

        var errors = problems.Count(p => p.IsError);
        context.Output.WriteLine($"{knowledgeBase.Articles.Count} articles ({knowledgeBase.Articles.Count(a => a.Language == "ru")} ru, {knowledgeBase.Articles.Count(a => a.Language == "en")} en), {errors} error(s), {problems.Count - errors} warning(s)");
        return errors == 0 ? 0 : CliApp.UserError;
    }

    private static int Index(CliContext context, string folder, string? output)
    {
        var knowledgeBase = LoadOrFail(context, folder);
        var stopwatch = Stopwatch.StartNew();
        using var index = KnowledgeIndex.Build(knowledgeBase);
        var elapsed = stopwatch.Elapsed;
        if (output is not null)
        {
            index.SaveTo(output);
        }

        context.Output.WriteLine($"indexed {knowledgeBase.Articles.Count} articles in {elapsed.TotalMilliseconds:F0} ms{(output is null ? string.Empty : " → " + output)}");
        return 0;
    }

    private static int Search(CliContext context, string query, string folder, string? language, bool json, string? modelPath)
    {
        if (language is not null && !KnowledgeBaseLoader.Languages.Contains(language))
        {
            throw new CliException("--lang must be ru or en");
        }

        using var index = KnowledgeIndex.Build(LoadOrFail(context, folder));
        // The bot searches with the intent model's priors; staff should see the same ranking and relevance.
        var priors = modelPath is null ? null : IntentModelFile.Load(modelPath).Predict(query).Priors();
        var result = index.Search(query, language, intentPriors: priors);
        if (json)
        {
            var hits = result.Hits.Select(h => new KnowledgeHitReport(h.Article.Id, h.Article.Title, h.Article.Language, h.Score, h.Coverage, h.IntentPrior, h.IsRelevant)).ToList();
            context.Output.WriteLine(JsonSerializer.Serialize(hits, CliJsonContext.Default.ListKnowledgeHitReport));
            return 0;
        }

        if (result.Best is null)
        {
            context.Output.WriteLine("Nothing relevant found.");
        }

        var table = new Table().AddColumns("Article", "Title", "Score", "Coverage", "Intent prior", "Relevant");
        foreach (var hit in result.Hits)
        {
            table.AddRow(Markup.Escape(hit.Article.Id), Markup.Escape(hit.Article.Title), hit.Score.ToString("F2", System.Globalization.CultureInfo.InvariantCulture), Format.Percent(hit.Coverage), Format.Percent(hit.IntentPrior), hit.IsRelevant ? "yes" : "no");
        }

        context.Console.Write(table);
        if (result.Best is { } best)
        {
            context.Console.MarkupLine(Markup.Escape(best.Snippet));
        }

        return 0;
    }

    private static KnowledgeBase LoadOrFail(CliContext context, string folder)
    {
        var (knowledgeBase, problems) = KnowledgeBaseLoader.Load(folder);
        foreach (var problem in problems.Where(p => p.IsError))
        {
            context.Error.WriteLine(problem.ToString());
        }

        return problems.Any(p => p.IsError)
            ? throw new CliException($"{folder} has {problems.Count(p => p.IsError)} error(s); run 'supportbot kb check'")
            : knowledgeBase;
    }
}
