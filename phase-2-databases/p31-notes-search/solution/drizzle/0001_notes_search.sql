-- Custom SQL migration (npx drizzle-kit generate --custom --name notes_search): drizzle-kit
-- cannot generate virtual tables or triggers from schema.ts, so this file is written by hand.
-- migrate() runs it once per database, in the same transaction as the rest of the batch.

-- The search index: an FTS5 virtual table over the title and body of notes
-- (https://sqlite.org/fts5.html). content='notes' makes it an *external content* table: it
-- stores only the index (which words occur in which row), and reads the text itself from
-- notes, by rowid = notes.id, when a query asks for a column, snippet() or highlight().
-- The default tokenizer, unicode61, splits on anything that is not a letter or a digit,
-- ignores case and diacritics, and does no stemming.
CREATE VIRTUAL TABLE `notes_fts` USING fts5(`title`, `body`, content='notes', content_rowid='id');
--> statement-breakpoint
-- An external content table is NOT updated by SQLite on its own: these three triggers keep it
-- in sync with every write to notes, whoever makes it (this app, a script, the sqlite3 shell).
CREATE TRIGGER `notes_fts_after_insert` AFTER INSERT ON `notes` BEGIN
  INSERT INTO `notes_fts` (`rowid`, `title`, `body`) VALUES (new.`id`, new.`title`, new.`body`);
END;
--> statement-breakpoint
-- Removing a row from an external content index takes the special 'delete' command WITH THE OLD
-- VALUES: FTS5 must tokenize the old text again to know which entries of the index to remove.
CREATE TRIGGER `notes_fts_after_delete` AFTER DELETE ON `notes` BEGIN
  INSERT INTO `notes_fts` (`notes_fts`, `rowid`, `title`, `body`) VALUES ('delete', old.`id`, old.`title`, old.`body`);
END;
--> statement-breakpoint
-- An update is a delete of the old text followed by an insert of the new one.
CREATE TRIGGER `notes_fts_after_update` AFTER UPDATE ON `notes` BEGIN
  INSERT INTO `notes_fts` (`notes_fts`, `rowid`, `title`, `body`) VALUES ('delete', old.`id`, old.`title`, old.`body`);
  INSERT INTO `notes_fts` (`rowid`, `title`, `body`) VALUES (new.`id`, new.`title`, new.`body`);
END;
--> statement-breakpoint
-- Notes written before this migration (a development database from Task 2) are indexed now:
-- 'rebuild' reads every row of the content table again.
INSERT INTO `notes_fts` (`notes_fts`) VALUES ('rebuild');
