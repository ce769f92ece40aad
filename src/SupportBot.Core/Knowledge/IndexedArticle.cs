namespace SupportBot.Core.Knowledge;

/// <summary>An article with its analyzed terms and sentences, kept beside the FTS index for coverage and snippets.</summary>
internal sealed record IndexedArticle(Article Article, HashSet<string> Terms, IReadOnlyList<(string Text, HashSet<string> Terms)> Sentences);
