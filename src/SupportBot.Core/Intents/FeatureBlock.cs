namespace SupportBot.Core.Intents;

/// <summary>The two families of features, each L2-normalized on its own before they are joined.</summary>
internal enum FeatureBlock : byte
{
    Word = 0,
    Char = 1,
}
