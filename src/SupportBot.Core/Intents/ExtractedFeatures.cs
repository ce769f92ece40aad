namespace SupportBot.Core.Intents;

/// <summary>A message's word and character feature hashes, each sorted with repeats kept (a repeat count is a term frequency).</summary>
internal readonly record struct ExtractedFeatures(ulong[] Words, ulong[] Chars);
