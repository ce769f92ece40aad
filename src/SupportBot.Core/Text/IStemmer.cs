namespace SupportBot.Core.Text;

/// <summary>Reduces one lower-case word to its stem.</summary>
public interface IStemmer
{
    /// <summary>Returns the stem of <paramref name="word"/>, which must already be lower-case.</summary>
    string Stem(string word);
}
