namespace SupportBot.Core.Dialogs;

/// <summary>A dialog's typed value (a prompt's answer, a sub-dialog's product).</summary>
public sealed record DialogResult<T>(T Value) : DialogResult;
