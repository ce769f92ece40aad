using SupportBot.Core;
using SupportBot.Core.Text;

namespace SupportBot.Core.Intents;

/// <summary>
/// Reads training examples from a folder (<c>&lt;lang&gt;/&lt;intent&gt;.txt</c>, one example per line, <c>#</c> comments)
/// or from a TSV file (<c>text&lt;TAB&gt;intent</c>), and reports every problem with its file and line.
/// </summary>
public static class TrainingDataLoader
{
    /// <summary>Longest example accepted; a longer line is almost certainly a paste accident, not a user message.</summary>
    public const int MaxExampleLength = 2000;

    /// <summary>Loads a training-data folder; <paramref name="knownIntents"/>, when given, is the set of allowed labels.</summary>
    public static TrainingData LoadDirectory(string root, IReadOnlySet<string>? knownIntents = null)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Training data folder not found: {root}");
        }

        var examples = new List<IntentExample>();
        var problems = new List<DataProblem>();
        var files = Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var intent = Path.GetFileNameWithoutExtension(file);
            var display = Path.GetRelativePath(root, file);
            if (knownIntents is not null && !knownIntents.Contains(intent))
            {
                problems.Add(new DataProblem(new SourceLocation(display, 1), $"unknown intent '{intent}' (the file name is the intent)", IsError: true));
                continue;
            }

            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                var text = line.Trim();
                if (text.Length == 0 || text.StartsWith('#'))
                {
                    continue;
                }

                examples.Add(new IntentExample(text, intent) { Source = new SourceLocation(display, lineNumber) });
            }
        }

        problems.AddRange(Check(examples));
        return new TrainingData(examples, problems);
    }

    /// <summary>Loads a <c>text&lt;TAB&gt;intent</c> file such as the shared benchmark sets.</summary>
    public static TrainingData LoadTsv(string path, IReadOnlySet<string>? knownIntents = null)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Training data file not found: {path}", path);
        }

        var examples = new List<IntentExample>();
        var problems = new List<DataProblem>();
        var display = Path.GetFileName(path);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var location = new SourceLocation(display, lineNumber);
            if (line.Length == 0)
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 2)
            {
                problems.Add(new DataProblem(location, $"expected 2 tab-separated columns (text, intent), found {columns.Length}", IsError: true));
                continue;
            }

            var intent = columns[1].Trim();
            if (intent.Length == 0 || (knownIntents is not null && !knownIntents.Contains(intent)))
            {
                problems.Add(new DataProblem(location, $"unknown intent '{intent}'", IsError: true));
                continue;
            }

            examples.Add(new IntentExample(columns[0].Trim(), intent) { Source = location });
        }

        problems.AddRange(Check(examples));
        return new TrainingData(examples, problems);
    }

    /// <summary>Loads a folder or a TSV file, whichever <paramref name="path"/> is.</summary>
    public static TrainingData Load(string path, IReadOnlySet<string>? knownIntents = null) =>
        Directory.Exists(path) ? LoadDirectory(path, knownIntents) : LoadTsv(path, knownIntents);

    /// <summary>Finds empty and overlong texts, duplicates, texts under two intents, and intents with too few examples.</summary>
    public static IReadOnlyList<DataProblem> Check(IReadOnlyList<IntentExample> examples)
    {
        var problems = new List<DataProblem>();
        var firstSeen = new Dictionary<string, IntentExample>(StringComparer.Ordinal);
        foreach (var example in examples)
        {
            var location = example.Source ?? new SourceLocation("(memory)", 0);
            if (example.Text.Length == 0)
            {
                problems.Add(new DataProblem(location, "empty text", IsError: true));
                continue;
            }

            if (example.Text.Length > MaxExampleLength)
            {
                problems.Add(new DataProblem(location, $"text is {example.Text.Length:N0} characters long, the limit is {MaxExampleLength:N0}", IsError: true));
                continue;
            }

            var key = TextNormalizer.Normalize(example.Text);
            if (!firstSeen.TryGetValue(key, out var earlier))
            {
                firstSeen[key] = example;
            }
            else if (earlier.Intent == example.Intent)
            {
                problems.Add(new DataProblem(location, $"duplicate of {earlier.Source} ('{Shorten(example.Text)}')", IsError: false));
            }
            else
            {
                problems.Add(new DataProblem(location, $"the same text is labelled '{earlier.Intent}' at {earlier.Source} and '{example.Intent}' here ('{Shorten(example.Text)}')", IsError: true));
            }
        }

        if (examples.Count == 0)
        {
            problems.Add(new DataProblem(new SourceLocation("(data)", 0), "no examples found", IsError: true));
        }

        foreach (var group in examples.GroupBy(e => e.Intent).Where(g => g.Count() < 2))
        {
            var location = group.First().Source ?? new SourceLocation("(memory)", 0);
            problems.Add(new DataProblem(location, $"intent '{group.Key}' has only one example; it needs at least 2", IsError: true));
        }

        return problems;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}
