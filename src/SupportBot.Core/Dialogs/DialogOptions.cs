namespace SupportBot.Core.Dialogs;

/// <summary>What a dialog is begun with; each dialog kind that takes options derives its own sealed record.</summary>
public abstract record DialogOptions;
