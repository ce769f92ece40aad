namespace SupportBot.Core.Dialogs;

/// <summary>A stored dialog stack cannot be continued: its state does not read as the dialog's state type.</summary>
public sealed class DialogStateException : Exception
{
    /// <summary>An unreadable stack.</summary>
    public DialogStateException()
    {
    }

    /// <summary>An unreadable stack, described by <paramref name="message"/>.</summary>
    public DialogStateException(string message)
        : base(message)
    {
    }

    /// <summary>An unreadable stack, described by <paramref name="message"/>, caused by <paramref name="innerException"/>.</summary>
    public DialogStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
