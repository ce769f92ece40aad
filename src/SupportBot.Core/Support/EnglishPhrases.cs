namespace SupportBot.Core.Support;

/// <summary>The bot's English.</summary>
internal sealed class EnglishPhrases : BotPhrases
{
    public static EnglishPhrases Instance { get; } = new();

    public override string Language => "en";

    public override string Helped => "Helped";
    public override string NextStep => "Next step";
    public override string TalkToPerson => "Talk to a person";
    public override string Yes => "Yes";
    public override string No => "No";
    public override string NoneOfThese => "None of these";
    public override string Skip => "Skip";
    public override string Cancel => "Cancel";
    public override string TryMyself => "I'll try myself";

    public override string Greeting =>
        "Hello! I'm the IT support bot. I can help with passwords, VPN, email, Wi-Fi, printers and software, and if I can't, I'll pass your question to a specialist. Describe the problem in your own words.";
    public override IReadOnlyList<string> MenuChoices { get; } = ["Forgot my password", "VPN not working", "Email problem", "Printer not printing", "Talk to a person"];
    public override string Capabilities =>
        "I answer IT support questions: sign-in and passwords, locked accounts, two-factor authentication, VPN, Wi-Fi and internet, email, printers, installing and activating software, updates, a slow computer, broken hardware, access requests, file recovery, video calls, phishing and viruses, phones. I can walk you through the steps, open a ticket and tell you its status.";
    public override string Help =>
        "Just describe the problem, for example \"I can't sign in to email\". Commands: /operator to talk to a specialist, /status SB-000123 for a ticket's status, /start to start over.";
    public override string YoureWelcome => "You're welcome! Write any time you need something else.";
    public override string Goodbye => "Goodbye! If the problem comes back, just write.";
    public override string StrayYesNo => "Got it. Please tell me what you need help with.";

    public override string AskToRephrase => "I couldn't find any text in that message. Please describe the problem in words.";
    public override string MessageWasCut(int readCharacters) => $"That message is very long; I read the first {readCharacters} characters.";
    public override string Clarify => "Could you tell me what exactly isn't working?";
    public override IReadOnlyList<string> ClarifyChoices { get; } = ["Sign-in and password", "Internet or Wi-Fi", "VPN", "Email", "Printer", "Software", "Computer or hardware"];
    public override string OutOfScope =>
        "Sorry, that's outside what I can help with: I answer IT support questions such as passwords, email, VPN, Wi-Fi, printers and software. I can bring in a person if you like.";
    public override string Empathize => "I understand, that's really frustrating, and I'm sorry it happened. I can pass this to a specialist right away.";
    public override string EmpathizeWithArticle(string title) =>
        $"I understand, that's really frustrating, and I'm sorry it happened. I can pass this to a specialist right away, or show you what usually helps: \"{title}\".";
    public override string Apology => "Sorry, something broke on my side. Please try again; the conversation is saved.";

    public override string Step(int number, int count, string text) => $"Step {number} of {count}: {text}";
    public override string StepsDone => "That was the last step. Is the problem solved?";
    public override string DidItHelp => "Did this help?";
    public override string Glad => "Great, glad it worked! Write any time you need something else.";
    public override string TryAnother(string title) => $"Then let's try something else: \"{title}\".";
    public override string NothingElse => "I have nothing else to suggest. Shall I pass this to a specialist?";
    public override string DidYouMean => "Which of these is closest to your problem?";

    public override string EscalationIntro => "I'm passing this to a specialist. A few quick questions so they can help faster; you can skip any of them.";
    public override string AskProblem => "Please describe the problem in your own words.";
    public override string AskTried => "What have you already tried?";
    public override string AskErrorText => "What is the exact error message? Copy it if you can.";
    public override string AskVersion => "Which system and app version are you on (for example Windows 11, Outlook 2021)?";
    public override string AskContact => "How can we reach you if needed (phone or email)?";
    public override string EscalationCancelled => "OK, no ticket then. What else can I help with?";
    public override string TicketCreated(string number) =>
        $"Ticket {number} is open. A specialist will answer right here in this chat. While the ticket is open, your messages are added to it.";
    public override string AddedToTicket(string number) => $"I added your message to ticket {number}; the specialist will see it. To talk to the bot again, send /bot.";
    public override string AskTicketNumber => "What is the ticket number? For example SB-000123.";
    public override string TicketNotFound(string number) => $"I couldn't find ticket {number} among yours. Please check the number.";
    public override string TicketStatus(string number, string status) => $"Ticket {number}: {status}.";
    public override string StatusName(string status) => status switch
    {
        "New" => "new, waiting for a specialist",
        "InProgress" => "in progress with a specialist",
        "WaitingForUser" => "waiting for your reply",
        "Resolved" => "resolved",
        "Closed" => "closed",
        _ => status,
    };
    public override string BackToBot => "The bot is back. How can I help?";
    public override string TicketResolved(string number) => $"Ticket {number} is resolved. Please rate the help from 1 to 5.";
    public override string ThanksForRating => "Thank you for the rating! Write any time you need something else.";
    public override string TicketReopened(string number) => $"I reopened ticket {number}; the specialist will see your message.";
    public override string Cancelled => "OK, cancelled. What else can I help with?";
    public override string ExpectedWait(string number, int minutes) =>
        $"All specialists are busy right now; ticket {number} is in the queue. The expected wait is about {minutes} min. Anything you write here is added to the ticket.";
    public override string OutOfHours(string number, DateTime opensAt, string timeZone) =>
        $"Ticket {number} came in outside working hours. A specialist will answer from {opensAt.ToString("dddd, d MMMM, HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))} ({timeZone}). Anything you write here is added to the ticket.";
    public override string AlreadyTriedSummary(IReadOnlyList<string> steps, IReadOnlyList<string> articleTitles) => steps.Count > 0
        ? "Steps from the bot's guides:\n" + string.Join("\n", steps.Select(s => "• " + s))
        : "Read the articles: " + string.Join("; ", articleTitles);
}
