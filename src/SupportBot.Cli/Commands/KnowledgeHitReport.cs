namespace SupportBot.Cli.Commands;

/// <summary>One search hit as <c>kb search --json</c> prints it.</summary>
internal sealed record KnowledgeHitReport(string Id, string Title, string Language, double Score, double Coverage, double IntentPrior, bool IsRelevant);
