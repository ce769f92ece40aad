namespace SupportBot.Core.Intents;

/// <summary>A model file that cannot be read: missing, corrupt, truncated, or from a newer format.</summary>
public sealed class IntentModelFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public IntentModelFormatException(string path, string reason, Exception? inner = null)
        : base($"Cannot load intent model '{path}': {reason}", inner)
    {
        Path = path;
    }

    /// <summary>The file that failed to load.</summary>
    public string Path { get; }
}
