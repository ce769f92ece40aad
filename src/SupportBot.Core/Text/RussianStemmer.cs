namespace SupportBot.Core.Text;

/// <summary>Snowball "russian" stemmer (Snowball 2.x behaviour: ё is folded to е before stemming).</summary>
public sealed class RussianStemmer : IStemmer
{
    // Words up to this length are folded on the stack; longer ones (very rare) get a heap buffer.
    private const int StackBufferLength = 64;

    // Bit i set when (char)('а' + i) is a vowel: а е и о у ы э ю я.
    private const uint VowelMask =
        (1u << 0) | (1u << 5) | (1u << 8) | (1u << 14) | (1u << 19) | (1u << 27) | (1u << 29) | (1u << 30) | (1u << 31);

    // Each suffix set lists group-1 endings (which must follow а/я, kept in the stem) and then group-2 endings.
    private static readonly SuffixSet PerfectiveGerund = new("в вши вшись", "ив ивши ившись ыв ывши ывшись");

    private static readonly SuffixSet Adjective = new(
        string.Empty,
        "ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею");

    private static readonly SuffixSet Participle = new("ем нн вш ющ щ", "ивш ывш ующ");

    private static readonly SuffixSet Reflexive = new(string.Empty, "ся сь");

    private static readonly SuffixSet Verb = new(
        "ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно",
        "ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю");

    private static readonly SuffixSet Noun = new(
        string.Empty,
        "а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я");

    private static readonly SuffixSet Derivational = new(string.Empty, "ост ость");

    /// <inheritdoc />
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 2)
        {
            return word;
        }

        var yo = word.IndexOf('ё', StringComparison.Ordinal);
        if (yo < 0)
        {
            // Only suffixes are removed, so the stem is a prefix of the input: no copy needed.
            var length = StemLength(word);
            return length == word.Length ? word : word[..length];
        }

        Span<char> buffer = word.Length <= StackBufferLength ? stackalloc char[StackBufferLength] : new char[word.Length];
        buffer = buffer[..word.Length];
        word.AsSpan().CopyTo(buffer);
        buffer[yo..].Replace('ё', 'е');
        return new string(buffer[..StemLength(buffer)]);
    }

    /// <summary>Length of the stem of <paramref name="word"/> (already ё-folded); the stem is always a prefix.</summary>
    private static int StemLength(ReadOnlySpan<char> word)
    {
        var end = word.Length;

        // RV starts after the first vowel; no vowel (e.g. Latin input) means nothing can be removed.
        var rv = 0;
        while (rv < end && !IsVowel(word[rv]))
        {
            rv++;
        }

        if (rv == end)
        {
            return end;
        }

        rv++;
        var r2 = FindR2(word, rv);

        // Step 1: perfective gerund, otherwise optional reflexive then adjectival | verb | noun.
        if (!TryRemove(word, ref end, rv, PerfectiveGerund))
        {
            TryRemove(word, ref end, rv, Reflexive);
            if (TryRemove(word, ref end, rv, Adjective))
            {
                TryRemove(word, ref end, rv, Participle);
            }
            else if (!TryRemove(word, ref end, rv, Verb))
            {
                TryRemove(word, ref end, rv, Noun);
            }
        }

        // Step 2: a final и.
        if (end > rv && word[end - 1] == 'и')
        {
            end--;
        }

        // Step 3: derivational ост/ость, only inside R2.
        TryRemove(word, ref end, r2, Derivational);

        // Step 4: tidy up — ейш(е) then нн→н, or нн→н, or a final ь.
        TidyUp(word, ref end, rv);
        return end;
    }

    /// <summary>Start of R2: R1 begins after the first vowel-then-non-vowel, R2 after the next such pair within R1.</summary>
    private static int FindR2(ReadOnlySpan<char> word, int rv)
    {
        // RV already sits just past the first vowel, so R1 ends the first vowel-then-consonant run.
        var r1 = SkipPastConsonantAfterVowel(word, rv - 1);
        var r2 = r1 < 0 ? -1 : SkipPastConsonantAfterVowel(word, r1);
        return r2 < 0 ? word.Length : r2;
    }

    /// <summary>From <paramref name="start"/>, finds a vowel then the next non-vowel and returns the index after it, or -1.</summary>
    private static int SkipPastConsonantAfterVowel(ReadOnlySpan<char> word, int start)
    {
        var i = start;
        while (i < word.Length && !IsVowel(word[i]))
        {
            i++;
        }

        i++;
        while (i < word.Length && IsVowel(word[i]))
        {
            i++;
        }

        return i < word.Length ? i + 1 : -1;
    }

    private static void TidyUp(ReadOnlySpan<char> word, ref int end, int rv)
    {
        if (end - rv < 1)
        {
            return;
        }

        switch (word[end - 1])
        {
            case 'ь':
                end--;
                return;
            case 'ш' when end - rv >= 3 && word[(end - 3)..end].SequenceEqual("ейш"):
                end -= 3;
                break;
            case 'е' when end - rv >= 4 && word[(end - 4)..end].SequenceEqual("ейше"):
                end -= 4;
                break;
            case 'н':
                break;
            default:
                return;
        }

        // Both after ейш(е) and for a bare final н: a doubled н inside RV loses one letter.
        if (end - rv >= 2 && word[end - 1] == 'н' && word[end - 2] == 'н')
        {
            end--;
        }
    }

    /// <summary>
    /// Removes the longest suffix of <paramref name="set"/> lying wholly at or after <paramref name="limit"/>.
    /// Like Snowball's among, a longest match whose condition fails does not fall back to a shorter one.
    /// </summary>
    private static bool TryRemove(ReadOnlySpan<char> word, ref int end, int limit, SuffixSet set)
    {
        if (end <= limit)
        {
            return false;
        }

        var candidates = set.EndingWith(word[end - 1]);
        foreach (var suffix in candidates)
        {
            var text = suffix.Text;
            var start = end - text.Length;
            if (start < limit || !EndsWithSameLetters(word, start, text))
            {
                continue;
            }

            // Group-1 endings need а or я before them, and that letter must itself be inside the region.
            if (suffix.AfterAOrYa && (start - 1 < limit || word[start - 1] is not ('а' or 'я')))
            {
                return false;
            }

            end = start;
            return true;
        }

        return false;
    }

    // The bucket already matched the final letter; short suffixes compare faster by hand than via SequenceEqual.
    private static bool EndsWithSameLetters(ReadOnlySpan<char> word, int start, string suffix)
    {
        for (var j = suffix.Length - 2; j >= 0; j--)
        {
            if (word[start + j] != suffix[j])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVowel(char c)
    {
        var offset = (uint)(c - 'а');
        return offset < 32 && (VowelMask & (1u << (int)offset)) != 0;
    }

    private readonly record struct Suffix(string Text, bool AfterAOrYa);

    /// <summary>Suffixes bucketed by final letter, longest first, so a lookup tries only plausible endings.</summary>
    private sealed class SuffixSet
    {
        private readonly Suffix[][] _byLastLetter = new Suffix[32][];

        public SuffixSet(string afterAOrYa, string plain)
        {
            var all = afterAOrYa.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => new Suffix(s, true))
                .Concat(plain.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => new Suffix(s, false)))
                .ToArray();
            for (var i = 0; i < _byLastLetter.Length; i++)
            {
                var letter = (char)('а' + i);
                _byLastLetter[i] = all.Where(s => s.Text[^1] == letter).OrderByDescending(s => s.Text.Length).ToArray();
            }
        }

        public ReadOnlySpan<Suffix> EndingWith(char last)
        {
            var offset = (uint)(last - 'а');
            return offset < 32 ? _byLastLetter[offset] : [];
        }
    }
}
