namespace SupportBot.Core.Text;

// PLACEHOLDER until the helper delivers the real stemmer (will be overwritten).
public sealed class RussianStemmer : IStemmer
{
    public string Stem(string word) => word;
}
