namespace SupportBot.Core.Text;

/// <summary>Snowball "english" (Porter2) stemmer with the current 3.x rules, including the 2023 undoubling change and the 2025 exceptions.</summary>
public sealed class EnglishStemmer : IStemmer
{
    // Covers nearly every real word; longer input gets a heap buffer rather than a big stack frame.
    private const int StackBufferLength = 64;

    // Beyond Latin Extended-B the word is not English (Cyrillic, CJK, typographic quotes...): leave it alone.
    private const char FirstNonLatinChar = '\u0250';

    private enum Guard
    {
        None,
        PrecededByL,
        PrecededByValidLi,
        InR2,
        PrecededBySOrT,
    }

    private readonly record struct Rule(string Suffix, string Replacement, Guard Guard = Guard.None);

    // Each table holds the suffixes ending in one letter, longest first, so the first hit is Snowball's longest match.
    private static readonly string[] ExceptionalPrefixes = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"];

    private static readonly Rule[] Step2EndingI =
    [
        new("biliti", "ble"), new("lessli", "less"),
        new("entli", "ent"), new("aliti", "al"), new("ousli", "ous"), new("iviti", "ive"), new("fulli", "ful"),
        new("enci", "ence"), new("anci", "ance"), new("abli", "able"), new("alli", "al"),
        new("bli", "ble"), new("ogi", "og", Guard.PrecededByL),
        new("li", "", Guard.PrecededByValidLi),
    ];

    private static readonly Rule[] Step2EndingL = [new("ational", "ate"), new("tional", "tion")];
    private static readonly Rule[] Step2EndingS = [new("fulness", "ful"), new("ousness", "ous"), new("iveness", "ive")];
    private static readonly Rule[] Step2EndingN = [new("ization", "ize"), new("ation", "ate")];
    private static readonly Rule[] Step2EndingR = [new("izer", "ize"), new("ator", "ate")];
    private static readonly Rule[] Step2EndingM = [new("alism", "al")];
    private static readonly Rule[] Step2EndingT = [new("ogist", "og")];

    private static readonly Rule[] Step3EndingL = [new("ational", "ate"), new("tional", "tion"), new("ical", "ic"), new("ful", "")];
    private static readonly Rule[] Step3EndingE = [new("alize", "al"), new("icate", "ic"), new("ative", "", Guard.InR2)];
    private static readonly Rule[] Step3EndingI = [new("iciti", "ic")];
    private static readonly Rule[] Step3EndingS = [new("ness", "")];

    private static readonly Rule[] Step4EndingE =
    [
        new("ance", ""), new("ence", ""), new("able", ""), new("ible", ""),
        new("ate", ""), new("ive", ""), new("ize", ""),
    ];

    private static readonly Rule[] Step4EndingT = [new("ement", ""), new("ment", ""), new("ent", ""), new("ant", "")];
    private static readonly Rule[] Step4EndingL = [new("al", "")];
    private static readonly Rule[] Step4EndingR = [new("er", "")];
    private static readonly Rule[] Step4EndingC = [new("ic", "")];
    private static readonly Rule[] Step4EndingM = [new("ism", "")];
    private static readonly Rule[] Step4EndingI = [new("iti", "")];
    private static readonly Rule[] Step4EndingS = [new("ous", "")];
    private static readonly Rule[] Step4EndingN = [new("ion", "", Guard.PrecededBySOrT)];

    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);

        // "not hop 3": one- and two-character words stay as they are (no exception word is that short).
        if (word.Length < 3)
        {
            return word;
        }

        if (Exception1(word) is { } special)
        {
            return special;
        }

        if (word.AsSpan().ContainsAnyInRange(FirstNonLatinChar, char.MaxValue))
        {
            return word;
        }

        Span<char> buffer = word.Length <= StackBufferLength ? stackalloc char[StackBufferLength] : new char[word.Length];
        word.AsSpan().CopyTo(buffer);
        var stemmed = new Word(buffer, word.Length);
        stemmed.Stem();
        var stem = buffer[..stemmed.Length];
        return stem.SequenceEqual(word) ? word : new string(stem);
    }

    // Whole-word exceptions, checked before anything else; returning literals keeps them allocation-free.
    private static string? Exception1(string word) => word switch
    {
        "skis" => "ski",
        "skies" => "sky",
        "idly" => "idl",
        "gently" => "gentl",
        "ugly" => "ugli",
        "early" => "earli",
        "only" => "onli",
        "singly" => "singl",
        "sky" or "news" or "howe" or "atlas" or "cosmos" or "bias" or "andes" => word,
        _ => null,
    };

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    // A stem never grows past the input, so the buffer can be edited in place and only Length moves.
    private ref struct Word
    {
        private readonly Span<char> _chars;
        private int _p1;
        private int _p2;

        public Word(Span<char> chars, int length)
        {
            _chars = chars;
            Length = length;
        }

        public int Length { get; private set; }

        public void Stem()
        {
            var hasY = Prelude();
            MarkRegions();
            Step1a();
            if (Length == 0)
            {
                // Only possible for apostrophe-only input such as "''s".
                return;
            }

            Step1b();
            Step1c();
            ApplyRule(Step2Rules(), _p1);
            ApplyRule(Step3Rules(), _p1);
            ApplyRule(Step4Rules(), _p2);
            Step5();
            if (hasY)
            {
                _chars[..Length].Replace('Y', 'y');
            }
        }

        // Drops a leading apostrophe and marks consonant y (initial or after a vowel) as 'Y' so it is not a vowel.
        private bool Prelude()
        {
            if (_chars[0] == '\'')
            {
                _chars[1..Length].CopyTo(_chars);
                Length--;
            }

            var hasY = false;
            if (_chars[0] == 'y')
            {
                _chars[0] = 'Y';
                hasY = true;
            }

            for (var i = 1; i < Length; i++)
            {
                if (_chars[i] == 'y' && IsVowel(_chars[i - 1]))
                {
                    _chars[i] = 'Y';
                    hasY = true;
                }
            }

            return hasY;
        }

        private void MarkRegions()
        {
            _p1 = Length;
            _p2 = Length;
            var p1 = ExceptionalPrefixLength();
            if (p1 == 0)
            {
                p1 = AfterVowelThenConsonant(0);
                if (p1 < 0)
                {
                    return;
                }
            }

            _p1 = p1;
            var p2 = AfterVowelThenConsonant(p1);
            if (p2 >= 0)
            {
                _p2 = p2;
            }
        }

        // R1 starts after these prefixes, so related words keep apart (general/generous, organ/organize, intern/interval).
        private readonly int ExceptionalPrefixLength()
        {
            ReadOnlySpan<char> w = _chars[..Length];
            foreach (var prefix in ExceptionalPrefixes)
            {
                if (w.StartsWith(prefix))
                {
                    return prefix.Length;
                }
            }

            return 0;
        }

        // Position just past the first non-vowel that follows a vowel, at or after start; -1 if there is none.
        private readonly int AfterVowelThenConsonant(int start)
        {
            var i = start;
            while (i < Length && !IsVowel(_chars[i]))
            {
                i++;
            }

            while (i < Length && IsVowel(_chars[i]))
            {
                i++;
            }

            return i < Length ? i + 1 : -1;
        }

        // The last-letter test rejects most candidates before the span comparison.
        private readonly bool EndsWith(string suffix) =>
            suffix.Length <= Length && _chars[Length - 1] == suffix[^1] && _chars[(Length - suffix.Length)..Length].SequenceEqual(suffix);

        private readonly bool HasVowelBefore(int end)
        {
            for (var i = 0; i < end; i++)
            {
                if (IsVowel(_chars[i]))
                {
                    return true;
                }
            }

            return false;
        }

        // Replaces everything from start to the end of the word.
        private void ReplaceFrom(int start, string replacement)
        {
            replacement.AsSpan().CopyTo(_chars[start..]);
            Length = start + replacement.Length;
        }

        // A short syllable ends at position end: consonant-vowel-consonant (last not w, x or Y),
        // vowel-consonant at the very start, or 'past' (so pasted/pasting give paste).
        private readonly bool IsShortSyllableBefore(int end)
        {
            if (end >= 3)
            {
                var last = _chars[end - 1];
                if (!IsVowel(last) && last is not ('w' or 'x' or 'Y') && IsVowel(_chars[end - 2]) && !IsVowel(_chars[end - 3]))
                {
                    return true;
                }
            }

            if (end == 2 && IsVowel(_chars[0]) && !IsVowel(_chars[1]))
            {
                return true;
            }

            return end >= 4 && _chars[(end - 4)..end].SequenceEqual("past");
        }

        private void Step1a()
        {
            if (EndsWith("'s'"))
            {
                Length -= 3;
            }
            else if (EndsWith("'s"))
            {
                Length -= 2;
            }
            else if (EndsWith("'"))
            {
                Length--;
            }

            if (EndsWith("sses"))
            {
                Length -= 2;
            }
            else if (EndsWith("ied") || EndsWith("ies"))
            {
                // cries -> cri but ties -> tie: keep the e when only one letter precedes.
                var start = Length - 3;
                ReplaceFrom(start, start >= 2 ? "i" : "ie");
            }
            else if (EndsWith("us") || EndsWith("ss"))
            {
                // Not plurals (bus, pass).
            }
            else if (EndsWith("s") && HasVowelBefore(Length - 2))
            {
                // The vowel must not be the letter right before the s (gas, this stay).
                Length--;
            }
        }

        private void Step1b()
        {
            int suffixLength;
            if (EndsWith("eedly"))
            {
                EedSuffix(5);
                return;
            }

            if (EndsWith("ingly"))
            {
                suffixLength = 5;
            }
            else if (EndsWith("edly"))
            {
                suffixLength = 4;
            }
            else if (EndsWith("eed"))
            {
                EedSuffix(3);
                return;
            }
            else if (EndsWith("ing"))
            {
                if (IngException())
                {
                    return;
                }

                suffixLength = 3;
            }
            else if (EndsWith("ed"))
            {
                suffixLength = 2;
            }
            else
            {
                return;
            }

            var start = Length - suffixLength;
            if (!HasVowelBefore(start))
            {
                return;
            }

            Length = start;
            if (EndsWith("at") || EndsWith("bl") || EndsWith("iz"))
            {
                _chars[Length++] = 'e';
            }
            else if (EndsWithUndoubledPair())
            {
                // add, ebb, err, off: a double after an initial a/e/o is part of the root.
                if (!(Length == 3 && _chars[0] is ('a' or 'e' or 'o')))
                {
                    Length--;
                }
            }
            else if (Length == _p1 && IsShortSyllableBefore(Length))
            {
                // Short words get their e back: hoping -> hope.
                _chars[Length++] = 'e';
            }
        }

        private readonly bool EndsWithUndoubledPair() =>
            Length >= 2 && _chars[Length - 1] == _chars[Length - 2] && _chars[Length - 1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't';

        private void EedSuffix(int suffixLength)
        {
            var start = Length - suffixLength;
            ReadOnlySpan<char> root = _chars[..start];

            // proceed, exceed, succeed are whole words, not ee + d.
            if (root is "proc" or "exc" or "succ")
            {
                return;
            }

            if (start >= _p1)
            {
                ReplaceFrom(start, "ee");
            }
        }

        // dying -> die (and lying, tying, vying); inning, outing, canning, herring, earring, evening stay.
        private bool IngException()
        {
            var start = Length - 3;
            if (start == 2 && _chars[1] == 'y' && !IsVowel(_chars[0]))
            {
                ReplaceFrom(1, "ie");
                return true;
            }

            ReadOnlySpan<char> root = _chars[..start];
            return root is "inn" or "out" or "cann" or "herr" or "earr" or "even";
        }

        // Final y after a consonant that is not the first letter becomes i (cry -> cri, but by stays).
        private void Step1c()
        {
            var last = Length - 1;
            if (last >= 2 && _chars[last] is ('y' or 'Y') && !IsVowel(_chars[last - 1]))
            {
                _chars[last] = 'i';
            }
        }

        private readonly Rule[]? Step2Rules() => _chars[Length - 1] switch
        {
            'i' => Step2EndingI,
            'l' => Step2EndingL,
            's' => Step2EndingS,
            'n' => Step2EndingN,
            'r' => Step2EndingR,
            'm' => Step2EndingM,
            't' => Step2EndingT,
            _ => null,
        };

        private readonly Rule[]? Step3Rules() => _chars[Length - 1] switch
        {
            'l' => Step3EndingL,
            'e' => Step3EndingE,
            'i' => Step3EndingI,
            's' => Step3EndingS,
            _ => null,
        };

        private readonly Rule[]? Step4Rules() => _chars[Length - 1] switch
        {
            'e' => Step4EndingE,
            't' => Step4EndingT,
            'l' => Step4EndingL,
            'r' => Step4EndingR,
            'c' => Step4EndingC,
            'm' => Step4EndingM,
            'i' => Step4EndingI,
            's' => Step4EndingS,
            'n' => Step4EndingN,
            _ => null,
        };

        // Only the longest matching suffix counts: if it fails its region or guard, shorter ones are not tried.
        private void ApplyRule(Rule[]? rules, int regionStart)
        {
            if (rules is null)
            {
                return;
            }

            foreach (var rule in rules)
            {
                if (!EndsWith(rule.Suffix))
                {
                    continue;
                }

                var start = Length - rule.Suffix.Length;
                if (start >= regionStart && GuardHolds(rule.Guard, start))
                {
                    ReplaceFrom(start, rule.Replacement);
                }

                return;
            }
        }

        private readonly bool GuardHolds(Guard guard, int start) => guard switch
        {
            Guard.PrecededByL => start > 0 && _chars[start - 1] == 'l',
            Guard.PrecededByValidLi => start > 0 && _chars[start - 1] is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't',
            Guard.InR2 => start >= _p2,
            Guard.PrecededBySOrT => start > 0 && _chars[start - 1] is 's' or 't',
            _ => true,
        };

        private void Step5()
        {
            var start = Length - 1;
            if (_chars[start] == 'e')
            {
                if (start >= _p2 || (start >= _p1 && !IsShortSyllableBefore(start)))
                {
                    Length = start;
                }
            }
            else if (_chars[start] == 'l' && start >= _p2 && start > 0 && _chars[start - 1] == 'l')
            {
                Length = start;
            }
        }
    }
}
