namespace SupportBot.Core.Support;

/// <summary>Everything the support bot says, in one language; dialog code asks for a phrase, never for a string key.</summary>
public abstract class BotPhrases
{
    /// <summary>"ru" or "en".</summary>
    public abstract string Language { get; }

    /// <summary>The phrases for <paramref name="language"/> ("ru" or anything else for English).</summary>
    public static BotPhrases For(string? language) => language == "ru" ? RussianPhrases.Instance : EnglishPhrases.Instance;

    // Buttons.
    public abstract string Helped { get; }
    public abstract string NextStep { get; }
    public abstract string TalkToPerson { get; }
    public abstract string Yes { get; }
    public abstract string No { get; }
    public abstract string NoneOfThese { get; }
    public abstract string Skip { get; }
    public abstract string Cancel { get; }
    public abstract string TryMyself { get; }

    // Menu and small talk.
    public abstract string Greeting { get; }
    public abstract IReadOnlyList<string> MenuChoices { get; }
    public abstract string Capabilities { get; }
    public abstract string Help { get; }
    public abstract string YoureWelcome { get; }
    public abstract string Goodbye { get; }
    public abstract string StrayYesNo { get; }

    // Understanding problems.
    public abstract string AskToRephrase { get; }
    public abstract string MessageWasCut(int readCharacters);
    public abstract string Clarify { get; }
    public abstract IReadOnlyList<string> ClarifyChoices { get; }
    public abstract string OutOfScope { get; }
    public abstract string Empathize { get; }
    public abstract string EmpathizeWithArticle(string title);
    public abstract string Apology { get; }

    // Answers.
    public abstract string Step(int number, int count, string text);
    public abstract string StepsDone { get; }
    public abstract string DidItHelp { get; }
    public abstract string Glad { get; }
    public abstract string TryAnother(string title);
    public abstract string NothingElse { get; }
    public abstract string DidYouMean { get; }

    // Tickets.
    public abstract string EscalationIntro { get; }
    public abstract string AskProblem { get; }
    public abstract string AskTried { get; }
    public abstract string AskErrorText { get; }
    public abstract string AskVersion { get; }
    public abstract string AskContact { get; }
    public abstract string EscalationCancelled { get; }
    public abstract string TicketCreated(string number);
    public abstract string AddedToTicket(string number);
    public abstract string AskTicketNumber { get; }
    public abstract string TicketNotFound(string number);
    public abstract string TicketStatus(string number, string status);
    public abstract string StatusName(string status);
    public abstract string BackToBot { get; }
    public abstract string TicketResolved(string number);
    public abstract string ThanksForRating { get; }
    public abstract string TicketReopened(string number);
    public abstract string Cancelled { get; }
    public abstract string ExpectedWait(string number, int minutes);
    public abstract string OutOfHours(string number, DateTime opensAt, string timeZone);
    public abstract string AlreadyTriedSummary(IReadOnlyList<string> steps, IReadOnlyList<string> articleTitles);
}
