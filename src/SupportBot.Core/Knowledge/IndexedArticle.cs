namespace SupportBot.Core.Knowledge;

/// <summary>
/// An article with its analyzed terms (all fields, and the title and questions alone) and sentences, kept beside the
/// FTS index for coverage and snippets.
/// </summary>
internal sealed record IndexedArticle(Article Article, HashSet<string> Terms, HashSet<string> HeadTerms, IReadOnlyList<(string Text, string[] Terms)> Sentences);
