using System.Globalization;
using System.Text;

namespace SupportBot.Core.Text;

/// <summary>How plausible a word's letter sequence is in one language, from letter-pair counts over a vocabulary.</summary>
public sealed class LetterBigramModel
{
    private readonly string _alphabet;
    private readonly float[] _logProbability;
    private readonly float _uniformLogProbability;

    private LetterBigramModel(string alphabet, long[] counts)
    {
        _alphabet = alphabet;
        var size = alphabet.Length + 1;
        _logProbability = new float[size * size];
        for (var previous = 0; previous < size; previous++)
        {
            long rowTotal = 0;
            for (var next = 0; next < size; next++)
            {
                rowTotal += counts[(previous * size) + next];
            }

            for (var next = 0; next < size; next++)
            {
                // Add-one smoothing: a pair never seen is unlikely, not impossible.
                _logProbability[(previous * size) + next] = (float)Math.Log((counts[(previous * size) + next] + 1.0) / (rowTotal + size));
            }
        }

        _uniformLogProbability = (float)Math.Log(1.0 / size);
    }

    /// <summary>The letters this model knows, in index order.</summary>
    public string Alphabet => _alphabet;

    /// <summary>Counts letter pairs (with word boundaries) over <paramref name="words"/>; letters outside the alphabet are skipped.</summary>
    public static LetterBigramModel Build(string alphabet, IEnumerable<string> words) => new(alphabet, Count(alphabet, words));

    /// <summary>
    /// Mean log-probability per letter pair above a uniform guess; positive means "looks like this language".
    /// Returns null when the word has no letter of this alphabet.
    /// </summary>
    public double? Plausibility(ReadOnlySpan<char> word)
    {
        var size = _alphabet.Length + 1;
        var previous = 0;
        double sum = 0;
        var pairs = 0;
        foreach (var c in word)
        {
            var index = _alphabet.IndexOf(c, StringComparison.Ordinal) + 1;
            if (index == 0)
            {
                continue;
            }

            sum += _logProbability[(previous * size) + index] - _uniformLogProbability;
            previous = index;
            pairs++;
        }

        if (pairs == 0)
        {
            return null;
        }

        sum += _logProbability[previous * size] - _uniformLogProbability;
        return sum / (pairs + 1);
    }

    /// <summary>Writes the counts this model was built from, one row per previous letter.</summary>
    public static string FormatCounts(string alphabet, IEnumerable<string> words)
    {
        var counts = Count(alphabet, words);
        var size = alphabet.Length + 1;
        var text = new StringBuilder();
        text.Append(alphabet).Append('\n');
        for (var row = 0; row < size; row++)
        {
            text.AppendJoin(' ', counts.Skip(row * size).Take(size).Select(c => c.ToString(CultureInfo.InvariantCulture))).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Reads counts written by <see cref="FormatCounts"/>.</summary>
    public static LetterBigramModel Parse(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var alphabet = lines[0];
        var counts = lines.Skip(1).SelectMany(l => l.Split(' ')).Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var size = alphabet.Length + 1;
        if (counts.Length != size * size)
        {
            throw new FormatException($"Expected {size * size} letter-pair counts, found {counts.Length}.");
        }

        return new LetterBigramModel(alphabet, counts);
    }

    /// <summary>Loads a model shipped inside this assembly (Text/Resources/letter-bigrams-{name}.txt).</summary>
    public static LetterBigramModel LoadEmbedded(string name)
    {
        var resource = $"SupportBot.Core.Text.Resources.letter-bigrams-{name}.txt";
        using var stream = typeof(LetterBigramModel).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    private static long[] Count(string alphabet, IEnumerable<string> words)
    {
        var size = alphabet.Length + 1;
        var counts = new long[size * size];
        foreach (var word in words)
        {
            var previous = 0;
            foreach (var c in word)
            {
                var index = alphabet.IndexOf(c == 'ё' ? 'е' : c, StringComparison.Ordinal) + 1;
                if (index == 0)
                {
                    continue;
                }

                counts[(previous * size) + index]++;
                previous = index;
            }

            if (previous != 0)
            {
                counts[previous * size]++;
            }
        }

        return counts;
    }
}
