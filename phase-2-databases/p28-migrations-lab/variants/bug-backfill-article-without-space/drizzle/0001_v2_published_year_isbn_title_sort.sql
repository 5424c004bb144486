-- Version 2 of the catalogue, written by hand (`npx drizzle-kit generate --custom`): drizzle-kit
-- cannot tell a renamed column from a dropped one plus a new one, and it cannot invent a backfill.
-- migrate() runs this whole file, and the next migrations, in one transaction.

-- A rename keeps every value: nothing is copied, only the column's name changes.
ALTER TABLE `books` RENAME COLUMN `year` TO `published_year`;
--> statement-breakpoint
-- NULL for every existing book; a unique index allows any number of NULLs.
ALTER TABLE `books` ADD `isbn` text;
--> statement-breakpoint
CREATE UNIQUE INDEX `books_isbn_unique` ON `books` (`isbn`);
--> statement-breakpoint
-- SQLite refuses ADD COLUMN ... NOT NULL without a default (the existing rows need a value), so
-- the column starts as '' and the UPDATE below fills it in before anyone can read it.
ALTER TABLE `books` ADD `title_sort` text DEFAULT '' NOT NULL;
--> statement-breakpoint
-- The backfill: the title lower-cased, without one leading article followed by a space.
-- LIKE compares ASCII letters without regard to case, so 'THE %' matches too.
UPDATE `books` SET `title_sort` = CASE
  WHEN `title` LIKE 'the%' THEN substr(lower(`title`), 5)
  WHEN `title` LIKE 'a%' THEN substr(lower(`title`), 3)
  WHEN `title` LIKE 'an%' THEN substr(lower(`title`), 4)
  ELSE lower(`title`)
END;
