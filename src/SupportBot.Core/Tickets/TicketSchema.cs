namespace SupportBot.Core.Tickets;

/// <summary>
/// The ticket tables. Times are ISO 8601 UTC text (exact round trip, sortable); enums are stable text codes; free-text
/// search runs on contentless FTS5 trigram indexes (no second copy of the text) over the header's search key and the
/// transcript, kept in step by triggers. The trigram tokenizer folds case, Cyrillic included, but not ё, so ё is
/// indexed as е and queries are folded the same way.
/// </summary>
internal static class TicketSchema
{
    public const string Name = "tickets.v1";

    public const string Ddl = """
        CREATE TABLE IF NOT EXISTS tickets (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            number INTEGER NOT NULL UNIQUE,
            status TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            user_name TEXT NOT NULL,
            language TEXT NOT NULL,
            conversation_reference TEXT,
            problem TEXT,
            already_tried TEXT,
            error_text TEXT,
            software_version TEXT,
            contact TEXT,
            intents_json TEXT NOT NULL,
            articles_json TEXT NOT NULL,
            escalation_reason TEXT NOT NULL,
            assignee TEXT,
            rating INTEGER CHECK (rating BETWEEN 1 AND 5),
            rating_comment TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            change_seq INTEGER NOT NULL UNIQUE,
            search_key TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_tickets_conversation ON tickets (channel_id, conversation_id, number);
        CREATE INDEX IF NOT EXISTS ix_tickets_status ON tickets (status, number);

        CREATE TABLE IF NOT EXISTS ticket_transcript (
            id INTEGER PRIMARY KEY,
            ticket_id INTEGER NOT NULL REFERENCES tickets (id),
            at TEXT NOT NULL,
            role TEXT NOT NULL,
            sender_name TEXT NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_ticket_transcript_ticket ON ticket_transcript (ticket_id, id);

        CREATE TABLE IF NOT EXISTS ticket_history (
            id INTEGER PRIMARY KEY,
            ticket_id INTEGER NOT NULL REFERENCES tickets (id),
            at TEXT NOT NULL,
            actor_role TEXT NOT NULL,
            actor_name TEXT NOT NULL,
            kind TEXT NOT NULL,
            from_status TEXT,
            to_status TEXT,
            note TEXT
        );
        CREATE INDEX IF NOT EXISTS ix_ticket_history_ticket ON ticket_history (ticket_id, id);

        CREATE VIRTUAL TABLE IF NOT EXISTS ticket_header_fts USING fts5 (
            search_key, content = '', tokenize = 'trigram case_sensitive 0');
        CREATE VIRTUAL TABLE IF NOT EXISTS ticket_transcript_fts USING fts5 (
            text, content = '', tokenize = 'trigram case_sensitive 0');

        CREATE TRIGGER IF NOT EXISTS tickets_fts_insert AFTER INSERT ON tickets BEGIN
            INSERT INTO ticket_header_fts (rowid, search_key) VALUES (new.id, new.search_key);
        END;
        CREATE TRIGGER IF NOT EXISTS tickets_fts_update AFTER UPDATE OF search_key ON tickets BEGIN
            INSERT INTO ticket_header_fts (ticket_header_fts, rowid, search_key) VALUES ('delete', old.id, old.search_key);
            INSERT INTO ticket_header_fts (rowid, search_key) VALUES (new.id, new.search_key);
        END;
        CREATE TRIGGER IF NOT EXISTS ticket_transcript_fts_insert AFTER INSERT ON ticket_transcript BEGIN
            INSERT INTO ticket_transcript_fts (rowid, text) VALUES (new.id, replace(replace(new.text, 'ё', 'е'), 'Ё', 'Е'));
        END;
        """;

    /// <summary>The header columns <see cref="TicketRows.ReadSummary"/> expects, in order.</summary>
    public const string SummaryColumns =
        "t.id, t.number, t.status, t.channel_id, t.conversation_id, t.user_id, t.user_name, t.language, t.problem, " +
        "t.escalation_reason, t.assignee, t.rating, t.rating_comment, t.created_at, t.updated_at, t.change_seq";

    /// <summary>The columns after <see cref="SummaryColumns"/> that <see cref="TicketRows.ReadBody"/> expects.</summary>
    public const string BodyColumns =
        "t.conversation_reference, t.already_tried, t.error_text, t.software_version, t.contact, t.intents_json, t.articles_json";
}
