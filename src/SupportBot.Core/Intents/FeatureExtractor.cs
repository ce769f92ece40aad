using SupportBot.Core.Text;

namespace SupportBot.Core.Intents;

/// <summary>Turns analyzed text into hashed word n-grams (of stems) and character n-grams (of the normalized reading).</summary>
internal sealed class FeatureExtractor
{
    private const char UnigramKind = 'w';
    private const char CharKind = 'c';
    private const char ShapeKind = 's';
    private const char RawKind = 'r';

    private readonly FeaturizerOptions _options;

    public FeatureExtractor(FeaturizerOptions options) => _options = options;

    /// <summary>Appends the message's feature hashes, with repeats, to the two lists.</summary>
    public void Extract(AnalyzedText text, List<ulong> wordFeatures, List<ulong> charFeatures)
    {
        var tokenCount = Math.Min(text.Tokens.Count, _options.MaxTokens);
        if (_options.WordBlockWeight > 0)
        {
            AddWordFeatures(text, tokenCount, wordFeatures);
        }

        // A view that gives the characters no weight should not pay for cutting them.
        if (_options.WordBlockWeight >= 1)
        {
            return;
        }

        if (_options.CharNgramsWithinWords)
        {
            AddWordCharNgrams(text, tokenCount, charFeatures);
        }
        else
        {
            AddCharNgrams(text, tokenCount, charFeatures);
        }
    }

    private void AddWordFeatures(AnalyzedText text, int tokenCount, List<ulong> wordFeatures)
    {
        ulong previous = 0;
        for (var i = 0; i < tokenCount; i++)
        {
            var unigram = FeatureHash.Of(UnigramKind, text.Stems[i]);
            wordFeatures.Add(unigram);
            if (_options.RawWordUnigrams)
            {
                wordFeatures.Add(FeatureHash.Of(RawKind, text.TokenText(i)));
            }

            if (_options.MaxWordNgram >= 2 && i > 0)
            {
                wordFeatures.Add(FeatureHash.Pair(previous, unigram));
            }

            previous = unigram;
        }

        AddShapeFeatures(text.Original, wordFeatures);
    }

    // Each token padded by spaces on its own: the n-grams see where a word starts and ends but never span two words.
    private void AddWordCharNgrams(AnalyzedText text, int tokenCount, List<ulong> charFeatures)
    {
        Span<char> buffer = stackalloc char[66];
        var budget = _options.MaxCharsForNgrams;
        for (var i = 0; i < tokenCount && budget > 0; i++)
        {
            var token = text.TokenText(i);
            var take = Math.Min(Math.Min(token.Length, buffer.Length - 2), budget);
            budget -= take;
            buffer[0] = ' ';
            token[..take].CopyTo(buffer[1..]);
            buffer[take + 1] = ' ';
            var word = buffer[..(take + 2)];
            for (var start = 0; start < word.Length; start++)
            {
                for (var n = _options.MinCharNgram; n <= _options.MaxCharNgram && start + n <= word.Length; n++)
                {
                    // A lone space says nothing.
                    if (n == 1 && word[start] == ' ')
                    {
                        continue;
                    }

                    charFeatures.Add(FeatureHash.Of(CharKind, word.Slice(start, n)));
                }
            }
        }
    }

    // Character n-grams run over the tokens joined by single spaces, so they see word edges and short phrases
    // but not the punctuation and spacing noise between words.
    private void AddCharNgrams(AnalyzedText text, int tokenCount, List<ulong> charFeatures)
    {
        Span<char> buffer = stackalloc char[_options.MaxCharsForNgrams + 2];
        var length = 0;
        buffer[length++] = ' ';
        for (var i = 0; i < tokenCount && length < buffer.Length - 1; i++)
        {
            var token = text.TokenText(i);
            var take = Math.Min(token.Length, buffer.Length - 1 - length);
            token[..take].CopyTo(buffer[length..]);
            length += take;
            if (length < buffer.Length)
            {
                buffer[length++] = ' ';
            }
        }

        if (length < 2)
        {
            return;
        }

        var joined = buffer[..length];
        for (var start = 0; start < joined.Length; start++)
        {
            for (var n = _options.MinCharNgram; n <= _options.MaxCharNgram && start + n <= joined.Length; n++)
            {
                charFeatures.Add(FeatureHash.Of(CharKind, joined.Slice(start, n)));
            }
        }
    }

    // Shouting and exclamation marks say more about frustration than any word does.
    private static void AddShapeFeatures(string original, List<ulong> wordFeatures)
    {
        int upper = 0, letters = 0, exclamations = 0;
        foreach (var c in original.AsSpan(0, Math.Min(original.Length, 2000)))
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
            else if (c == '!')
            {
                exclamations++;
            }
        }

        if (letters >= 4 && upper * 10 >= letters * 7)
        {
            wordFeatures.Add(FeatureHash.Of(ShapeKind, "caps"));
        }

        if (exclamations >= 2)
        {
            wordFeatures.Add(FeatureHash.Of(ShapeKind, "exclaim"));
        }
    }
}
