namespace SupportBot.Core.Support;

/// <summary>The bot's Russian.</summary>
internal sealed class RussianPhrases : BotPhrases
{
    public static RussianPhrases Instance { get; } = new();

    public override string Language => "ru";

    public override string Helped => "Помогло";
    public override string NextStep => "Следующий шаг";
    public override string TalkToPerson => "Позвать оператора";
    public override string Yes => "Да";
    public override string No => "Нет";
    public override string NoneOfThese => "Ничего из этого";
    public override string Skip => "Пропустить";
    public override string Cancel => "Отмена";
    public override string TryMyself => "Попробую сам";

    public override string Greeting =>
        "Здравствуйте! Я бот IT-поддержки. Помогу с паролями, VPN, почтой, Wi-Fi, принтерами и программами, а если не смогу — передам вопрос специалисту. Опишите проблему своими словами.";
    public override IReadOnlyList<string> MenuChoices { get; } = ["Забыл пароль", "Не работает VPN", "Проблема с почтой", "Не печатает принтер", "Позвать оператора"];
    public override string Capabilities =>
        "Я отвечаю на вопросы IT-поддержки: вход и пароли, блокировка учётной записи, двухфакторная аутентификация, VPN, Wi-Fi и интернет, почта, принтеры, установка и активация программ, обновления, медленный компьютер, неисправное оборудование, доступы, восстановление файлов, видеозвонки, фишинг и вирусы, телефоны. Могу провести по шагам, создать заявку и подсказать её статус.";
    public override string Help =>
        "Просто опишите проблему, например «не могу войти в почту». Команды: /operator — позвать специалиста, /status SB-000123 — статус заявки, /start — начать заново.";
    public override string YoureWelcome => "Пожалуйста! Обращайтесь, если что-то ещё понадобится.";
    public override string Goodbye => "Всего доброго! Если проблема вернётся — пишите.";
    public override string StrayYesNo => "Понял. Опишите, пожалуйста, с чем нужна помощь.";

    public override string AskToRephrase => "Я не увидел в сообщении текста. Опишите, пожалуйста, проблему словами.";
    public override string MessageWasCut(int readCharacters) => $"Сообщение очень длинное — я прочитал первые {readCharacters} символов.";
    public override string Clarify => "Уточните, пожалуйста, что именно не работает?";
    public override IReadOnlyList<string> ClarifyChoices { get; } = ["Вход и пароль", "Интернет или Wi-Fi", "VPN", "Почта", "Принтер", "Программа", "Компьютер или оборудование"];
    public override string OutOfScope =>
        "С этим я, к сожалению, не помогу: я отвечаю на вопросы IT-поддержки — пароли, почта, VPN, Wi-Fi, принтеры, программы. Если нужно, позову оператора.";
    public override string Empathize => "Понимаю, это очень неприятно, и мне жаль, что так вышло. Могу сразу передать вопрос специалисту.";
    public override string EmpathizeWithArticle(string title) =>
        $"Понимаю, это очень неприятно, и мне жаль, что так вышло. Могу сразу передать вопрос специалисту или показать, что обычно помогает: «{title}».";
    public override string Apology => "Извините, у меня что-то сломалось. Попробуйте написать ещё раз — разговор сохранён.";

    public override string Step(int number, int count, string text) => $"Шаг {number} из {count}: {text}";
    public override string StepsDone => "Это был последний шаг. Проблема решена?";
    public override string DidItHelp => "Это помогло?";
    public override string Glad => "Отлично, рад, что получилось! Если понадобится что-то ещё — пишите.";
    public override string TryAnother(string title) => $"Тогда попробуем другое: «{title}».";
    public override string NothingElse => "Больше вариантов у меня нет. Передать вопрос специалисту?";
    public override string DidYouMean => "Уточните, пожалуйста, что из этого ближе к вашей проблеме?";

    public override string EscalationIntro => "Передаю вопрос специалисту. Задам пару вопросов, чтобы он помог быстрее — любой можно пропустить.";
    public override string AskProblem => "Опишите проблему своими словами.";
    public override string AskTried => "Что вы уже пробовали сделать?";
    public override string AskErrorText => "Какой текст ошибки вы видите? Скопируйте его, если можно.";
    public override string AskVersion => "Какая у вас система и версия программы (например, Windows 11, Outlook 2021)?";
    public override string AskContact => "Как с вами связаться, если понадобится (телефон или почта)?";
    public override string EscalationCancelled => "Хорошо, заявку не создаю. Чем ещё помочь?";
    public override string TicketCreated(string number) =>
        $"Заявка {number} создана. Специалист ответит прямо в этот чат. Пока заявка открыта, ваши сообщения будут добавляться к ней.";
    public override string AddedToTicket(string number) => $"Добавил ваше сообщение к заявке {number}, специалист его увидит. Чтобы вернуться к боту, напишите /bot.";
    public override string AskTicketNumber => "Назовите номер заявки, например SB-000123.";
    public override string TicketNotFound(string number) => $"Не нашёл заявку {number} среди ваших. Проверьте номер.";
    public override string TicketStatus(string number, string status) => $"Заявка {number}: {status}.";
    public override string StatusName(string status) => status switch
    {
        "New" => "новая, ждёт специалиста",
        "InProgress" => "в работе у специалиста",
        "WaitingForUser" => "ждёт вашего ответа",
        "Resolved" => "решена",
        "Closed" => "закрыта",
        _ => status,
    };
    public override string BackToBot => "Снова на связи бот. Чем помочь?";
    public override string TicketResolved(string number) => $"Заявка {number} решена. Оцените, пожалуйста, помощь от 1 до 5.";
    public override string ThanksForRating => "Спасибо за оценку! Если понадобится что-то ещё — пишите.";
    public override string TicketReopened(string number) => $"Открыл заявку {number} снова, специалист увидит ваше сообщение.";
    public override string Cancelled => "Хорошо, отменил. Чем ещё помочь?";
    public override string ExpectedWait(string number, int minutes) =>
        $"Сейчас все специалисты заняты, заявка {number} в очереди. Ожидание — около {minutes} мин. Всё, что вы напишете здесь, добавится к заявке.";
    public override string OutOfHours(string number, DateTime opensAt, string timeZone) =>
        $"Заявка {number} пришла в нерабочее время. Специалист ответит с {opensAt.ToString("HH:mm, dddd, d MMMM", System.Globalization.CultureInfo.GetCultureInfo("ru-RU"))} ({timeZone}). Всё, что вы напишете здесь, добавится к заявке.";
    public override string AlreadyTriedSummary(IReadOnlyList<string> steps, IReadOnlyList<string> articleTitles) => steps.Count > 0
        ? "Шаги из инструкций бота:\n" + string.Join("\n", steps.Select(s => "• " + s))
        : "Смотрел статьи: " + string.Join("; ", articleTitles);
}
