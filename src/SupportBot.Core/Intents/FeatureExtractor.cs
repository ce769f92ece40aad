using SupportBot.Core.Text;

namespace SupportBot.Core.Intents;

/// <summary>Turns analyzed text into hashed word n-grams (of stems) and character n-grams (of the normalized reading).</summary>
internal sealed class FeatureExtractor
{
    private const char UnigramKind = 'w';
    private const char CharKind = 'c';
    private const char ShapeKind = 's';

    private readonly FeaturizerOptions _options;

    public FeatureExtractor(FeaturizerOptions options) => _options = options;

    /// <summary>Appends the message's feature hashes, with repeats, to the two lists.</summary>
    public void Extract(AnalyzedText text, List<ulong> wordFeatures, List<ulong> charFeatures)
    {
        var tokenCount = Math.Min(text.Tokens.Count, _options.MaxTokens);
        ulong previous = 0;
        for (var i = 0; i < tokenCount; i++)
        {
            var unigram = FeatureHash.Of(UnigramKind, text.Stems[i]);
            wordFeatures.Add(unigram);
            if (_options.MaxWordNgram >= 2 && i > 0)
            {
                wordFeatures.Add(FeatureHash.Pair(previous, unigram));
            }

            previous = unigram;
        }

        AddShapeFeatures(text.Original, wordFeatures);
        AddCharNgrams(text, tokenCount, charFeatures);
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
