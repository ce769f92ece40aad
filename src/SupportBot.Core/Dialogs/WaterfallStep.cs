namespace SupportBot.Core.Dialogs;

/// <summary>One step of a <see cref="WaterfallDialog{TState}"/>: prompt, read the previous answer, move on or end.</summary>
public delegate Task<DialogTurnResult> WaterfallStep<TState>(WaterfallStepContext<TState> step, CancellationToken cancellationToken);
