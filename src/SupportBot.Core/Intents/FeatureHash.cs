namespace SupportBot.Core.Intents;

/// <summary>A stable 64-bit FNV-1a hash for features, so the model file stores numbers instead of strings and lookups allocate nothing.</summary>
internal static class FeatureHash
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>Hashes <paramref name="text"/> under a one-character kind tag so a word and a char n-gram never collide.</summary>
    public static ulong Of(char kind, ReadOnlySpan<char> text)
    {
        var hash = unchecked((OffsetBasis ^ kind) * Prime);
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    /// <summary>Hashes an ordered pair of hashes (a word bigram).</summary>
    public static ulong Pair(ulong first, ulong second)
    {
        var hash = unchecked((OffsetBasis ^ 'b') * Prime);
        hash = (hash ^ first) * Prime;
        hash = (hash ^ (second >> 32)) * Prime;
        return (hash ^ (second & 0xFFFFFFFF)) * Prime;
    }
}
